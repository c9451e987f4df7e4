#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, one after another, and prints
# libFuzzer's final figures per target: executions, executions per second, coverage (`cov`:
# edges, `ft`: features), corpus size, peak memory, and whether it found a crash.
#   Tools/fuzz-all.sh SECONDS [TARGET...]
# A benchmark-style job, not run by CI. Each run's log is kept in .build/fuzz/logs/TARGET.log;
# a crash is written to .build/fuzz/crashes/ (see Tools/fuzz.sh).
set -u
cd "$(dirname "$0")/.."
seconds=${1:?usage: Tools/fuzz-all.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tmx jsonl segment html dict)
mkdir -p .build/fuzz/logs
printf '%-8s %8s %12s %8s %7s %7s %7s %8s  %s\n' target seconds executions exec/s cov ft corpus rss_mb result
for target in "${targets[@]}"; do
  log=.build/fuzz/logs/$target.log
  bash Tools/fuzz.sh "$target" "$seconds" >"$log" 2>&1
  status=$?
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|NEW|REDUCE|pulse|INITED)' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corpus=$(sed -n 's/.* corp: \([0-9]*\)\/.*/\1/p' <<<"$done_line")
  if [ "$status" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $status; see $log)"
  fi
  printf '%-8s %8s %12s %8s %7s %7s %7s %8s  %s\n' "$target" "$seconds" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "${cov:--}" "${ft:--}" "${corpus:--}" "$(stat peak_rss_mb)" "$result"
done
