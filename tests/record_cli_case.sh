#!/bin/sh
# Records what the binary shows for a CLI case as its expected output:
#   tests/record_cli_case.sh build/framewise tests/cli/CASE
# Review `git diff` of the expected.* files before committing: a recorded
# output is only right if you read it and agree with it.
set -eu
framewise=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_dir=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$case_dir"/. "$work"/
cd "$work"
set --
while IFS= read -r line || [ -n "$line" ]; do
    set -- "$@" "$line"
done < args
input=/dev/null
[ -f stdin ] && input=stdin
status=0
NO_COLOR=1 COLUMNS=80 "$framewise" "$@" < "$input" > out 2> err || status=$?
echo "$status" > "$case_dir/expected.exit"
cp err "$case_dir/expected.stderr"
if [ -s out ]; then cp out "$case_dir/expected.stdout"; else rm -f "$case_dir/expected.stdout"; fi
echo "recorded $(basename "$case_dir"): exit $status"
