#!/usr/bin/env bash
# Wall-clock benchmark of the experiment engine, JVM start included (the issue's targets in brackets):
#   a 1,000-replicate 20-year ensemble of one arm (< 4 s on 2 cores), a two-arm 500-replicate comparison (< 5 s),
#   a Morris screening of 10 parameters, 20 trajectories, 10 replicates per point (< 30 s); and the same ensemble of
#   adaptive-region, every state's government deciding (within 1.5 times the scripted ensemble's time).
# Usage: simulation/bench/experiments.sh [THREADS] [REPEAT]   (builds the jar if missing; writes into a temporary
# directory). Prints wall, user+sys CPU seconds and the machine's load average per run, since other processes skew
# wall time; with REPEAT > 1 (default 1) each bench runs REPEAT times, then the best and median of each.
# Runs go through `./cascade cli`, so they get what a user gets (its JVM options and, on JDK 25+, its start-up cache,
# recorded before the first timed run); CASCADE_JAVA_OPTS adds JVM options, CASCADE_AOT=0 leaves the cache out.
set -euo pipefail
cd "$(dirname "$0")/../.."
./cascade cli --version > /dev/null
threads="${1:-$(nproc)}"
repeat="${2:-1}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sed -e 's/^replicates: .*/replicates: 500/' scenarios/experiments/compare.yaml \
  | awk '/- name: cable/ {skip=1} /^outcomes:/ {skip=0} !skip' > "$tmp/compare2.yaml"
sed -e 's/scenario: baseline/scenario: adaptive-region/' scenarios/experiments/ensemble.yaml > "$tmp/adaptive.yaml"
bench() { # name kind file
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S" -o "$tmp/cpu" ./cascade cli "$2" "$3" --out "$tmp/$1" --threads "$threads" \
    2> "$tmp/$1.err" || { cat "$tmp/$1.err" >&2; exit 1; }
  end=$(date +%s.%N)
  read -r user sys < "$tmp/cpu"
  local wall cpu
  wall=$(echo "$end - $start" | bc)
  cpu=$(echo "$user + $sys" | bc)
  echo "$wall $cpu" >> "$tmp/$1.times"
  printf '%-10s wall %6.2f s   cpu %6.2f s   runs %s   load %s\n' "$1" "$wall" "$cpu" \
    "$(grep -o '"runs": [0-9]*' "$tmp/$1/provenance.json" | cut -d' ' -f2)" "$(cut -d' ' -f1 /proc/loadavg)"
}
summary() { # name: best and median wall and cpu of its runs
  local n
  n=$(wc -l < "$tmp/$1.times")
  printf '%-10s best wall %6.2f s, median %6.2f s; best cpu %6.2f s, median %6.2f s (%d runs)\n' "$1" \
    "$(sort -n -k1 "$tmp/$1.times" | head -1 | cut -d' ' -f1)" \
    "$(sort -n -k1 "$tmp/$1.times" | sed -n "$(( (n + 1) / 2 ))p" | cut -d' ' -f1)" \
    "$(sort -n -k2 "$tmp/$1.times" | head -1 | cut -d' ' -f2)" \
    "$(sort -n -k2 "$tmp/$1.times" | sed -n "$(( (n + 1) / 2 ))p" | cut -d' ' -f2)" "$n"
}
for ((i = 1; i <= repeat; i++)); do
  bench ensemble ensemble scenarios/experiments/ensemble.yaml
  bench adaptive ensemble "$tmp/adaptive.yaml"
  bench compare2 compare "$tmp/compare2.yaml"
  bench morris sensitivity scenarios/experiments/morris.yaml
done
if [ "$repeat" -gt 1 ]; then
  for b in ensemble adaptive compare2 morris; do summary "$b"; done
fi
