#!/bin/sh
# Part of `make bench` (issue 16): `framewise scan` of a generated tree of
# 100,000 files, 30,000 of them in a virtualenv (.venv with pyvenv.cfg) and
# 10,000 in node_modules, against the cost of walking the tree at all:
#   find DIR \( -name .venv -o -name node_modules -o -name .git \) -prune -o -type f -print
# Target: scan at most 1.5x find. Both run RUNS times, alternating; medians.
#   sh bench/scan_tree.sh FRAMEWISE [RUNS]
set -eu
framewise=$1
runs=${2:-5}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT

# 600 package directories of 100 files = 60,000 source files, plus manifests.
python3 - "$tree" <<'PY'
import os, sys
root = sys.argv[1]
def files(directory, count, suffix):
    os.makedirs(directory, exist_ok=True)
    for i in range(count):
        open(os.path.join(directory, f"f{i}{suffix}"), "w").close()
for package in range(600):
    files(os.path.join(root, "src", f"pkg{package // 30}", f"mod{package}"), 100, ".py")
for package in range(300):
    files(os.path.join(root, ".venv", "lib", "python3.12", "site-packages", f"dist{package}"), 100, ".py")
open(os.path.join(root, ".venv", "pyvenv.cfg"), "w").write("home = /usr/bin\n")
for package in range(100):
    files(os.path.join(root, "node_modules", f"npm{package}"), 100, ".js")
with open(os.path.join(root, "requirements.txt"), "w") as out:
    out.write("django==5.0\ndjangorestframework\ncelery[redis]\n-r requirements/base.txt\n")
os.makedirs(os.path.join(root, "requirements"))
open(os.path.join(root, "requirements", "base.txt"), "w").write("psycopg2-binary\n")
open(os.path.join(root, "pyproject.toml"), "w").write('[project]\nname = "x"\ndependencies = ["django"]\n')
PY
count=$(find "$tree" -type f | wc -l)

now() { date +%s%N; }
scan_times=""
find_times=""
i=0
while [ "$i" -lt "$runs" ]; do
    start=$(now); "$framewise" scan "$tree" --format json >/dev/null; end=$(now)
    scan_times="$scan_times $(( (end - start) / 1000 ))"
    start=$(now)
    find "$tree" \( -name .venv -o -name node_modules -o -name .git \) -prune -o -type f -print >/dev/null
    end=$(now)
    find_times="$find_times $(( (end - start) / 1000 ))"
    i=$((i + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
scan_median=$(median "$scan_times")
find_median=$(median "$find_times")
echo "scan of a generated tree ($count files: 30,000 in .venv, 10,000 in node_modules), $runs runs, median:"
awk -v s="$scan_median" -v f="$find_median" 'BEGIN {
    printf "  framewise scan  %8.1f ms\n  find -prune     %8.1f ms\n  ratio           %8.2fx  (target <= 1.5x)\n", s / 1000, f / 1000, s / f }'
