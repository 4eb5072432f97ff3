#!/bin/sh
# The check step of action.yml, run in GITHUB_WORKSPACE with the inputs as
# INPUT_PROFILE, INPUT_SCAN, INPUT_FAIL_ON and INPUT_SARIF_FILE: runs
# `framewise check` with GitHub annotations on stdout, the SARIF report and a
# JSON report for the Markdown summary; appends the summary to
# GITHUB_STEP_SUMMARY and exit-code / sarif-file to GITHUB_OUTPUT; exits with
# framewise's status, so the gate fails the job.
set -u
framewise=${FRAMEWISE:-framewise}
json="${RUNNER_TEMP:-/tmp}/framewise-check.json"
rm -f "$json"

set -- check "${INPUT_PROFILE:-framewise.yaml}" --fail-on "${INPUT_FAIL_ON:-error}" --format github \
    --output "json=$json"
[ -n "${INPUT_SARIF_FILE:-}" ] && set -- "$@" --output "sarif=$INPUT_SARIF_FILE"
if [ -n "${INPUT_SCAN:-}" ]; then
    # A framewise older than `check --scan` (one already on PATH) would stop
    # at the unknown option: warn and check the profile alone instead.
    if "$framewise" check --help 2>/dev/null | grep -q -- '--scan'; then
        set -- "$@" --scan "$INPUT_SCAN"
    else
        echo "::warning title=framewise::the scan input needs a framewise with 'check --scan'; $("$framewise" --version) has none, so it is ignored"
    fi
fi

status=0
"$framewise" "$@" || status=$?

sarif=""
[ -n "${INPUT_SARIF_FILE:-}" ] && [ -f "$INPUT_SARIF_FILE" ] && sarif=$INPUT_SARIF_FILE
if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf 'exit-code=%s\nsarif-file=%s\n' "$status" "$sarif" >> "$GITHUB_OUTPUT"
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    python3 "$(dirname "$0")/action-summary.py" "$json" "$status" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
