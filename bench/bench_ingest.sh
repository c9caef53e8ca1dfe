#!/usr/bin/env bash
# Ingest speed on one and on two threads, and idempotence: `dyad ingest` of
# ../shared/bench/{nl,en}-news.jsonl into fresh stores, REPEAT times each (default 3), then a
# second ingest of the same input into the two-thread store, which must add 0 rows.
# Speed is the ingest's own time (reading, processing, storing; the engine's start-up excluded)
# as the summary line reports it; wall time is printed too.
# usage: bench/bench_ingest.sh [BUILD_DIR] [REPEAT]
set -euo pipefail
build=${1:-build}
repeat=${2:-3}
dyad=$build/dyad
shared=${DYAD_SHARED:-$(dirname "$0")/../../shared}
inputs=("$shared/bench/nl-news.jsonl" "$shared/bench/en-news.jsonl")
for f in "${inputs[@]}"; do [ -f "$f" ] || { echo "missing $f"; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rows() {
  sqlite3 -readonly "$1" "SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM events)
    + (SELECT count(*) FROM clusters) + (SELECT count(*) FROM actors) + (SELECT count(*) FROM errors)"
}
run() {  # run THREADS DB -> prints "ingest_seconds wall_seconds"
  local t0 t1 line
  t0=$(date +%s.%N)
  line=$("$dyad" ingest --db "$2" --threads "$1" --progress none "${inputs[@]}" 2>&1 | grep '^ingest:')
  t1=$(date +%s.%N)
  local secs
  secs=$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$line")
  echo "$secs $(echo "$t1 - $t0" | bc -l)"
}

# One and two threads alternate, so that both see the same machine load.
declare -A best=([1]=999999 [2]=999999)
for r in $(seq 1 "$repeat"); do
  for threads in 1 2; do
    db=$work/t$threads-$r.sqlite
    read -r secs wall < <(run "$threads" "$db")
    printf 'threads %d run %d: ingest %.2f s, wall %.2f s (load average %s)\n' "$threads" "$r" \
      "$secs" "$wall" "$(cut -d' ' -f1 /proc/loadavg)"
    if (($(echo "$secs < ${best[$threads]}" | bc -l))); then best[$threads]=$secs; fi
  done
done
printf 'best: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx\n' "${best[1]}" "${best[2]}" \
  "$(echo "${best[1]} / ${best[2]}" | bc -l)"

db=$work/t2-1.sqlite
before=$(rows "$db")
run 2 "$db" >/dev/null
after=$(rows "$db")
echo "second ingest of the same input: rows before $before, after $after, added $((after - before))"
