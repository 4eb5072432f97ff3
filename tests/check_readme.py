#!/usr/bin/python3
"""Every console example of README.md is what the binary prints.

  check_readme.py README FRAMEWISE SOURCE_DIR

Runs each `$ command` of a ```console block in order, in one scratch directory
per block (`framewise` on PATH, data/ and build/framewise reachable as in a
checkout, and the files of tests/readme/ that the README shows but does not
ship: bad.yaml, framewise.yaml as the CI section commits it, orders.yaml of
the waiver example; the scan
examples' trees from tests/fixtures/scan/), and compares what it prints (stdout, then stderr) with the lines under
it. Where a line of the output is only '…', lines are elided there: each run
of lines between elisions must appear, in order, in what the command prints,
and output shown without a '…' at its start or end starts or ends there.
An example that asks questions on a terminal is not run. The count of compared
examples must reach a minimum, so the check cannot pass by comparing nothing."""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

K_MIN_COMPARED = 15


def console_blocks(lines):
    """(line number, lines) of each ```console block."""
    blocks = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("```console"):
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            blocks.append((i + 1, lines[i + 1:j]))
            i = j
        i += 1
    return blocks


def commands_of(body):
    """[command, expected lines] for each `$ ` line of a block."""
    commands = []
    for text in body:
        if text.startswith("$ "):
            commands.append([text[2:], []])
        elif commands:
            commands[-1][1].append(text)
    return commands


def is_elision(text):
    return text.strip() == "…"


def matches(expected, actual):
    """Exactly; or, where lines are elided, each run of lines in order."""
    if not any(is_elision(text) for text in expected):
        return expected == actual
    runs = [[]]
    for text in expected:
        if is_elision(text):
            runs.append([])
        else:
            runs[-1].append(text)
    at = 0
    for index, run in enumerate(runs):
        found = next((k for k in range(at, len(actual) - len(run) + 1) if actual[k:k + len(run)] == run), None)
        # Output that does not start (end) with '…' starts (ends) as shown.
        if found is None or (index == 0 and found != 0):
            return False
        at = found + len(run)
    return at == len(actual) or not runs[-1]


def scratch_directory(work, framewise, source, creates_profile):
    os.symlink(os.path.join(source, "data"), os.path.join(work, "data"))
    for sub in ("bin", "build", "docs", "docs/decisions"):
        os.mkdir(os.path.join(work, sub))
    os.symlink(framewise, os.path.join(work, "bin", "framewise"))
    os.symlink(framewise, os.path.join(work, "build", "framewise"))
    # The scan examples read the fixture trees of tests/fixtures/scan/ by name.
    trees = os.path.join(source, "tests", "fixtures", "scan")
    for name in os.listdir(trees):
        if os.path.isdir(os.path.join(trees, name)):
            shutil.copytree(os.path.join(trees, name), os.path.join(work, name), symlinks=True)
    fixtures = os.path.join(source, "tests", "readme")
    for name in os.listdir(fixtures):
        # A block that runs `framewise init framewise.yaml` writes its own.
        if not (creates_profile and name == "framewise.yaml"):
            shutil.copy(os.path.join(fixtures, name), work)


def main():
    readme, framewise, source = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    lines = open(readme, encoding="utf-8").read().split("\n")
    compared = skipped = failed = 0
    for line, body in console_blocks(lines):
        with tempfile.TemporaryDirectory() as work:
            creates_profile = any(text.startswith("$ framewise init") for text in body)
            scratch_directory(work, framewise, source, creates_profile)
            env = dict(os.environ, PATH=os.path.join(work, "bin") + ":" + os.environ["PATH"], NO_COLOR="1",
                       COLUMNS="80", LC_ALL="C.UTF-8",
                       # The day waivers are judged on (2026-01-01), as in the golden cases.
                       SOURCE_DATE_EPOCH="1767225600")
            env.pop("GITHUB_STEP_SUMMARY", None)
            for command, expected in commands_of(body):
                if "recommend" in command and "--profile" not in command:
                    skipped += 1  # asks questions on a terminal
                    continue
                result = subprocess.run(["sh", "-c", command], cwd=work, env=env, stdin=subprocess.DEVNULL,
                                        capture_output=True, text=True)
                printed = result.stdout + result.stderr
                actual = printed.rstrip("\n").split("\n") if printed else []
                if matches(expected, actual):
                    compared += 1
                    continue
                failed += 1
                print(f"README.md:{line}: '$ {command}' prints something else:", file=sys.stderr)
                for diff in difflib.unified_diff(expected, actual, "README.md", "framewise", lineterm=""):
                    print("  " + diff, file=sys.stderr)
    print(f"check_readme: {compared} examples match, {failed} differ, {skipped} not run (interactive)")
    if failed or compared < K_MIN_COMPARED:
        sys.exit(1)


main()
