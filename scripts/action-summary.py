#!/usr/bin/python3
"""Prints the Markdown job summary of the action's check step.

    action-summary.py CHECK_JSON EXIT_STATUS

CHECK_JSON is `framewise check --format json` (absent when framewise stopped
on a usage or profile error, whose message is then in the step's log).
"""
import json
import os
import sys


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def main():
    path, status = sys.argv[1], int(sys.argv[2])
    print("## framewise check\n")
    if not os.path.exists(path):
        print(f"framewise stopped before checking (exit {status}): see the step's log for the error.\n")
        return
    with open(path, encoding="utf-8") as file:
        report = json.load(file)
    totals = report["totals"]
    verdict = "passed" if report["passed"] else "failed"
    print(f"**The gate {verdict}** (fails on {report['fail_on']} and above): "
          f"errors {totals['errors']}, warnings {totals['warnings']}, infos {totals['infos']}.\n")
    print("| Profile | Recommendation | Score | Margin | Passed |")
    print("|---|---|---|---|---|")
    for profile in report["profiles"]:
        print(f"| {cell(profile['path'])} | {cell(profile['recommendation'])} | {profile['score']} "
              f"| {profile['margin']} | {'yes' if profile['passed'] else 'no'} |")
    findings = [(profile, finding) for profile in report["profiles"] for finding in profile["findings"]]
    if findings:
        print("\n| Severity | Finding | Where | Fails the gate |")
        print("|---|---|---|---|")
        for profile, finding in findings:
            where = finding.get("location") or {"path": profile["path"], "line": 1}
            print(f"| {finding['severity']} | **{cell(finding['id'])}**: {cell(finding['title'])} "
                  f"| {cell(where['path'])}:{where['line']} | {'yes' if finding['fails_gate'] else 'no'} |")
    print()


if __name__ == "__main__":
    main()
