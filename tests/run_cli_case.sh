#!/bin/sh
# Runs one end-to-end CLI case against the real binary and compares everything a
# user sees: exit code, stdout and stderr.
#   run_cli_case.sh FRAMEWISE CASE_DIR
# CASE_DIR holds:
#   args             the arguments, one per line (a line may contain spaces)
#   stdin            optional; fed to stdin (otherwise stdin is /dev/null)
#   expected.exit    the exit code
#   expected.stderr  the whole of stderr
#   expected.stdout  optional; the whole of stdout (otherwise stdout must be empty)
#   any input files the args name, by relative path
# The case is copied into a fresh temporary directory and run there, so paths in
# messages are the relative ones from `args`.
set -eu
framewise=$1
case_dir=$2
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
NO_COLOR=1 COLUMNS=80 "$framewise" "$@" < "$input" > actual.stdout 2> actual.stderr || status=$?

failed=0
expected_status=$(cat expected.exit)
if [ "$status" != "$expected_status" ]; then
    echo "exit code: expected $expected_status, got $status"
    failed=1
fi
[ -f expected.stdout ] || : > expected.stdout
if ! diff -u expected.stdout actual.stdout; then
    echo "stdout differs (above)"
    failed=1
fi
if ! diff -u expected.stderr actual.stderr; then
    echo "stderr differs (above)"
    failed=1
fi
exit $failed
