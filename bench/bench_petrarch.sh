#!/bin/sh
# PETRARCH compatibility speed: load time of the full Phoenix actor dictionaries + CAMEO.2.0
# verbs (imported with `dyad lang import-petrarch`), and coding speed of the validation records
# with their parses supplied (--use-parse) and from raw text. One thread.
#   bench/bench_petrarch.sh [build-dir]
set -eu
BUILD=${1:-build}
SHARED=${DYAD_SHARED:-$(dirname "$0")/../../shared}
P2=$SHARED/dictionaries/petrarch2
XML=$SHARED/events/petrarch/validate-2.02.dev.xml
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
/usr/bin/time -f "import: %e s, %M KB" "$BUILD/dyad" lang import-petrarch --quiet --out "$OUT" \
  "$P2/Phoenix.Countries.actors.txt" "$P2/Phoenix.International.actors.txt" \
  "$P2/Phoenix.MilNonState.actors.txt" "$P2/Phoenix.agents.txt" "$P2/CAMEO.2.0.txt" \
  "$P2/Phoenix.discards.txt" "$P2/Phoenix.IssueCoding.txt" 2>&1 | grep -v '^/' | tail -4
echo "-- Phoenix + CAMEO.2.0, parses supplied (x20):"
"$BUILD/dyad" eval petrarch "$XML" --dicts "$OUT" --use-parse --repeat 20 | tail -1
echo "-- Phoenix + CAMEO.2.0, from raw text (x5):"
"$BUILD/dyad" eval petrarch "$XML" --dicts "$OUT" --repeat 5 | tail -1
