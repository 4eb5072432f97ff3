#!/bin/sh
# Check that a man page renders cleanly: no groff/man warnings, a zero exit
# status, and the sections every page needs.
# Usage: sh tests/check_man_page.sh man/framewise.1
set -u

page=${1:-}
if [ -z "$page" ]; then
  echo "usage: $0 MAN-PAGE" >&2
  exit 2
fi
if [ ! -r "$page" ]; then
  echo "check_man_page: cannot read '$page'" >&2
  exit 1
fi
if ! command -v man >/dev/null 2>&1; then
  echo "check_man_page: 'man' is not installed (install man-db and groff-base)" >&2
  exit 1
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Render with warnings on; anything on stderr is a failure.
status=0
MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" \
  >/dev/null 2>"$tmp/warnings" || status=$?
if [ "$status" -ne 0 ] || [ -s "$tmp/warnings" ]; then
  echo "check_man_page: $page does not render cleanly (man exit status $status):" >&2
  cat "$tmp/warnings" >&2
  exit 1
fi

# 2. The rendered text has the required sections (as headings at column 0).
# Output to a pipe is plain text unless MAN_KEEP_FORMATTING asks otherwise.
unset MAN_KEEP_FORMATTING
MANWIDTH=80 LC_ALL=C.UTF-8 man -E UTF-8 -l "$page" >"$tmp/text" 2>/dev/null
missing=0
for section in 'NAME' 'SYNOPSIS' 'EXIT STATUS'; do
  if ! grep -q "^$section\$" "$tmp/text"; then
    echo "check_man_page: $page has no '$section' section" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1
exit 0
