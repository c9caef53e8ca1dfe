#!/usr/bin/env bash
# Kills `dyad ingest` with SIGKILL at random moments and checks that a store finished by a last,
# uninterrupted run equals the store of one uninterrupted run: the same rows with the same ids in
# every table (the time a document was added aside). TRIALS times (default 8): a fresh store,
# KILLS (default 3) killed runs of the same command, each resuming the previous, then one run to
# the end and the comparison; 24 kills in all by default. The first kill of a trial comes at a
# random time (often during start-up: opening, creating the schema, loading models); the others
# when the store has reached a random number of documents, so they land in the middle of the
# work, between or inside transactions.
# usage: kill_test.sh DYAD [TRIALS] [KILLS]
set -euo pipefail
dyad=$1
trials=${2:-8}
kills=${3:-3}
command -v sqlite3 >/dev/null || { echo "kill_test: sqlite3 (Debian package sqlite3) is needed"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A generated corpus: short Dutch and English news items, and one broken line.
in=$work/in.jsonl
nl=("Iran levert drones aan Rusland." "Rusland valt Oekraïne aan met raketten."
    "De Verenigde Staten veroordelen de aanval van Rusland op Kyiv."
    "China en Rusland ondertekenen een akkoord over gas."
    "Duitsland stuurt tanks naar Oekraïne." "Teheran ontkent wapenleveranties aan Moskou.")
en=("Iran supplied drones to Russia." "Russia attacked Ukraine with missiles."
    "The United States condemned the Russian attack on Kyiv."
    "China and Russia signed an agreement on gas." "Germany will send tanks to Ukraine."
    "France met with Germany to discuss sanctions against Iran.")
for i in $(seq 0 299); do
  a=$((i % 6)); b=$(((i + 2) % 6)); c=$(((i + 4) % 6))
  if ((i % 2)); then lang=nl; t="${nl[a]} ${nl[b]} ${nl[c]}"; else lang=en; t="${en[a]} ${en[b]} ${en[c]}"; fi
  printf '{"id":"gen-%02d","lang":"%s","date":"2022-12-%02d","text":"%s"}\n' "$i" "$lang" $((i % 28 + 1)) "$t"
  if ((i == 130)); then echo '{"id":"broken",'; fi
done > "$in"

ingest() {  # ingest DB: the same command every time
  "$dyad" ingest --db "$1" --threads 2 --batch 3 --progress none "$in" 2>/dev/null
}
dump() {
  sqlite3 -readonly "$1" <<'SQL'
SELECT id, doc_id, hash, date, lang, source, n_tokens, n_sentences, n_events, text FROM documents ORDER BY id;
SELECT * FROM events ORDER BY id;
SELECT * FROM clusters ORDER BY id;
SELECT * FROM actors ORDER BY id;
SELECT * FROM errors ORDER BY id;
SQL
}
now_ms() { date +%s%3N; }

# The reference run, and how long start-up (an empty input) and a whole run take.
t0=$(now_ms); ingest "$work/ref.sqlite" || true; t1=$(now_ms)
whole=$((t1 - t0))
docs=$(sqlite3 -readonly "$work/ref.sqlite" "SELECT count(*) FROM documents")
events=$(sqlite3 -readonly "$work/ref.sqlite" "SELECT count(*) FROM events")
echo "reference: $docs documents, $events events, ${whole} ms"
[ "$docs" -gt 0 ] || { echo "kill_test: the reference run stored nothing"; exit 1; }

count_docs() {
  sqlite3 -readonly "$1" "SELECT count(*) FROM documents" 2>/dev/null || echo 0
}
db=$work/killed.sqlite
partial=0
total=0
for t in $(seq 1 "$trials"); do
  rm -f "$db" "$db-wal" "$db-shm"
  line="trial $t:"
  for k in $(seq 1 "$kills"); do
    n=$([ -f "$db" ] && count_docs "$db" || echo 0)
    # dyad itself in the background (not the shell function: `func &` forks a subshell, and
    # SIGKILL to the subshell would leave dyad running)
    "$dyad" ingest --db "$db" --threads 2 --batch 3 --progress none "$in" 2>/dev/null &
    pid=$!
    if ((k == 1)); then
      delay=$((RANDOM % whole))
      sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
      what="at ${delay} ms"
    else
      target=$((n + 1 + RANDOM % (docs - n > 1 ? docs - n - 1 : 1)))
      while kill -0 "$pid" 2>/dev/null; do
        [ -f "$db" ] && (($(count_docs "$db") >= target)) && break
        sleep 0.005
      done
      what="at >= $target documents"
    fi
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    total=$((total + 1))
    n=$([ -f "$db" ] && count_docs "$db" || echo 0)
    if ((n > 0 && n < docs)); then partial=$((partial + 1)); fi
    line="$line killed $what: $n/$docs stored;"
  done
  "$dyad" ingest --db "$db" --threads 2 --batch 3 --progress none "$in" 2>"$work/last.log" || true
  if ! diff <(dump "$work/ref.sqlite") <(dump "$db") >"$work/diff"; then
    echo "$line"
    head -5 "$work/diff" | cut -c1-200
    cat "$work/last.log"
    echo "kill_test: FAILED in trial $t: the stores differ"
    exit 1
  fi
  echo "$line equal"
done
echo "kill_test: $total kills ($partial left a partly filled store); every finished store equals the uninterrupted one"
