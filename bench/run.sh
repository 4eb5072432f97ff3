#!/bin/sh
# Prints the `make bench` table (read bench/README.md): cold start of whole
# processes next to an empty C++ program, peak memory, binary size, then the
# in-process engine figures. Expects the bench programs already built:
#   sh bench/run.sh BUILD_DIR EXAMPLE_PROFILE [RUNS]
set -eu
build=$1
example=$2
runs=${3:-300}
framewise="$build/framewise"

echo "framewise bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "load $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "compiler: $(${CXX:-c++} --version | head -n 1); profile: $example; $runs runs per row"
echo

# Rows are interleaved and each is tried once first: a command this build does
# not have (exit 2) is printed as "n/a (not in this build)".
"$build/bench/bench_cold_start" "$runs" \
    "empty C++ program" -- "$build/bench/bench_empty" --- \
    "empty C++ program, static" -- "$build/bench/bench_empty_static" --- \
    "recommend --format json" -- "$framewise" recommend --profile "$example" --format json --- \
    "recommend --format text" -- "$framewise" recommend --profile "$example" --format text --- \
    "recommend --what-if" -- "$framewise" recommend --profile "$example" --format json --what-if --- \
    "recommend --explain" -- "$framewise" recommend --profile "$example" --format json --explain --- \
    "check --format sarif" -- "$framewise" check --profile "$example" --format sarif --- \
    "scan, a fixture repository" -- "$framewise" scan tests/fixtures/scan/django-drf-celery --format json --- \
    "check --scan, fixture repo" -- "$framewise" check --profile "$example" \
        --scan tests/fixtures/scan/django-drf-celery --format sarif --- \
    "recommend, pack from YAML" -- "$framewise" --no-builtin-rules --rules rules --rules data \
        recommend --profile "$example" --format json
echo "(ratio: median over the yardstick's median; targets: recommend --format json <= 1.5x,"
echo " --what-if <= 2x, scan and check --scan of a fixture repository <= 2x, peak RSS <= 4 MB;"
echo " peak RSS is the largest of all runs)"
echo

size=$(wc -c < "$framewise")
# ldd lists "name => path" for each shared object a dynamic binary loads.
shared=$(ldd "$framewise" 2>/dev/null | grep -c '=>' || true)
if [ "$shared" -eq 0 ]; then linking="statically linked"; else linking="dynamically linked, $shared shared libraries"; fi
echo "binary size: $framewise $size bytes ($(awk "BEGIN { printf \"%.2f\", $size / 1048576 }") MB), $linking"
echo

"$build/bench/bench_engine"
echo
sh bench/scan_tree.sh "$framewise"
