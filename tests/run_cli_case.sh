#!/bin/sh
# Runs one end-to-end CLI case against the real binary and compares everything a
# user sees: exit code, stdout and stderr.
#   run_cli_case.sh FRAMEWISE CASE_DIR           compare with the expected files
#   run_cli_case.sh FRAMEWISE CASE_DIR --record  write what it shows as expected;
#                                                read the diff before committing it
# CASE_DIR holds:
#   args             the arguments, one per line (a line may contain spaces)
#   stdin            optional; fed to stdin (otherwise stdin is /dev/null)
#   expected.exit    the exit code
#   expected.stderr  the whole of stderr
#   expected.stdout  optional; the whole of stdout (otherwise stdout must be empty)
#   any input files the args name, by relative path
#   fixture          optional; one line naming a directory of tests/fixtures/ (e.g.
#                    scan/fastapi-asyncpg), copied into the temporary directory
#                    under its own name (fastapi-asyncpg/) for `scan` to read
#   generate         optional; a shell script run first in the temporary directory,
#                    for inputs too big to keep in git (a file over the size limit)
#   env              optional; NAME=VALUE lines set for the run (after the
#                    defaults: SOURCE_DATE_EPOCH=1767225600, 2026-01-01, dates
#                    the decision record, so its bytes do not change by day)
#   limits           optional; "CPU_SECONDS MEMORY_KB": the run is killed past either
#                    (ulimit), which tests "bounded time and memory" without timing it.
#                    FRAMEWISE_TEST_NO_MEMORY_LIMIT=1 drops the memory limit for
#                    sanitizer builds, whose shadow memory needs terabytes of address space
# The case is copied into a fresh temporary directory and run there, so paths in
# messages are the relative ones from `args`. LC_ALL=C keeps the output the same
# whatever the locale (score bars are '#', not UTF-8 blocks).
set -eu
framewise=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_dir=$(cd "$2" && pwd)
record=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$case_dir"/. "$work"/
if [ -f "$case_dir/fixture" ]; then
    read -r fixture < "$case_dir/fixture"
    cp -R "$case_dir/../../fixtures/$fixture" "$work/"
fi
cd "$work"

set --
while IFS= read -r line || [ -n "$line" ]; do
    set -- "$@" "$line"
done < args

[ -f generate ] && sh ./generate
cpu_seconds=unlimited
memory_kb=unlimited
[ -f limits ] && read -r cpu_seconds memory_kb < limits
[ -n "${FRAMEWISE_TEST_NO_MEMORY_LIMIT:-}" ] && memory_kb=unlimited

input=/dev/null
[ -f stdin ] && input=stdin
status=0
(
    ulimit -t "$cpu_seconds"
    ulimit -v "$memory_kb"
    export SOURCE_DATE_EPOCH=1767225600
    if [ -f env ]; then
        while IFS= read -r assignment || [ -n "$assignment" ]; do
            export "$assignment"
        done < env
    fi
    NO_COLOR=1 COLUMNS=80 LC_ALL=C exec "$framewise" "$@"
) < "$input" > actual.stdout 2> actual.stderr || status=$?

if [ "$record" = "--record" ]; then
    echo "$status" > "$case_dir/expected.exit"
    cp actual.stderr "$case_dir/expected.stderr"
    if [ -s actual.stdout ]; then cp actual.stdout "$case_dir/expected.stdout"; else rm -f "$case_dir/expected.stdout"; fi
    echo "recorded $(basename "$case_dir"): exit $status"
    exit 0
fi

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
