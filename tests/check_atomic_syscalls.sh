#!/bin/sh
# Durability of cli::write_file_atomically, seen from the kernel: strace the
# real binary writing a file and require, in this order, the temporary file
# beside the target created, written and fsync'ed, then renamed over the
# target, then the target's directory opened and fsync'ed. The SIGKILL tests
# (e2e.atomic_write) show the rename is atomic; only this shows the data and
# the directory entry are flushed.
#   check_atomic_syscalls.sh FRAMEWISE SOURCE_DIR
set -eu
framewise=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source_dir=$(cd "$2" && pwd)
command -v strace >/dev/null 2>&1 || {
    echo "check_atomic_syscalls: strace is missing; run 'sh scripts/install-deps.sh --test'" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checked=0

# expect_durable_write LOG TARGET DIR: the system calls of LOG write TARGET
# (a path as the binary names it) in the order above; DIR is the directory it
# must fsync ("." for the current one).
expect_durable_write() {
    if awk -v target="$2" -v dir="$3" '
        # strace -f prefixes each line with the pid; drop it.
        { sub(/^[0-9]+ +/, "") }
        function quoted(path) { return "\"" path "\"" }
        function fail(why) { print why; failed = 1; exit 1 }
        # 1. mkstemp: TARGET.XXXXXX created exclusively.
        state == 0 && /^openat\(/ && index($0, quoted(target) ) == 0 && index($0, "\"" target ".") > 0 && /O_EXCL/ {
            temp_fd = $NF; temp = $0
            sub(/^[^"]*"/, "", temp); sub(/".*$/, "", temp)
            state = 1; next
        }
        state == 1 && $0 ~ ("^write\\(" temp_fd ",") { wrote = 1; next }
        # 2. the data flushed before the file is closed.
        state == 1 && $0 ~ ("^f(data)?sync\\(" temp_fd "\\) += 0") { if (wrote) state = 2; next }
        # A temporary file closed unwritten is the writability probe made before
        # asking any question; the real write comes later.
        state == 1 && !wrote && $0 ~ ("^close\\(" temp_fd "\\)") { state = 0; next }
        state == 1 && $0 ~ ("^close\\(" temp_fd "\\)") { fail("closed the temporary file without fsync") }
        # 3. renamed over the target (rename, renameat or renameat2).
        state == 2 && /^rename/ && index($0, quoted(temp)) > 0 && index($0, quoted(target)) > 0 && / = 0$/ { state = 3; next }
        state == 2 && /^rename/ { fail("unexpected rename: " $0) }
        # 4. the directory opened and fsync-ed after the rename.
        state == 3 && /^openat\(/ && index($0, quoted(dir)) > 0 && /O_DIRECTORY/ { dir_fd = $NF; state = 4; next }
        state == 4 && $0 ~ ("^fsync\\(" dir_fd "\\) += 0") { state = 5; next }
        END {
            if (failed) exit 1
            if (state == 5) exit 0
            split("no temporary file created beside the target|temporary file never written and fsync-ed|" \
                  "no rename over the target after the fsync|directory not opened after the rename|" \
                  "directory not fsync-ed after the rename", why, "|")
            print why[state + 1]
            exit 1
        }' "$1" >"$work/why"; then
        checked=$((checked + 1))
    else
        echo "FAIL: $4: $(cat "$work/why")" >&2
        echo "--- system calls ---" >&2
        cat "$1" >&2
        failures=$((failures + 1))
    fi
}

# LeakSanitizer refuses to run under ptrace ("does not work under ptrace") and
# fails the process; the sanitizer suite finds leaks in every other test, so
# the traced runs switch only it off. A traced run that fails says why.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
trace() {
    log=$1
    shift
    strace -f -qq -o "$log" -e trace=openat,write,fsync,fdatasync,close,rename,renameat,renameat2 "$@"
}

mkdir "$work/sub"
cd "$work"
umask 077
# A new file in a subdirectory: the directory to sync is "sub".
trace "$work/init.log" "$framewise" init sub/framewise.yaml >/dev/null 2>"$work/init.err" || {
    echo "FAIL: framewise init sub/framewise.yaml under strace failed:" >&2
    cat "$work/init.err" >&2
    exit 1
}
expect_durable_write "$work/init.log" sub/framewise.yaml sub "init sub/framewise.yaml"
# A new file is rw-r--r-- whatever the umask (mkstemp makes it 0600 first).
mode=$(stat -c %a sub/framewise.yaml)
[ "$mode" = 644 ] || {
    echo "FAIL: init made sub/framewise.yaml mode $mode, expected 644" >&2
    failures=$((failures + 1))
}

# An existing file replaced in the current directory: the directory is ".".
cp "$source_dir/data/examples/io-bound-api.yaml" profile.yaml
printf 'version: 1\nanswers: {}\n' >saved.yaml
trace "$work/save.log" "$framewise" recommend --profile profile.yaml --save-profile saved.yaml >/dev/null || {
    echo "FAIL: framewise recommend --save-profile under strace failed" >&2
    exit 1
}
expect_durable_write "$work/save.log" saved.yaml . "recommend --save-profile saved.yaml"
grep -q 'io-bound\|project_kind: api' saved.yaml || {
    echo "FAIL: saved.yaml does not hold the saved profile" >&2
    failures=$((failures + 1))
}

# A report of `check --output`, an absolute path: the directory is its parent.
trace "$work/check.log" "$framewise" check profile.yaml --output "json=$work/sub/report.json" >/dev/null || true
expect_durable_write "$work/check.log" "$work/sub/report.json" "$work/sub" "check --output json=FILE"

if [ "$failures" -ne 0 ] || [ "$checked" -ne 3 ]; then
    echo "check_atomic_syscalls: $failures failed, $checked of 3 writes durable" >&2
    exit 1
fi
echo "check_atomic_syscalls: 3 writes: temporary file fsync-ed, renamed, directory fsync-ed"
