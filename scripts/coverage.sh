#!/bin/sh
# Summarises the gcov counts of a `make coverage` run: line and branch
# coverage of src/framewise/ per layer, and per file in
# BUILD_DIR/coverage/files.txt.
#   coverage.sh SOURCE_DIR BUILD_DIR
# Branches exclude those gcov counts for exception paths the compiler adds
# (--exclude-throw-branches) and branches it proves unreachable: what is left
# are the decisions written in the code.
set -eu
source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)
out="$build_dir/coverage"
mkdir -p "$out"
command -v gcovr >/dev/null 2>&1 || {
    echo "coverage: gcovr is missing; run 'sh scripts/install-deps.sh --test'" >&2
    exit 1
}
cd "$source_dir"
gcovr --root "$source_dir" --object-directory "$build_dir" \
    --filter "$source_dir/src/framewise/" \
    --exclude-throw-branches --exclude-unreachable-branches \
    --json-summary "$out/summary.json" --json-summary-pretty \
    --txt "$out/files.txt" --print-summary >/dev/null
/usr/bin/python3 - "$out/summary.json" <<'PY'
import json, sys
files = json.load(open(sys.argv[1]))["files"]
layers = {}
for entry in files:
    parts = entry["filename"].split("/")
    layer = parts[2] if len(parts) > 3 and parts[:2] == ["src", "framewise"] else "other"
    total = layers.setdefault(layer, [0, 0, 0, 0])
    total[0] += entry["line_covered"]; total[1] += entry["line_total"]
    total[2] += entry["branch_covered"]; total[3] += entry["branch_total"]
def pct(covered, total):
    return f"{100.0 * covered / total:5.1f}%" if total else "    -"
print(f"{'layer':8} {'lines':>20} {'branches':>20}")
all_ = [0, 0, 0, 0]
for layer in ["model", "load", "engine", "report", "cli"] + sorted(set(layers) - {"model", "load", "engine", "report", "cli"}):
    if layer not in layers:
        continue
    l = layers[layer]
    all_ = [a + b for a, b in zip(all_, l)]
    print(f"{layer:8} {pct(l[0], l[1])} {l[0]:6}/{l[1]:<6} {pct(l[2], l[3])} {l[2]:6}/{l[3]:<6}")
print(f"{'total':8} {pct(all_[0], all_[1])} {all_[0]:6}/{all_[1]:<6} {pct(all_[2], all_[3])} {all_[2]:6}/{all_[3]:<6}")
PY
echo "per file: $out/files.txt"
