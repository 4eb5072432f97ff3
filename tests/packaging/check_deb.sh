#!/bin/sh
# `make deb`: the Debian package CPack builds from the build tree.
#   check_deb.sh BUILD_DIR SOURCE_DIR VERSION
# Checks its control fields (Depends: none when the binary links nothing
# dynamically, as `file` and `ldd` say), its exact file list and owners, the
# DEP-5 copyright file and the changelog, lintian (no error, no warning), then
# installs it with `dpkg --root` into a scratch root, runs it and removes it.
set -eu
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" -D CPACK_OUTPUT_FILE_PREFIX="$work/out" > "$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$work/out/framewise_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb: $(ls "$work/out")"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = framewise ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = amd64 ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
if file -L "$build/framewise" | grep -q -E 'static(-pie)? linked|statically linked'; then
    ldd "$build/framewise" 2>&1 | grep -q -E 'not a dynamic executable|statically linked' ||
        fail "file says static, ldd disagrees: $(ldd "$build/framewise" 2>&1)"
    [ -z "$(field Depends)" ] || fail "a static binary, yet Depends: $(field Depends)"
else
    field Depends | grep -q libc6 || fail "a dynamic binary without Depends: libc6"
fi

contents=$(dpkg-deb --contents "$deb")
files=$(echo "$contents" | awk '$1 ~ /^-/ {print $6}' | sort)
expected=$(sort <<LIST
./usr/bin/framewise
./usr/share/bash-completion/completions/framewise
./usr/share/doc/framewise/changelog.gz
./usr/share/doc/framewise/copyright
./usr/share/fish/vendor_completions.d/framewise.fish
./usr/share/framewise/schema/output.schema.json
./usr/share/framewise/schema/profile.schema.json
./usr/share/framewise/schema/rules.schema.json
./usr/share/lintian/overrides/framewise
./usr/share/man/man1/framewise.1.gz
./usr/share/man/man5/framewise-rules.5.gz
./usr/share/zsh/vendor-completions/_framewise
LIST
)
[ "$files" = "$expected" ] || fail "package files differ:
$(printf '%s\n' "$expected" > "$work/e"; printf '%s\n' "$files" > "$work/a"; diff "$work/e" "$work/a")"
echo "$contents" | awk '$2 != "root/root" {print; bad = 1} END {exit bad}' || fail "files not owned by root"
echo "$contents" | grep -q -- '-rwxr-xr-x root/root .* ./usr/bin/framewise$' || fail "usr/bin/framewise is not mode 755"

dpkg-deb -x "$deb" "$work/extracted"
doc="$work/extracted/usr/share/doc/framewise"
head -n 1 "$doc/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' ||
    fail "copyright is not DEP-5"
# The licence paragraph carries LICENSE, indented, with " ." for empty lines.
awk 'found { print } /^License: MIT$/ { if (++seen == 2) found = 1 }' "$doc/copyright" |
    sed 's/^ //; s/^\.$//' > "$work/licence"
cmp "$work/licence" "$source/LICENSE" || fail "the copyright file does not carry LICENSE"
gzip -t "$doc/changelog.gz"
[ "$(zcat "$doc/changelog.gz" | dpkg-parsechangelog -l- -S Version)" = "$version" ] || fail "changelog version"
zcat "$work/extracted/usr/share/man/man1/framewise.1.gz" | cmp - "$source/man/framewise.1"
zcat "$work/extracted/usr/share/man/man5/framewise-rules.5.gz" | cmp - "$source/man/framewise-rules.5"

lintian --fail-on error,warning --tag-display-limit 0 "$deb" > "$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log"; fail "lintian"; }
grep -E '^[EW]:' "$work/lintian.log" && fail "lintian reports the lines above"
# Every override still overrides something (each says why in the file).
lintian --info --tag-display-limit 0 "$deb" 2>&1 | grep 'unused-override' && fail "an override is not needed any more"

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
: > "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null -i "$deb" > "$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg -i"; }
cp "$source/data/examples/io-bound-api.yaml" "$work/framewise.yaml"
cd "$work"
env -i PATH=/usr/bin:/bin "$root/usr/bin/framewise" --version | grep -q "^framewise $version" || fail "--version"
env -i PATH=/usr/bin:/bin "$root/usr/bin/framewise" recommend --profile framewise.yaml --format json |
    grep -q '"recommendation": "fastapi"' || fail "installed framewise recommends wrongly"
dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null -r framewise > "$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg -r"; }
left=$(find "$root/usr" -type f 2>/dev/null | head -n 5)
[ -z "$left" ] || fail "dpkg -r left files: $left"
echo "$(basename "$deb"): fields, $(echo "$files" | wc -l) files, copyright, changelog, lintian clean, installs and removes"
