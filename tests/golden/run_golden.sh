#!/usr/bin/env bash
# Runs one golden case: tests/golden/<lang>/<name>.test holds a header line
#   # args: <dyad arguments>
# and the input file <name>.txt and expected output <name>.expected beside it.
set -euo pipefail
dyad=$1
case_file=$2
dir=$(dirname "$case_file")
name=$(basename "$case_file" .test)
args=$(sed -n 's/^# args: //p' "$case_file" | head -1)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
# shellcheck disable=SC2086
"$dyad" $args < "$dir/$name.txt" > "$actual"
if ! diff -u "$dir/$name.expected" "$actual"; then
  echo "golden mismatch: $case_file (update with: $dyad $args < $dir/$name.txt > $dir/$name.expected)" >&2
  exit 1
fi
