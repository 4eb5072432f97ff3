#!/usr/bin/python3
"""Checks action.yml against GitHub's action metadata rules that hold offline.

    check_action_metadata.py ACTION_YML

name, description and runs are required; runs.using is composite and
runs.steps a list; each step runs a script with a shell (composite actions
require it) or uses an action, not both; step ids are unique and valid; every
`${{ inputs.X }}` names a declared input and every `${{ steps.ID.outputs.X }}`
a step with that id before it; each input has a description; each output a
value; branding uses one of GitHub's colours; no unknown top-level key.
"""
import re
import sys

import yaml

TOP_LEVEL = {"name", "author", "description", "inputs", "outputs", "runs", "branding"}
COLOURS = {"white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"}
STEP_KEYS = {"run", "shell", "uses", "with", "name", "id", "if", "env", "working-directory", "continue-on-error"}
SHELLS = {"bash", "pwsh", "python", "sh", "cmd", "powershell"}
ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")

errors = []


def error(message):
    errors.append(message)


def expressions(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from expressions(item)
    elif isinstance(value, str):
        yield from EXPRESSION.findall(value)


def check_references(value, inputs, step_ids, where):
    for expression in expressions(value):
        for name in re.findall(r"\binputs\.([\w-]+)", expression):
            if name not in inputs:
                error(f"{where}: ${{{{ {expression} }}}} names no declared input")
        for step in re.findall(r"\bsteps\.([\w-]+)\.outputs\.", expression):
            if step not in step_ids:
                error(f"{where}: ${{{{ {expression} }}}} names no earlier step id")


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        action = yaml.safe_load(file)
    for key in ("name", "description", "runs"):
        if not action.get(key):
            error(f"missing required key '{key}'")
    for key in set(action) - TOP_LEVEL:
        error(f"unknown top-level key '{key}'")
    inputs = action.get("inputs", {}) or {}
    for name, spec in inputs.items():
        if not ID.match(name):
            error(f"input id '{name}' is not valid")
        if not isinstance(spec, dict) or not spec.get("description"):
            error(f"input '{name}' has no description")
    runs = action.get("runs", {})
    if runs.get("using") != "composite":
        error(f"runs.using is {runs.get('using')!r}, not 'composite'")
    steps = runs.get("steps")
    if not isinstance(steps, list) or not steps:
        error("runs.steps is not a non-empty list")
        steps = []
    step_ids = []
    for index, step in enumerate(steps):
        where = f"step {index + 1} ({step.get('name', 'unnamed')})"
        for key in set(step) - STEP_KEYS:
            error(f"{where}: unknown key '{key}'")
        if ("run" in step) == ("uses" in step):
            error(f"{where}: needs exactly one of run and uses")
        if "run" in step and step.get("shell") not in SHELLS:
            error(f"{where}: a run step of a composite action needs a shell")
        check_references(step, inputs, step_ids, where)
        if "id" in step:
            if not ID.match(step["id"]) or step["id"] in step_ids:
                error(f"{where}: id '{step['id']}' is invalid or repeated")
            step_ids.append(step["id"])
    for name, spec in (action.get("outputs", {}) or {}).items():
        if not isinstance(spec, dict) or "value" not in spec or not spec.get("description"):
            error(f"output '{name}' needs a description and a value")
        check_references(spec, inputs, step_ids, f"output '{name}'")
    branding = action.get("branding", {})
    if branding and branding.get("color") not in COLOURS:
        error(f"branding colour {branding.get('color')!r} is not one of GitHub's")
    if errors:
        sys.exit("FAIL: " + "\nFAIL: ".join(errors))
    print(f"action.yml: {len(inputs)} inputs, {len(steps)} steps, metadata rules hold")


if __name__ == "__main__":
    main()
