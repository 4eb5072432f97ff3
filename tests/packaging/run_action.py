#!/usr/bin/python3
"""Runs the steps of a composite action.yml locally, as a GitHub runner does.

    run_action.py ACTION_DIR

The workflow's side is the environment: GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY,
GITHUB_OUTPUT, GITHUB_PATH, RUNNER_TEMP, and each input `with:` gives as
INPUT_<NAME> (upper case, as the runner names them; unset inputs take their
default). Each step's `${{ inputs.* }}`, `${{ github.workspace }}` and
`${{ steps.ID.outputs.* }}` are expanded, its env set, GITHUB_ACTION_PATH is
ACTION_DIR, and `shell: bash` runs as `bash --noprofile --norc -eo pipefail`;
lines a step appends to GITHUB_PATH prefix PATH for the later steps. A failing
step stops the run with its status, as on GitHub; the action's outputs are
printed as NAME=VALUE at the end.
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

ACTION_DIR = os.path.abspath(sys.argv[1])
EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def read_outputs(path):
    values = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as file:
            for line in file:
                if "=" in line:
                    name, value = line.rstrip("\n").split("=", 1)
                    values[name] = value
    return values


def main():
    with open(os.path.join(ACTION_DIR, "action.yml"), encoding="utf-8") as file:
        action = yaml.safe_load(file)
    inputs = {}
    for name, spec in action.get("inputs", {}).items():
        inputs[name] = os.environ.get(f"INPUT_{name.upper()}", str(spec.get("default", "")))
    steps = {}
    path_prefix = []

    def expand(text):
        def value(match):
            expression = match.group(1)
            if expression.startswith("inputs."):
                return inputs[expression[len("inputs."):]]
            if expression == "github.workspace":
                return os.environ["GITHUB_WORKSPACE"]
            found = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression)
            if found:
                return steps.get(found.group(1), {}).get(found.group(2), "")
            raise SystemExit(f"run_action.py: cannot expand ${{{{ {expression} }}}}")
        return EXPRESSION.sub(value, str(text))

    for step in action["runs"]["steps"]:
        if step.get("shell") != "bash":
            raise SystemExit(f"run_action.py: only bash steps run here: {step.get('name')}")
        fd, step_output = tempfile.mkstemp()
        os.close(fd)
        env = dict(os.environ)
        env.update({name: expand(value) for name, value in step.get("env", {}).items()})
        env["GITHUB_ACTION_PATH"] = ACTION_DIR
        env["GITHUB_OUTPUT"] = step_output
        env["PATH"] = os.pathsep.join(path_prefix + [env["PATH"]])
        cwd = expand(step.get("working-directory", os.environ["GITHUB_WORKSPACE"]))
        with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as script:
            script.write(expand(step["run"]))
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script.name], env=env, cwd=cwd)
        os.unlink(script.name)
        if "id" in step:
            steps[step["id"]] = read_outputs(step_output)
        with open(step_output, encoding="utf-8") as file, open(os.environ["GITHUB_OUTPUT"], "a") as all_outputs:
            all_outputs.write(file.read())
        os.unlink(step_output)
        if os.path.exists(os.environ["GITHUB_PATH"]):
            with open(os.environ["GITHUB_PATH"], encoding="utf-8") as file:
                path_prefix = [line.strip() for line in file if line.strip()][::-1]
        if done.returncode != 0:
            sys.exit(done.returncode)
    for name, spec in action.get("outputs", {}).items():
        print(f"{name}={expand(spec['value'])}")


if __name__ == "__main__":
    main()
