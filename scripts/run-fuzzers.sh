#!/bin/sh
# Runs each libFuzzer target of a `make fuzz` build for SECONDS seconds:
#   run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]
# New inputs go to BUILD_DIR/fuzz-corpus/TARGET (the seeds in tests/fuzz/corpus
# are only read); a crash is saved in BUILD_DIR/fuzz-crashes/TARGET/ and stops
# the run with a non-zero exit. Fix it, then copy the input to
# tests/fuzz/regression/TARGET/ so `make test` replays it for good.
set -eu
build=$1
seconds=$2
shift 2
targets=${*:-profile rule_pack condition answer_input yaml_fast_path json_tree}
source_dir=$(cd "$(dirname "$0")/.." && pwd)
status=0
for target in $targets; do
    work="$build/fuzz-corpus/$target"
    crashes="$build/fuzz-crashes/$target"
    # git keeps no empty directory: a target with no regression input yet
    # must still run from a fresh clone.
    mkdir -p "$work" "$crashes" "$source_dir/tests/fuzz/regression/$target"
    echo "fuzz: $target for ${seconds}s" >&2
    # detect_leaks stays on: a leak is a finding like a crash.
    if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
        -dict="$source_dir/tests/fuzz/yaml.dict" -artifact_prefix="$crashes/" \
        "$work" "$source_dir/tests/fuzz/corpus/$target" "$source_dir/tests/fuzz/regression/$target" \
        > "$build/fuzz-$target.log" 2>&1; then
        echo "fuzz: $target found a problem; see $build/fuzz-$target.log and $crashes/" >&2
        status=1
    fi
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|Done)' "$build/fuzz-$target.log" >&2 || true
done
exit $status
