#!/bin/sh
# `cmake --install` puts every file where the README says, and the installed
# tree works on its own: copied elsewhere (the install prefix deleted), run
# from an unrelated directory with a bare environment, holding no path into
# the source or build tree. Also: each install directory is a cache variable.
#   check_install.sh BUILD_DIR SOURCE_DIR VERSION
set -eu
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log" || { cat "$work/install.log"; fail "cmake --install failed"; }

expected="bin/framewise
share/bash-completion/completions/framewise
share/doc/framewise/LICENSE
share/fish/vendor_completions.d/framewise.fish
share/framewise/schema/output.schema.json
share/framewise/schema/profile.schema.json
share/framewise/schema/rules.schema.json
share/man/man1/framewise.1
share/zsh/site-functions/_framewise"
for page in "$source"/man/*.5; do
    [ -f "$page" ] && expected="$expected
share/man/man5/$(basename "$page")"
done
actual=$(cd "$work/prefix" && find . -type f | sed 's|^\./||' | sort)
expected=$(printf '%s\n' "$expected" | sort)
[ "$actual" = "$expected" ] || fail "installed files differ:
$(printf '%s\n' "$expected" > "$work/e"; printf '%s\n' "$actual" > "$work/a"; diff "$work/e" "$work/a")"
[ -x "$work/prefix/bin/framewise" ] || fail "bin/framewise is not executable"
cmp "$source/man/framewise.1" "$work/prefix/share/man/man1/framewise.1"
cmp "$source/LICENSE" "$work/prefix/share/doc/framewise/LICENSE"
for schema in "$source"/data/schema/*.json; do
    cmp "$schema" "$work/prefix/share/framewise/schema/$(basename "$schema")"
done

# Out of reach of the source and build trees.
cp -R "$work/prefix" "$work/moved"
rm -rf "$work/prefix"
framewise="$work/moved/bin/framewise"
if grep -q -F "$source" "$framewise"; then fail "the installed binary holds the path $source"; fi
mkdir "$work/elsewhere"
cp "$source/data/examples/io-bound-api.yaml" "$work/elsewhere/framewise.yaml"
cd "$work/elsewhere"
run() { env -i PATH=/usr/bin:/bin HOME="$work/elsewhere" LC_ALL=C "$framewise" "$@"; }
run --version | grep -q "^framewise $version" || fail "--version printed '$(run --version)'"
run recommend --profile framewise.yaml --format json > recommendation.json
grep -q '"recommendation": "fastapi"' recommendation.json || fail "no FastAPI recommendation: $(head -c 300 recommendation.json)"
run check framewise.yaml > /dev/null || fail "check of an example profile failed"
for shell in bash zsh fish; do
    case $shell in
        bash) file=share/bash-completion/completions/framewise ;;
        zsh) file=share/zsh/site-functions/_framewise ;;
        fish) file=share/fish/vendor_completions.d/framewise.fish ;;
    esac
    run completion "$shell" | cmp - "$work/moved/$file" || fail "installed $file is not 'framewise completion $shell'"
done

# Every directory overridable at configure time (checked in the install script
# CMake writes; a scratch configure builds nothing).
cmake -S "$source" -B "$work/configured" -DBUILD_TESTING=OFF -DFRAMEWISE_BENCH=OFF \
    -DFRAMEWISE_BASH_COMPLETION_DIR=x/bash -DFRAMEWISE_ZSH_COMPLETION_DIR=/opt/x/zsh \
    -DFRAMEWISE_FISH_COMPLETION_DIR=x/fish -DFRAMEWISE_SCHEMA_INSTALL_DIR=x/schema > "$work/configure.log" 2>&1 ||
    { cat "$work/configure.log"; fail "configure with overridden directories failed"; }
for dir in '${CMAKE_INSTALL_PREFIX}/x/bash' '/opt/x/zsh' '${CMAKE_INSTALL_PREFIX}/x/fish' '${CMAKE_INSTALL_PREFIX}/x/schema'; do
    grep -q -F "DESTINATION \"$dir\"" "$work/configured/cmake_install.cmake" || fail "no install into $dir"
done
echo "installed $(echo "$expected" | wc -l) files; the moved copy runs"
