#!/usr/bin/python3
"""`make wheel`: the wheel scripts/build-wheel.py writes is one pip installs.

    check_wheel.py FRAMEWISE VERSION SOURCE_DIR

Checks the archive against the wheel spec with its own reading (file name and
WHEEL tags agree; RECORD lists every file once with the urlsafe-base64,
unpadded sha256 and size of its bytes; METADATA's name and version; the
script's executable mode), that a dynamically linked binary is refused, then
installs it with pip --no-index into a fresh `python3 -m venv`, runs
framewise from the venv's bin/ and uninstalls it, leaving none of its files.
"""
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

FRAMEWISE, VERSION, SOURCE = sys.argv[1:4]
BUILD_WHEEL = os.path.join(SOURCE, "scripts", "build-wheel.py")


def fail(message):
    sys.exit(f"FAIL: {message}")


def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")


def check_archive(path):
    name = os.path.basename(path)
    stem = name[: -len(".whl")]
    dist, version, python, abi, platforms = stem.split("-")
    if (dist, version, python, abi) != ("framewise", VERSION, "py3", "none"):
        fail(f"wheel name {name}")
    if "manylinux_2_17_x86_64" not in platforms.split("."):
        fail(f"no manylinux_2_17_x86_64 in {name}")
    info = f"framewise-{VERSION}.dist-info"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        wheel = archive.read(f"{info}/WHEEL").decode()
        tags = sorted(line.split(": ", 1)[1] for line in wheel.splitlines() if line.startswith("Tag: "))
        if tags != sorted(f"py3-none-{p}" for p in platforms.split(".")):
            fail(f"WHEEL tags {tags} differ from the file name's")
        if "Root-Is-Purelib: false" not in wheel or "Wheel-Version: 1.0" not in wheel:
            fail(f"WHEEL: {wheel}")
        metadata = archive.read(f"{info}/METADATA").decode().splitlines()
        for field in ("Metadata-Version: 2.1", "Name: framewise", f"Version: {VERSION}", "License: MIT"):
            if field not in metadata:
                fail(f"METADATA has no '{field}'")
        record = [line.split(",") for line in archive.read(f"{info}/RECORD").decode().splitlines()]
        recorded = [row[0] for row in record]
        if sorted(recorded) != sorted(names) or len(set(recorded)) != len(recorded):
            fail(f"RECORD lists {sorted(recorded)}, the archive holds {sorted(names)}")
        for file, hash_, size in record:
            if file == f"{info}/RECORD":
                if hash_ or size:
                    fail("RECORD has a hash of itself")
                continue
            data = archive.read(file)
            if hash_ != digest(data) or int(size) != len(data):
                fail(f"RECORD entry of {file} is {hash_},{size}; the file is {digest(data)},{len(data)}")
        script = archive.getinfo(f"framewise-{VERSION}.data/scripts/framewise")
        if (script.external_attr >> 16) & 0o777 != 0o755:
            fail("the script is not mode 755")
        with open(FRAMEWISE, "rb") as file:
            if archive.read(script.filename) != file.read():
                fail("the script is not the built binary")


def main():
    work = tempfile.mkdtemp()
    try:
        built = subprocess.run([sys.executable, BUILD_WHEEL, FRAMEWISE, VERSION, SOURCE, os.path.join(work, "dist")],
                               capture_output=True, text=True)
        if built.returncode != 0:
            fail(f"build-wheel.py: {built.stderr}")
        wheel = built.stdout.strip()
        check_archive(wheel)

        refused = subprocess.run([sys.executable, BUILD_WHEEL, "/bin/true", VERSION, SOURCE,
                                  os.path.join(work, "dynamic")], capture_output=True, text=True)
        if refused.returncode == 0 or "FRAMEWISE_STATIC" not in refused.stderr:
            fail(f"a dynamically linked binary was packed: {refused.stderr}")

        venv = os.path.join(work, "venv")
        subprocess.run(["/usr/bin/python3", "-m", "venv", venv], check=True)
        env = {"PATH": "/usr/bin:/bin", "HOME": work, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
               "PIP_NO_CACHE_DIR": "1", "LC_ALL": "C"}
        pip = os.path.join(venv, "bin", "pip")
        subprocess.run([pip, "install", "--no-index", "--quiet", wheel], check=True, env=env)
        installed = os.path.join(venv, "bin", "framewise")
        version = subprocess.run([installed, "--version"], capture_output=True, text=True, check=True, env=env)
        if not version.stdout.startswith(f"framewise {VERSION}"):
            fail(f"the venv's framewise --version says {version.stdout!r}")
        example = os.path.join(SOURCE, "data", "examples", "io-bound-api.yaml")
        shutil.copy(example, os.path.join(work, "framewise.yaml"))
        recommendation = subprocess.run([installed, "recommend", "--profile", "framewise.yaml", "--format", "json"],
                                        capture_output=True, text=True, check=True, env=env, cwd=work)
        if '"recommendation": "fastapi"' not in recommendation.stdout:
            fail(f"the venv's framewise recommends: {recommendation.stdout[:300]}")
        man_page = os.path.join(venv, "share", "man", "man1", "framewise.1")
        if not os.path.isfile(man_page):
            fail("no share/man/man1/framewise.1 in the venv")

        subprocess.run([pip, "uninstall", "--yes", "--quiet", "framewise"], check=True, env=env)
        left = [path for path in (installed, man_page) if os.path.exists(path)]
        left += [os.path.join(root, name) for root, dirs, _ in os.walk(venv) for name in dirs
                 if name.startswith("framewise-")]
        if left:
            fail(f"pip uninstall left {left}")
        print(f"{os.path.basename(wheel)}: RECORD, WHEEL, METADATA right; installs, runs, uninstalls cleanly")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
