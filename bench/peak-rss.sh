#!/usr/bin/env bash
# Peak memory of a plain `java -jar target/selfeval.jar run` (no JVM options, as an operator would start it) over a
# folder of submissions, e.g. the inputs/ of a bench work folder. Samples every 0.2 s the VmHWM of the java process
# and of its children (run re-executes itself in a bounded child JVM) and prints the largest sum, the run's wall
# time and its exit code.
# usage (from the project root, after `mvn -B -q -DskipTests package`): bench/peak-rss.sh INPUTS_DIR [WORK_DIR]
set -euo pipefail
inputs="${1:?usage: bench/peak-rss.sh INPUTS_DIR [WORK_DIR]}"
work="${2:-$(mktemp -d)}"
rm -rf "$work/inbox" "$work/out" "$work/archive" "$work/failed"
mkdir -p "$work/inbox"
cp "$inputs"/*.xlsx "$work/inbox/"
count=$(ls "$work/inbox" | wc -l)

start=$(date +%s.%N)
java -jar target/selfeval.jar run --inbox "$work/inbox" --out "$work/out" --archive "$work/archive" \
  --failed "$work/failed" --settle 0 > "$work/run.log" 2>&1 &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  total=0
  for p in "$pid" $(pgrep -P "$pid" || true); do
    kb=$(awk '/^VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  [ "$total" -gt "$peak" ] && peak=$total
  sleep 0.2
done
status=0
wait "$pid" || status=$?
end=$(date +%s.%N)
echo "submissions: $count; exit code: $status; wall: $(echo "$end - $start" | bc) s; peak RSS (VmHWM, parent + children): $((peak / 1024)) MiB"
echo "log: $work/run.log"
