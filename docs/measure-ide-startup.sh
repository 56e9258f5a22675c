#!/usr/bin/env bash
# Measures the time from launching the IDE to the example's results in the result views.
#
#   docs/measure-ide-startup.sh [RUNS]        (default 5 runs; starts Xvfb when there is no display)
#
# Each run is
#   ./factorstudio ide --analyze examples/municipal-automation/municipal-automation.study \
#       --exit-after-analysis <fresh workspace>
# i.e. the product with its usual JVM options and -Dfactorstudio.analyze / -Dfactorstudio.exitAfterAnalysis.
# The IDE schedules the run before its window opens, opens the study in an editor and, once the views
# show the results, prints "FactorStudio: results of ... shown N ms after launch (workbench window
# open at W ms, analysis M ms)", N and W counted from the JVM's start, then exits. The script also
# reports the wall time from starting ./factorstudio to the exit and the CPU time (user + sys) of the run,
# which the other processes on a shared machine disturb less than the wall time. Run 1 starts without the OSGi
# framework cache (as the first launch after an install does); later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
study="$PWD/examples/municipal-automation/municipal-automation.study"
ide="$PWD/releng/org.factorstudio.repository/target/products/org.factorstudio.product.ide/linux/gtk/x86_64/factorstudio-ide"

./factorstudio --version >/dev/null   # builds the products if they are missing or stale

if [ -z "${DISPLAY:-}" ]; then
  display=":$((RANDOM % 400 + 500))"
  Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY="$display"
  sleep 1
fi

echo "$(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
rm -rf "$ide/configuration/org.eclipse.osgi"
for run in $(seq 1 "$runs"); do
  workspace="$(mktemp -d)"
  cpu="$(mktemp)"
  start=$(date +%s%N)
  line="$(/usr/bin/time -o "$cpu" -f '%U %S' ./factorstudio ide --analyze "$study" --exit-after-analysis "$workspace" \
    2>/dev/null | grep -m1 '^FactorStudio: ' || true)"
  end=$(date +%s%N)
  rm -rf "$workspace"
  # CPU time (user + sys of the JVM, to its exit) does not grow with the other processes' load as wall time does
  read -r user sys < "$cpu" && rm -f "$cpu"
  echo "run $run: wall $(( (end - start) / 1000000 )) ms to exit, CPU ${user} s user + ${sys} s sys, load $(cut -d' ' -f1 /proc/loadavg); ${line:-no result line (see the IDE log)}"
done
