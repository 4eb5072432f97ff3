#!/usr/bin/python3
"""Checks framewise's JSON Schemas and reports with independent tools.

    check_schemas.py FRAMEWISE SOURCE_DIR

- data/schema/*.json are valid draft 2020-12 schemas, and `framewise schema
  profile|output` print exactly them (the profile schema is generated from the
  questions, so a changed question without a regenerated file fails here);
- every example profile is valid, and profiles framewise refuses for their
  content are refused by the schema too;
- every JSON document `recommend` and `check` print in the test suite (the
  examples, one at a time and all at once, with every option of the gate, and
  the goldens of tests/cli/) is valid against the output schema, and so are
  those of `scan`, `rules test` and `rules lint` (the built-in pack, the
  example pack, a pack with errors and one that does not load);
- JUnit reports parse as XML with one testcase per rule (the SARIF rules),
  GitLab reports have the fields GitLab reads, and each --output file is the
  same as that format on stdout.
Validation uses Debian's python3-jsonschema and python3-yaml.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml
from jsonschema import Draft202012Validator

FRAMEWISE = os.path.abspath(sys.argv[1])
SOURCE = os.path.abspath(sys.argv[2])
EXAMPLES = os.path.join(SOURCE, "data", "examples")
failures = []


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def run(args, stdin=None, cwd=EXAMPLES, expect=(0,)):
    env = dict(os.environ, NO_COLOR="1", COLUMNS="80")
    done = subprocess.run([FRAMEWISE, *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env)
    if done.returncode not in expect:
        fail(f"framewise {' '.join(args)}: exit {done.returncode}, expected {expect}\n{done.stderr}")
    return done


def load_schema(name):
    with open(os.path.join(SOURCE, "data", "schema", name), encoding="utf-8") as file:
        text = file.read()
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return text, Draft202012Validator(schema)


def errors_of(validator, document):
    return [f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
            for error in validator.iter_errors(document)]


def expect_valid(validator, document, what):
    for error in errors_of(validator, document):
        fail(f"{what}: {error}")


profile_text, profile_schema = load_schema("profile.schema.json")
output_text, output_schema = load_schema("output.schema.json")
rules_text, rules_schema = load_schema("rules.schema.json")

# --- The committed schemas are what framewise prints ---------------------------
for which, text in (("profile", profile_text), ("output", output_text), ("rules", rules_text)):
    if run(["schema", which]).stdout != text:
        fail(f"'framewise schema {which}' differs from data/schema/{which}.schema.json; regenerate it with "
             f"'build/framewise schema {which} > data/schema/{which}.schema.json'")

# --- Rule-pack files: the built-in pack and the example pack are valid, and
# packs framewise refuses for their shape are refused by the schema too.
for path in sorted(glob.glob(os.path.join(SOURCE, "rules", "*.yaml")) + glob.glob(os.path.join(SOURCE, "data", "*.yaml"))
                   + glob.glob(os.path.join(SOURCE, "data", "examples", "packs", "*", "*.yaml"))):
    with open(path, encoding="utf-8") as file:
        expect_valid(rules_schema, yaml.safe_load(file), os.path.relpath(path, SOURCE))
for what, text in {
    "an unknown section": "rule: []",
    "a rule without reason": "rules: [{id: x, when: {q: a, eq: 1}, effects: {f: 1}, source: s}]",
    "an effect of zero": "rules: [{id: x, when: {q: a, eq: 1}, effects: {f: 0}, reason: r, source: s}]",
    "an effect over 100": "rules: [{id: x, when: {q: a, eq: 1}, effects: {f: 101}, reason: r, source: s}]",
    "an unknown operator": "rules: [{id: x, when: {q: a, equals: 1}, effects: {f: 1}, reason: r, source: s}]",
    "two operators": "rules: [{id: x, when: {q: a, eq: 1, ne: 2}, effects: {f: 1}, reason: r, source: s}]",
    "a bad id": "frameworks: [{id: Flask, name: F, source: s}]",
    "an unknown severity": "mistakes: [{id: x, severity: fatal, when: {q: a, eq: 1}, title: t, message: m, fix: f, source: s}]",
    "an unknown question type": "questions: [{id: x, prompt: p, help: h, type: text, source: s}]",
    "an alike entry without reason": "questions: [{id: x, prompt: p, help: h, type: choice, options: [a, b], "
                                     "alike: [{options: [a, b]}], source: s}]",
    "an alike entry of one option": "questions: [{id: x, prompt: p, help: h, type: choice, options: [a, b], "
                                    "alike: [{options: [a], reason: r}], source: s}]",
}.items():
    if not errors_of(rules_schema, yaml.safe_load(text)):
        fail(f"rule-pack file with {what}: the schema accepts it: {text}")

# --- Profiles --------------------------------------------------------------------
# Profiles only: data/examples/packs/ holds example rule packs.
examples = sorted(name for name in os.listdir(EXAMPLES) if os.path.isfile(os.path.join(EXAMPLES, name)))
for name in examples:
    with open(os.path.join(EXAMPLES, name), encoding="utf-8") as file:
        document = json.load(file) if name.endswith(".json") else yaml.safe_load(file)
    expect_valid(profile_schema, document, f"data/examples/{name}")

# Each is refused by framewise (exit 2, 'profile:') and by the schema.
refused = {
    "unknown question": "answers: {concurent_users: 10}",
    "unknown top-level key": "answer: {project_kind: api}",
    "no answers": "name: x",
    "out of range": "answers: {io_wait_percent: 150}",
    "negative": "answers: {concurrent_users: -1}",
    "unknown option": "answers: {project_kind: website}",
    "unknown list item": "answers: {team_expertise: [rails]}",
    "list given a scalar": "answers: {team_expertise: flask}",
    "integer given text": "answers: {team_size: five}",
    "boolean given text": "answers: {needs_admin: maybe}",
    "boolean given a near word": "answers: {needs_admin: yess}",
    "repeated list item": "answers: {team_expertise: [flask, flask]}",
    "unsupported version": "version: 2\nanswers: {}",
}
for what, text in refused.items():
    done = run(["check", "-"], stdin=text, expect=(2,))
    if ": profile: " not in done.stderr:
        fail(f"profile with {what}: framewise's message does not say 'profile:': {done.stderr}")
    if not errors_of(profile_schema, yaml.safe_load(text)):
        fail(f"profile with {what}: the schema accepts what framewise refuses: {text}")
# Accepted by both: null answers, an empty answers section, and every boolean
# word in any case (YAML 1.1 reads y, n and "on" as text, on and Off as booleans).
for text in ("answers:", "answers: {needs_admin: null, extras: [celery, my-own-tool]}",
             "answers: {needs_admin: y, needs_auth: N, async_db_driver: On, knows_type_hints: 'off', "
             "strict_validation: YES, needs_api_docs: \"False\", needs_realtime: \"on\"}"):
    run(["check", "-"], stdin=text)
    expect_valid(profile_schema, yaml.safe_load(text), f"profile {text!r}")

# --- JSON output -----------------------------------------------------------------
documents = 0
for name in examples:
    for args in (["recommend", "--profile", name, "--format", "json"],
                 ["check", name, "--format", "json"],
                 ["check", name, "--format", "json", "--fail-on", "info", "--expect", "flask", "--min-margin", "30"]):
        done = run(args, expect=(0, 1))
        document = json.loads(done.stdout)
        expect_valid(output_schema, document, " ".join(args))
        documents += 1
        if args[0] == "check":
            failing = [f["id"] for p in document["profiles"] for f in p["findings"] if f["fails_gate"]]
            if (done.returncode == 1) != (not document["passed"]) or document["passed"] != (not failing):
                fail(f"{' '.join(args)}: exit {done.returncode}, passed={document['passed']}, failing={failing}")
everything = ["check", ".", "--fail-on", "warning", "--expect", "django", "--min-margin", "20"]
done = run([*everything, "--format", "json"], expect=(1,))
report = json.loads(done.stdout)
expect_valid(output_schema, report, "check of every example")
if [profile["path"] for profile in report["profiles"]] != examples:
    fail(f"check . did not check every example, in order: {[p['path'] for p in report['profiles']]}")
documents += 1
for golden in sorted(glob.glob(os.path.join(SOURCE, "tests", "*", "*", "expected.stdout"))):
    with open(os.path.join(os.path.dirname(golden), "args"), encoding="utf-8") as file:
        args = file.read().split("\n")
    json_format = any(args[i] in ("--format", "-f") and args[i + 1] == "json" for i in range(len(args) - 1))
    if json_format and ("recommend" in args or "check" in args or "scan" in args or "rules" in args):
        with open(golden, encoding="utf-8") as file:
            expect_valid(output_schema, json.load(file), os.path.relpath(golden, SOURCE))
        documents += 1
# framewise scan: every fixture repository's JSON is valid, and its YAML is a
# profile `check` accepts as it is (exit 0 or 1, never 2 for the profile).
fixtures = os.path.join(SOURCE, "tests", "fixtures", "scan")
scanned = 0
for name in sorted(os.listdir(fixtures)):
    done = run(["scan", name, "--format", "json"], cwd=fixtures, expect=(0, 2))
    scan_document = json.loads(done.stdout)
    expect_valid(output_schema, scan_document, f"scan {name}")
    if (done.returncode == 2) != (scan_document["errors"] > 0):
        fail(f"scan {name}: exit {done.returncode} but errors={scan_document['errors']}")
    profile = run(["scan", name], cwd=fixtures, expect=(0, 2)).stdout
    run(["check", "-"], stdin=profile, expect=(0, 1))
    expect_valid(profile_schema, yaml.safe_load(profile), f"the profile scan {name} prints")
    documents += 1
    scanned += 1
if scanned < 20:
    fail(f"only {scanned} scan fixtures checked")
for what, breaks in (("a scan evidence line 0", lambda d: d["evidence"]["current_framework"][0].update(line=0)),
                     ("an unknown scan role", lambda d: d["evidence"]["current_framework"][0].update(role="maybe")),
                     ("no scan notes", lambda d: d.pop("notes"))):
    document = json.loads(run(["scan", "fastapi-asyncpg", "--format", "json"], cwd=fixtures).stdout)
    breaks(document)
    if not errors_of(output_schema, document):
        fail(f"the output schema accepts a document with {what}")

# `rules test` on the built-in pack's own cases, and a check whose finding is
# waived (a waiver with its reason and last day) and whose other waiver has
# expired (a finding of its own).
tested = json.loads(run(["--rules", os.path.join(SOURCE, "rules"), "rules", "test", "--format", "json"]).stdout)
expect_valid(output_schema, tested, "rules test --rules rules --format json")
documents += 1
# `rules lint` on the built-in pack, on the example pack (with its `alike`
# entry inherited), on a pack with lint errors and on one that does not load.
linted = {}
for what, args, expect in (
        ("the built-in pack", ["rules", "lint", "--format", "json", "--strict"], (0,)),
        ("the example pack", ["--rules", os.path.join(SOURCE, "data", "examples", "packs", "platform-policy"),
                              "rules", "lint", "--format", "json", "--strict"], (0,)),
        ("a pack with errors", ["--no-builtin-rules", "--rules", os.path.join(SOURCE, "tests", "bad",
                                "rules-lint-never-holds", "pack"), "rules", "lint", "--format", "json"], (2,)),
        ("a pack that does not load", ["--no-builtin-rules", "--rules", os.path.join(SOURCE, "tests", "cli",
                                       "rules-lint-load-error-json", "pack"), "rules", "lint", "--format", "json"], (2,))):
    linted[what] = json.loads(run(args, expect=expect).stdout)
    expect_valid(output_schema, linted[what], f"rules lint --format json of {what}")
    documents += 1
if not linted["the built-in pack"]["passed"] or not linted["the built-in pack"]["alike"]:
    fail(f"the built-in pack does not lint clean with its alike entry: {linted['the built-in pack']}")
if linted["a pack with errors"]["passed"] or not linted["a pack with errors"]["errors"]:
    fail(f"the pack with errors passes lint: {linted['a pack with errors']}")
for what, breaks in (("a lint problem of no known severity",
                      lambda d: d["problems"][0].update(severity="fatal")),
                     ("a lint problem without a location", lambda d: d["problems"][0].pop("location")),
                     ("an alike entry of one option", lambda d: d["alike"].append(
                         {"question": "q", "options": ["a"], "reason": "r", "location": None}))):
    document = json.loads(json.dumps(linted["a pack with errors"]))
    breaks(document)
    if not errors_of(output_schema, document):
        fail(f"the output schema accepts a document with {what}")

waived_profile = ("answers: {project_kind: api, current_framework: fastapi, io_wait_percent: 70, "
                  "async_db_driver: false}\n"
                  "waivers:\n"
                  "  - {id: fastapi-sync-db-driver, reason: 'reporting service', until: '9999-12-31'}\n"
                  "  - {id: hype-over-expertise, reason: 'old', until: '2000-01-01'}\n")
waived = json.loads(run(["check", "-", "--format", "json", "--fail-on", "warning"], stdin=waived_profile,
                        expect=(1,)).stdout)
expect_valid(output_schema, waived, "check with waivers --format json")
expect_valid(profile_schema, yaml.safe_load(waived_profile), "profile with waivers")
findings = {f["id"]: f for f in waived["profiles"][0]["findings"]}
if findings.get("fastapi-sync-db-driver", {}).get("waiver") != {"reason": "reporting service", "until": "9999-12-31"}:
    fail(f"the waived finding does not carry its waiver: {findings}")
if "expired-waiver" not in findings or waived["totals"]["waived"] != 1:
    fail(f"an expired waiver is not a finding, or the waived one is not counted: {waived}")
documents += 1
for what, text in (("a waiver without a reason", "answers: {}\nwaivers: [{id: x}]"),
                   ("a waiver with an unknown key", "answers: {}\nwaivers: [{id: x, reason: r, expires: 2027-01-01}]"),
                   ("a waiver until no date", "answers: {}\nwaivers: [{id: x, reason: r, until: soon}]")):
    done = run(["check", "-"], stdin=text, expect=(2,))
    if ": profile: " not in done.stderr:
        fail(f"profile with {what}: framewise's message does not say 'profile:': {done.stderr}")
    if not errors_of(profile_schema, yaml.safe_load(text)):
        fail(f"profile with {what}: the schema accepts what framewise refuses: {text}")

# The schema tells the documents apart: none is valid as another.
recommendation = json.loads(run(["recommend", "--profile", examples[0], "--format", "json"]).stdout)
lint_document = linted["a pack with errors"]
for document, wrong in ((recommendation, "check"), (report, "recommendation"), (recommendation, "scan"),
                        (report, "scan"), (scan_document, "check"), (scan_document, "recommendation"),
                        (lint_document, "check"), (lint_document, "rules_test"), (tested, "rules_lint"),
                        (report, "rules_lint")):
    if not errors_of(Draft202012Validator({"$ref": f"#/$defs/{wrong}", **output_schema.schema}), document):
        fail(f"a document is valid as $defs/{wrong} too")

# And it is strict where the contract is: broken copies are refused.
broken = [
    ("a score over 100", recommendation, lambda d: d["ranking"][0].update(score=101)),
    ("no ranking", recommendation, lambda d: d.pop("ranking")),
    ("schema_version 2", recommendation, lambda d: d.update(schema_version=2)),
    ("an unknown severity", report, lambda d: d["profiles"][0]["findings"][0].update(severity="fatal")),
    ("a line 0", report, lambda d: d["profiles"][0]["findings"][0]["location"].update(line=0)),
]
for what, original, breaks in broken:
    document = json.loads(json.dumps(original))
    breaks(document)
    if not errors_of(output_schema, document):
        fail(f"the output schema accepts a document with {what}")

# --- JUnit, GitLab, --output -------------------------------------------------------
with tempfile.TemporaryDirectory() as work:
    formats = ["text", "json", "github", "gitlab", "sarif", "junit"]
    outputs = [f"--output={fmt}={os.path.join(work, 'report.' + fmt)}" for fmt in formats]
    summary = run([*everything, *outputs], expect=(1,)).stdout
    files = {}
    for fmt in formats:
        with open(os.path.join(work, "report." + fmt), encoding="utf-8") as file:
            files[fmt] = file.read()
        if run([*everything, "--format", fmt, "--color", "never"], expect=(1,)).stdout != files[fmt]:
            fail(f"--output {fmt}=FILE differs from --format {fmt}")
    if summary != files["text"]:
        fail("with --output, stdout is not the text summary")
    if sorted(os.listdir(work)) != sorted("report." + fmt for fmt in formats):
        fail(f"--output left other files behind: {os.listdir(work)}")

    rule_ids = [rule["id"] for rule in json.loads(files["sarif"])["runs"][0]["tool"]["driver"]["rules"]]
    root = ET.fromstring(files["junit"])
    suites = root.findall("testsuite")
    if len(suites) != len(examples):
        fail(f"JUnit: {len(suites)} testsuites for {len(examples)} profiles")
    failed = 0
    for suite in suites:
        names = [case.get("name") for case in suite.findall("testcase")]
        if names != rule_ids:
            fail(f"JUnit suite {suite.get('name')}: testcases {names}, expected one per rule {rule_ids}")
        failed += len(suite.findall("testcase/failure"))
        if int(suite.get("tests")) != len(names):
            fail(f"JUnit suite {suite.get('name')}: tests={suite.get('tests')} for {len(names)} testcases")
    if failed == 0 or int(root.get("failures")) != failed:
        fail(f"JUnit: failures={root.get('failures')} but {failed} <failure> elements")

    gitlab = json.loads(files["gitlab"])
    code_quality = Draft202012Validator({
        "type": "array", "minItems": 1,
        "items": {
            "type": "object",
            "required": ["description", "check_name", "fingerprint", "severity", "location"],
            "properties": {
                "description": {"type": "string", "minLength": 1},
                "check_name": {"enum": rule_ids},
                "fingerprint": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
                "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
                "location": {
                    "type": "object", "required": ["path", "lines"],
                    "properties": {"path": {"type": "string", "minLength": 1},
                                   "lines": {"type": "object", "required": ["begin"],
                                             "properties": {"begin": {"type": "integer", "minimum": 1}}}}}}}})
    expect_valid(code_quality, gitlab, "GitLab Code Quality report")
    fingerprints = [issue["fingerprint"] for issue in gitlab]
    if len(set(fingerprints)) != len(fingerprints):
        fail("GitLab: two issues share a fingerprint")

if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print(f"schemas valid; {len(examples)} example profiles, {len(refused)} refused profiles and "
      f"{documents} JSON documents checked; JUnit, GitLab and --output files consistent")
