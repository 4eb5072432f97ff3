#!/bin/sh
# Validates framewise's SARIF reports with the reference validator code-scanning
# services use, Microsoft's SARIF multitool (npm @microsoft/sarif-multitool),
# with SARIF's own rules and GitHub's ingestion rules (--rule-kind "Gh;Sarif"):
# no error and no warning allowed.
#   check_sarif.sh FRAMEWISE SOURCE_DIR NPM_DIR
# The multitool is installed with npm into NPM_DIR (under the build tree) the
# first time, and the test says so.
set -eu
framewise=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
npm_dir=$3
tool="$npm_dir/node_modules/.bin/sarif-multitool"
if [ ! -x "$tool" ]; then
    echo "check_sarif: installing @microsoft/sarif-multitool with npm into $npm_dir (once)" >&2
    command -v npm >/dev/null 2>&1 || {
        echo "check_sarif: npm is missing; run 'sh scripts/install-deps.sh --test'" >&2
        exit 1
    }
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool >&2
    # The package's own postinstall does only this; npm skips it under
    # ignore-scripts (or a policy on install scripts), so do it here.
    chmod u+x "$npm_dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
fi
# The npm wrapper re-splits its arguments at ';', so "Gh;Sarif" would reach
# the multitool as two words: run the .NET program itself.
validator="$npm_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$validator" ]; then
    echo "check_sarif: $validator is missing or not executable; delete $npm_dir to reinstall" >&2
    exit 1
fi
# The multitool is a .NET program; without ICU installed it stops at start-up
# unless .NET is told to run without culture data, which validation never needs.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
examples="$source_dir/data/examples"

# Reports: each example alone (relative paths, as in CI), every example at once
# with every kind of finding (expectations that fail, all severities), and one
# from stdin. Exit 1 (gate failed) is expected for some of them.
mkdir "$work/reports"
cd "$examples"
for profile in *; do
    [ -f "$profile" ] || continue # packs/ holds example rule packs, not profiles
    "$framewise" check "$profile" --format sarif > "$work/reports/$profile.sarif" || [ $? -eq 1 ]
done
"$framewise" check . --fail-on info --expect flask --min-margin 50 --format sarif \
    > "$work/reports/all.sarif" || [ $? -eq 1 ]
"$framewise" check --profile - --format sarif < flask-for-enterprise.yaml \
    > "$work/reports/stdin.sarif" || [ $? -eq 1 ]
# A gate on a scanned repository: findings located at manifest lines.
cp -R "$source_dir/tests/fixtures/scan/fastapi-psycopg2" "$work/fastapi-psycopg2"
printf 'version: 1\nanswers:\n  project_kind: api\n  concurrent_users: 500\n  io_wait_percent: 80\n  async_db_driver: true\n' \
    > "$work/scan-profile.yaml"
(cd "$work" && "$framewise" check --profile scan-profile.yaml --scan fastapi-psycopg2 --fail-on info --format sarif \
    > "$work/reports/check-scan.sarif") || [ $? -eq 1 ]
(cd "$work" && "$framewise" check --scan fastapi-psycopg2 --fail-on info --format sarif \
    > "$work/reports/check-scan-only.sarif") || [ $? -eq 1 ]
# And the SARIF goldens of tests/cli/.
for args in "$source_dir"/tests/cli/*/args; do
    case_dir=$(dirname "$args")
    if grep -qx sarif "$args" && [ -f "$case_dir/expected.stdout" ]; then
        cp "$case_dir/expected.stdout" "$work/reports/golden-$(basename "$case_dir").sarif"
    fi
done
cd "$work"

# Counts the validator's findings that are not notes; prints them.
problems() {
    python3 - "$1" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
count = 0
for run in log["runs"]:
    for result in run.get("results", []):
        level = result.get("level", "warning")
        if level in ("error", "warning"):
            count += 1
            message = result.get("message", {})
            where = [location.get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "?")
                     for location in result.get("locations", [])]
            print(f"  {','.join(where)}: {level} {result.get('ruleId')}: "
                  f"{message.get('text') or message.get('arguments')}", file=sys.stderr)
print(count)
PY
}

validate() {
    "$validator" validate --rule-kind "Gh;Sarif" "$@"
}

# The validator must be able to fail, on either kind of rule: a log missing
# required parts is refused (SARIF), and so is a result with no location, which
# SARIF allows and GitHub code scanning does not (GH2012).
echo '{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}' > broken.sarif
echo '{"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r", "shortDescription": {"text": "r."}, "fullDescription": {"text": "r."}, "help": {"text": "r."}}]}}, "results": [{"ruleId": "r", "ruleIndex": 0, "level": "error", "message": {"text": "m."}, "locations": []}]}]}' > nowhere.sarif
for broken in broken nowhere; do
    validate --output $broken.log.sarif $broken.sarif > $broken.console 2>&1 || true
    if [ "$(problems $broken.log.sarif 2>/dev/null)" -eq 0 ]; then
        echo "check_sarif: the multitool accepted $broken.sarif; the test cannot trust it" >&2
        cat $broken.console >&2
        exit 1
    fi
done

# One run over every report: the multitool starts slowly.
validate --output log.sarif reports/*.sarif > console 2>&1 || true
if [ ! -f log.sarif ]; then
    echo "check_sarif: the multitool did not run:" >&2
    cat console >&2
    exit 1
fi
count=$(problems log.sarif)
if [ "$count" -ne 0 ]; then
    echo "check_sarif: $count problem(s) in the reports, above" >&2
    exit 1
fi
echo "check_sarif: $(ls reports | wc -l) SARIF reports valid, no errors or warnings"
