#!/bin/sh
# action.yml: its metadata (check_action_metadata.py, also on broken copies,
# so the checker itself is known to catch what it claims), then its steps run
# locally by run_action.py with the variables a GitHub runner sets, on a
# passing profile, a failing one, with the scan input, and a missing profile.
#   check_action.sh FRAMEWISE SOURCE_DIR
set -eu
framewise_dir=$(cd "$(dirname "$1")" && pwd)
source=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

/usr/bin/python3 "$here/check_action_metadata.py" "$source/action.yml"
# The checker rejects what it should: a step without shell, an undeclared input.
sed '0,/      shell: bash/{/      shell: bash/d}' "$source/action.yml" > "$work/no-shell.yml"
! /usr/bin/python3 "$here/check_action_metadata.py" "$work/no-shell.yml" > /dev/null 2>&1 || fail "a step without shell passed"
sed 's/inputs.fail-on/inputs.fail_on/' "$source/action.yml" > "$work/bad-input.yml"
! /usr/bin/python3 "$here/check_action_metadata.py" "$work/bad-input.yml" > /dev/null 2>&1 || fail "an undeclared input passed"

# One run: run_case NAME [INPUT_X=VALUE...] (the runner's names, e.g.
# INPUT_FAIL-ON, which only env can set); leaves $work/NAME/{stdout,summary,
# outputs,status}.
run_case() {
    dir="$work/$1"
    shift
    mkdir -p "$dir/workspace" "$dir/temp"
    cp "$profile" "$dir/workspace/framewise.yaml"
    [ -z "$requirements" ] || printf '%s' "$requirements" > "$dir/workspace/requirements.txt"
    status=0
    (
        cd "$dir/workspace"
        env GITHUB_WORKSPACE="$dir/workspace" GITHUB_STEP_SUMMARY="$dir/summary" GITHUB_OUTPUT="$dir/outputs" \
            GITHUB_PATH="$dir/path" RUNNER_TEMP="$dir/temp" PATH="$framewise_dir:/usr/bin:/bin" "$@" \
            /usr/bin/python3 "$here/run_action.py" "$source"
    ) > "$dir/stdout" 2>&1 || status=$?
    echo "$status" > "$dir/status"
}

requirements=""
profile="$source/data/examples/io-bound-api.yaml"
run_case passing
d="$work/passing"
[ "$(cat "$d/status")" = 0 ] || { cat "$d/stdout"; fail "the action failed on a passing profile"; }
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); assert s['version'] == '2.1.0' and s['runs']" \
    "$d/workspace/framewise.sarif" || fail "no SARIF 2.1.0 report"
grep -q '^\*\*The gate passed\*\*' "$d/summary" || fail "summary: $(cat "$d/summary")"
grep -q '^| framewise.yaml | fastapi |' "$d/summary" || fail "summary has no profile row"
grep -q '^exit-code=0$' "$d/outputs" && grep -q '^sarif-file=framewise.sarif$' "$d/outputs" || fail "outputs: $(cat "$d/outputs")"
grep -q '^exit-code=0$' "$d/stdout" || fail "the action's exit-code output is not 0"

profile="$source/data/examples/flask-for-enterprise.yaml"
mkdir -p "$work/failing/workspace/reports"
run_case failing INPUT_FAIL-ON=warning INPUT_SARIF-FILE=reports/out.sarif
d="$work/failing"
[ "$(cat "$d/status")" = 1 ] || { cat "$d/stdout"; fail "the action exited $(cat "$d/status") on a failing profile, not 1"; }
grep -q '^::error ' "$d/stdout" || fail "no ::error annotation on stdout"
grep -q '^\*\*The gate failed\*\*' "$d/summary" || fail "summary: $(cat "$d/summary")"
grep -q '^| error | \*\*' "$d/summary" || fail "summary has no finding row"
[ -f "$d/workspace/reports/out.sarif" ] || fail "the sarif-file input was not used"
grep -q '^exit-code=1$' "$d/outputs" || fail "outputs: $(cat "$d/outputs")"

# The scan input: the code agrees with the profile (an async driver), then
# contradicts it (FastAPI on psycopg2 where the profile says no framework yet
# and an async driver), annotated on the requirements lines.
profile="$source/data/examples/io-bound-api.yaml"
requirements="asyncpg==0.29.0
"
run_case scan INPUT_SCAN=.
d="$work/scan"
[ "$(cat "$d/status")" = 0 ] || { cat "$d/stdout"; fail "the scan input broke a run the code agrees with"; }
! grep -q '^::warning title=framewise::the scan input' "$d/stdout" || fail "the scan input was not passed on"
requirements="fastapi==0.110.0
psycopg2==2.9.9
"
run_case scan-contradicts INPUT_SCAN=.
d="$work/scan-contradicts"
[ "$(cat "$d/status")" = 1 ] || { cat "$d/stdout"; fail "a profile the code contradicts exited $(cat "$d/status"), not 1"; }
grep -q '^::error file=requirements.txt,line=2,col=1,title=framewise profile-contradicts-code' "$d/stdout" ||
    { cat "$d/stdout"; fail "no annotation on the psycopg2 line"; }
python3 -c "
import json, sys
results = json.load(open(sys.argv[1]))['runs'][0]['results']
uris = {r['locations'][0]['physicalLocation']['artifactLocation']['uri'] for r in results if r['ruleId'] == 'profile-contradicts-code'}
assert uris == {'requirements.txt'}, uris
" "$d/workspace/framewise.sarif" || fail "the SARIF results are not on requirements.txt"
requirements=""
run_case missing INPUT_PROFILE=missing.yaml
d="$work/missing"
[ "$(cat "$d/status")" = 2 ] || { cat "$d/stdout"; fail "a missing profile exited $(cat "$d/status"), not 2"; }
grep -q 'stopped before checking (exit 2)' "$d/summary" || fail "summary: $(cat "$d/summary")"
echo "action: metadata valid; passing, failing, scan (agreeing and contradicted) and missing-profile runs as documented"
