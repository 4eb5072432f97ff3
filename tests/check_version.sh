#!/bin/sh
# framewise --version: the project version and the git revision of the build.
#   check_version.sh FRAMEWISE SOURCE_DIR VERSION
# - text and JSON agree with `git describe --tags --always --dirty` of the
#   source tree (make test builds first, so the build is of this tree);
# - --format json in either order, a bad --format is a usage error (exit 2);
# - cmake/Version.cmake on a `git archive` tarball takes the revision from the
#   export-subst file; on a tree that is neither, none; it rewrites its output
#   only when the text changes (so an unchanged checkout rebuilds nothing).
set -eu
framewise=$1
source=$(cd "$2" && pwd)
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

describe=$(git -C "$source" describe --tags --always --dirty)
text=$("$framewise" --version)
[ "$text" = "framewise $version ($describe)" ] || fail "--version printed '$text', expected 'framewise $version ($describe)'"
for args in "--version --format json" "--format json --version" "--version --format=json" "--version -f json"; do
    # shellcheck disable=SC2086 # the words of args are meant
    "$framewise" $args > "$work/version.json" || fail "$args failed"
    python3 - "$work/version.json" "$version" "$describe" <<'PY' || fail "$args: $(cat "$work/version.json")"
import json, sys
document = json.load(open(sys.argv[1]))
assert document == {"name": "framewise", "version": sys.argv[2], "git_describe": sys.argv[3]}, document
PY
done
[ "$("$framewise" --version --format text)" = "$text" ] || fail "--format text differs from the default"
status=0
"$framewise" --version --format xml > "$work/out" 2> "$work/err" || status=$?
[ "$status" = 2 ] || fail "--version --format xml exited $status, not 2"
[ ! -s "$work/out" ] || fail "--version --format xml printed on stdout"
grep -q "xml" "$work/err" || fail "the error does not name the bad format: $(cat "$work/err")"

# A tarball made by git archive: the export-subst file carries the revision.
git -C "$source" archive --format=tar --prefix=tree/ HEAD | tar -x -C "$work"
grep -q 'Format' "$work/tree/cmake/archive-version.txt" && fail "git archive did not expand cmake/archive-version.txt"
cmake -DSOURCE_DIR="$work/tree" -DOUTPUT="$work/archive.cpp" -DGIT_EXECUTABLE=git -P "$source/cmake/Version.cmake"
head_describe=$(git -C "$source" describe --tags --always HEAD)
grep -q "return \"$head_describe\";" "$work/archive.cpp" || fail "tarball version: $(grep return "$work/archive.cpp")"

# Neither a checkout nor a tarball: no revision.
mkdir -p "$work/plain/cmake"
cp "$source/cmake/archive-version.txt" "$work/plain/cmake/"
cmake -DSOURCE_DIR="$work/plain" -DOUTPUT="$work/plain.cpp" -DGIT_EXECUTABLE=git -P "$source/cmake/Version.cmake"
grep -q 'return "";' "$work/plain.cpp" || fail "a plain tree got a revision: $(grep return "$work/plain.cpp")"

# Unchanged text, untouched file.
touch -d '2000-01-01' "$work/plain.cpp"
cmake -DSOURCE_DIR="$work/plain" -DOUTPUT="$work/plain.cpp" -DGIT_EXECUTABLE=git -P "$source/cmake/Version.cmake"
[ "$(date -r "$work/plain.cpp" +%Y)" = 2000 ] || fail "Version.cmake rewrote an unchanged file"
echo "version: '$text', JSON, tarball ($head_describe) and plain tree right"
