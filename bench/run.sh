#!/usr/bin/env bash
# Runs the syntax benchmark on ../shared/bench and prints the machine and command, ready to be
# recorded in bench/README.md.
set -euo pipefail
build=${1:-build}
shared=${DYAD_SHARED:-$(cd "$(dirname "$0")/.." && pwd)/../shared}
if [ ! -f "$shared/bench/nl-news.jsonl" ]; then
  echo "bench: $shared/bench not found (set DYAD_SHARED); nothing measured" >&2
  exit 0
fi
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "command: $build/bench_syntax $shared/bench/nl-news.jsonl $shared/bench/en-news.jsonl"
echo
"$build/bench_syntax" "$shared/bench/nl-news.jsonl" "$shared/bench/en-news.jsonl"
echo
echo "command: $build/bench_events $shared/bench/nl-news.jsonl $shared/bench/en-news.jsonl"
"$build/bench_events" "$shared/bench/nl-news.jsonl" "$shared/bench/en-news.jsonl"
