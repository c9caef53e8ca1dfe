#!/usr/bin/env bash
# Runs one golden case. tests/golden/<lang>/<name>.test holds header lines
#   # args: <dyad arguments>
#   # exit: <expected exit code>      (optional, default 0)
# and the input <name>.txt (fed on stdin) and expected stdout <name>.expected beside it.
# To update after an intended change:
#   tests/golden/run_golden.sh build/dyad tests/golden/<lang>/<name>.test --update
set -uo pipefail
dyad=$1
case_file=$2
mode=${3:-}
dir=$(dirname "$case_file")
name=$(basename "$case_file" .test)
args=$(sed -n 's/^# args: //p' "$case_file" | head -1)
want_exit=$(sed -n 's/^# exit: //p' "$case_file" | head -1)
want_exit=${want_exit:-0}
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# shellcheck disable=SC2086
"$dyad" $args < "$dir/$name.txt" > "$actual"
got_exit=$?
if [ "$mode" = "--update" ]; then
  cp "$actual" "$dir/$name.expected"
  echo "updated $dir/$name.expected"
  exit 0
fi
if [ "$got_exit" != "$want_exit" ]; then
  echo "golden: $case_file: exit code $got_exit, expected $want_exit" >&2
  exit 1
fi
if ! diff -u "$dir/$name.expected" "$actual"; then
  echo "golden mismatch: $case_file (update: $0 $dyad $case_file --update)" >&2
  exit 1
fi
