#!/usr/bin/env bash
# Measures the time from launching the IDE to the example's results in the result views.
#
#   docs/measure-ide-startup.sh [RUNS]        (default 3 runs; needs Xvfb when there is no display)
#   JAVA_OPTS="..." docs/measure-ide-startup.sh   (extra JVM options, to compare settings)
#
# Each run starts the IDE product with a fresh workspace and the system properties
#   -Dfactorstudio.analyze=examples/municipal-automation/municipal-automation.study
#   -Dfactorstudio.exitAfterAnalysis=true
# The IDE opens the study in an editor, runs the analysis as a job (load, import, engine) and, once
# the views show the results, prints "FactorStudio: results of ... shown N ms after launch (analysis
# M ms)" (N measured from the JVM's start) and exits. The script also measures the wall time from
# starting java to that line. Run 1 uses a fresh copy of the product's configuration area (first
# launch after an install: OSGi resolves and caches every bundle); later runs reuse that copy.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
study="$PWD/examples/municipal-automation/municipal-automation.study"
ide="$PWD/releng/org.factorstudio.repository/target/products/org.factorstudio.product.ide/linux/gtk/x86_64/factorstudio-ide"

./factorstudio --version >/dev/null   # builds the products if they are missing or stale
launcher="$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"

if [ -z "${DISPLAY:-}" ]; then
  display=":$((RANDOM % 400 + 500))"
  Xvfb "$display" -screen 0 1400x900x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY="$display"
  sleep 1
fi

config="$(mktemp -d)"
cp -R "$ide/configuration/." "$config/"
echo "cpu: $(nproc) cores, $(java -version 2>&1 | head -1)"
for run in $(seq 1 "$runs"); do
  workspace="$(mktemp -d)"
  start=$(date +%s%N)
  line="$(java -Xmx2g ${JAVA_OPTS:-} -Dfactorstudio.analyze="$study" -Dfactorstudio.exitAfterAnalysis=true \
      -jar "$launcher" -configuration "$config" -data "$workspace" 2>/dev/null \
    | grep -m1 '^FactorStudio: ' || true)"
  end=$(date +%s%N)
  rm -rf "$workspace"
  echo "run $run: wall $(( (end - start) / 1000000 )) ms until exit; ${line:-no result line (see the IDE log)}"
done
rm -rf "$config"
