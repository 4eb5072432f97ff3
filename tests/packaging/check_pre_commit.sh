#!/bin/sh
# The framewise-check hook of .pre-commit-hooks.yaml, run by Debian's
# pre-commit in a throwaway repository whose .pre-commit-config.yaml takes the
# hook from a local clone (repo: a path, rev: a commit), offline: no proxy
# reachable and git limited to local transports, so a network attempt fails.
#   check_pre_commit.sh FRAMEWISE SOURCE_DIR
# Passes on a profile that passes, fails on one that fails the gate, runs when
# a manifest changes and is skipped when nothing it reads changed.
set -eu
framewise_dir=$(cd "$(dirname "$1")" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; cat "$work/out" 2>/dev/null; exit 1; }
export HOME="$work/home" PRE_COMMIT_HOME="$work/cache" PATH="$framewise_dir:/usr/bin:/bin"
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 GIT_ALLOW_PROTOCOL=file
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
mkdir -p "$HOME"

# The hooks repository: this tree's hook file, committed.
git init -q "$work/hooks"
cp "$source/.pre-commit-hooks.yaml" "$work/hooks/"
git -C "$work/hooks" add .pre-commit-hooks.yaml
git -C "$work/hooks" commit -q -m hooks
rev=$(git -C "$work/hooks" rev-parse HEAD)
git clone -q "$work/hooks" "$work/clone"

git init -q "$work/project"
cd "$work/project"
cat > .pre-commit-config.yaml <<CONFIG
repos:
  - repo: $work/clone
    rev: $rev
    hooks:
      - id: framewise-check
CONFIG
cp "$source/data/examples/io-bound-api.yaml" framewise.yaml
echo "# the project" > README.md
git add .
pre-commit run --all-files > "$work/out" 2>&1 || fail "the hook failed on a passing profile"
grep -q '^framewise check\.*Passed$' "$work/out" || fail "no 'framewise check...Passed'"

# Skipped when no file it reads is among the files; run for a manifest.
pre-commit run --files README.md > "$work/out" 2>&1 || fail "pre-commit failed on README.md alone"
grep -q '^framewise check\.*(no files to check)Skipped$' "$work/out" || fail "not skipped for README.md"
echo "fastapi" > requirements-dev.txt
git add requirements-dev.txt
pre-commit run --files requirements-dev.txt > "$work/out" 2>&1 || fail "the hook failed for a manifest"
grep -q '^framewise check\.*Passed$' "$work/out" || fail "the hook did not run for requirements-dev.txt"

# A profile that fails the gate: Flask for an enterprise app (an error finding).
cp "$source/data/examples/flask-for-enterprise.yaml" framewise.yaml
git add framewise.yaml
status=0
pre-commit run --all-files > "$work/out" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "pre-commit exited $status on a failing profile, not 1"
grep -q '^framewise check\.*Failed$' "$work/out" || fail "no 'framewise check...Failed'"
grep -q 'error' "$work/out" || fail "the failure does not show framewise's findings"

# The files pattern, on names from the manifests scan reads and others.
python3 - "$source/.pre-commit-hooks.yaml" <<'PY'
import re, sys, yaml
hook = yaml.safe_load(open(sys.argv[1]))[0]
assert hook["id"] == "framewise-check" and hook["language"] == "system" and hook["pass_filenames"] is False
pattern = re.compile(hook["files"])
runs = ["framewise.yaml", "app/framewise.yml", "framewise.json", "requirements.txt", "requirements-dev.txt",
        "pyproject.toml", "Pipfile", "Pipfile.lock", "setup.cfg", "setup.py",
        "poetry.lock", "uv.lock", "Dockerfile", "docker/Dockerfile.prod", "Procfile", "docker-compose.yml",
        "docker-compose.override.yaml", "compose.yaml"]
skips = ["README.md", "app/main.py", "requirements.md", "mypyproject.toml", "Procfile.bak", "notes/framewise.txt"]
wrong = [n for n in runs if not pattern.search(n)] + [n for n in skips if pattern.search(n)]
if wrong:
    sys.exit(f"FAIL: the files pattern is wrong for {wrong}")
PY
echo "pre-commit: passes, fails, skips and runs as it should, offline"
