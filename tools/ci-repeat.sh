#!/usr/bin/env bash
# ci-repeat.sh [N] — the "passes N times in a row under load" check: N runs of .ci/run (default
# 5), each in a fresh clone of this checkout's HEAD, while a CPU-heavy process (a busy loop,
# REFLEXIO_CI_HOGS of them, default 1) runs alongside. Stops at the first failure and keeps
# that run's clone and log; prints each run's result and wall time.
set -euo pipefail
n="${1:-5}"
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/reflexio-ci-repeat-XXXXXX)
hogs=()
for _ in $(seq "${REFLEXIO_CI_HOGS:-1}"); do
  (while :; do :; done) &
  hogs+=($!)
done
trap 'kill "${hogs[@]}" 2>/dev/null || true' EXIT

for i in $(seq "$n"); do
  clone="$work/run-$i"
  git clone -q "$root" "$clone"
  start=$SECONDS
  if (cd "$clone" && CI=true bash .ci/run </dev/null >"$clone.log" 2>&1); then
    echo "run $i/$n passed in $((SECONDS - start)) s ($(grep -E '[0-9]+ passed' "$clone.log" | tail -1))"
    rm -rf "$clone"
  else
    echo "run $i/$n FAILED after $((SECONDS - start)) s: see $clone.log (clone kept in $clone)"
    tail -30 "$clone.log"
    exit 1
  fi
done
echo "all $n runs passed (logs in $work)"
