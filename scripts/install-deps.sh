#!/bin/sh
# Installs the Debian packages framewise needs to build and test, and only those
# that are missing, so `make run` and `make test` work on a fresh Debian 12 machine
# (even a minimal one with only git and make) and cost nothing on a ready one.
set -eu

packages="g++ cmake libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libfmt-dev doctest-dev libedit-dev"
# `framewise scan` reads pyproject.toml, Pipfile and the lock files with toml++ (header-only).
packages="$packages libtomlplusplus-dev"
# framewise links statically (cmake/StaticLink.cmake): the archives libedit.a needs.
packages="$packages libbsd-dev libmd-dev libncurses-dev"
# The man-page test renders man/framewise.1 with man-db and groff; the schema
# test validates with python3-jsonschema (YAML profiles read by python3-yaml);
# the SARIF test installs Microsoft's SARIF multitool with npm, which Debian's
# nodejs and npm provide when no npm is installed (e.g. from NodeSource). The
# durability test traces the binary's system calls with strace; `make coverage`
# summarises gcov's counts with gcovr.
if [ "${1:-}" = "--test" ]; then
    packages="$packages man-db groff-base python3 python3-jsonschema python3-yaml strace gcovr"
    # The README check runs its examples, some piped to jq; the format check
    # runs Debian 12's clang-format.
    packages="$packages jq clang-format-14"
    command -v npm >/dev/null 2>&1 || packages="$packages nodejs npm"
    # The completion tests run each shell; the packaging tests build the .deb
    # (dpkg-dev for dpkg-shlibdeps and dpkg-parsechangelog, file for its
    # linkage), run lintian, a venv (python3-venv) for the wheel, pre-commit
    # for the hook; git makes the throwaway repositories.
    packages="$packages bash-completion zsh fish dpkg-dev file lintian python3-venv pre-commit git"
fi
# `make deb` needs dpkg-shlibdeps (dpkg-dev) for Depends:, `make wheel` python3.
[ "${1:-}" = "--package" ] && packages="$packages dpkg-dev python3"
# `make fuzz` builds the libFuzzer targets with clang and its sanitizer runtimes.
[ "${1:-}" = "--fuzz" ] && packages="$packages clang-14 libclang-rt-14-dev"

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

echo "framewise: installing missing Debian packages:$missing" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || {
        echo "framewise: need root (or sudo) to install:$missing" >&2
        exit 1
    }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists yet; refresh them once before installing.
$sudo apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
