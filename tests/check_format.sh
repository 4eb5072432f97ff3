#!/bin/sh
# Every C++ file of the repository is formatted as .clang-format describes, by
# clang-format 14 (Debian 12's; other versions format differently). The files
# of tests/layers/ are probes that must not compile and are left as written.
#   check_format.sh SOURCE_DIR
set -eu
cd "$1"
formatter=$(command -v clang-format-14 || true)
[ -n "$formatter" ] || {
    echo "check_format: clang-format-14 is missing; run 'sh scripts/install-deps.sh --test'" >&2
    exit 1
}
files=$(git ls-files '*.cpp' '*.hpp' | grep -v '^tests/layers/')
count=$(echo "$files" | wc -l)
[ "$count" -ge 300 ] || {
    echo "check_format: only $count C++ files found; is this a git checkout?" >&2
    exit 1
}
# shellcheck disable=SC2086 # one argument per file
if ! "$formatter" --dry-run --Werror $files; then
    echo "check_format: run 'clang-format-14 -i FILE' on the files above (CONTRIBUTING.md)" >&2
    exit 1
fi
echo "check_format: $count files formatted as .clang-format says"
