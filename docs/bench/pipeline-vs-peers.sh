#!/usr/bin/env bash
# End to end, as users run it: `./factorstudio analyze` against the same analysis in R (psych) and in
# pandas/SciPy, on three seeded studies (Likert 1..5, 10% missing, index variables of 5-10 items with
# 1-2 reversed, the first the dependent; spearman, pairwise, holm, partial, reliability):
#     60 items -> 12 indices x 100,000 respondents
#    200 items -> 30 indices x 100,000
#    200 items -> 30 indices x 1,000,000
# plus the bundled example with --quiet. Whole processes are timed (JVM, R and Python start-up, reading
# the CSV and, for FactorStudio, loading and validating the study and writing report.html, results.json
# and results.xmi), interleaved (FactorStudio, R, pandas, FactorStudio, ...), with /usr/bin/time -v for
# the wall time and the peak resident set size. Printed: median wall time, peak RSS (largest of the
# runs), FactorStudio's CPU time (user + system; it shows how far a busy machine stretched the wall time),
# each peer's time over FactorStudio's, and the largest difference of rho, p and alpha of
# FactorStudio and of pandas against R (first run; goal <= 1e-9).
#
# Usage (from the repository root, after ./mvnw -B -ntp clean verify -DskipTests or a first
# ./factorstudio run):
#   docs/bench/pipeline-vs-peers.sh
#   RUNS=5 PEER_RUNS_1M=1 STUDIES="200:30:1000000" docs/bench/pipeline-vs-peers.sh
#   R_MAX_ROWS=100000 docs/bench/pipeline-vs-peers.sh    (R only up to that many respondents: it needs more
#                                                        than 17 minutes for 1,000,000; pandas still runs)
# Needs: java 17, /usr/bin/time (Debian: time), Rscript with psych (r-base, r-cran-psych),
# /usr/bin/python3 with pandas and SciPy (python3-pandas, python3-scipy).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
# R and pandas need minutes per run on a million respondents: fewer runs there by default
PEER_RUNS_1M=${PEER_RUNS_1M:-1}
STUDIES=${STUDIES:-"60:12:100000 200:30:100000 200:30:1000000"}
SEED=${SEED:-42}
R_MAX_ROWS=${R_MAX_ROWS:-0}  # 0: R on every study
PYTHON=${PYTHON:-/usr/bin/python3}
DATA=${DATA:-${TMPDIR:-/tmp}/factorstudio-pipeline-bench}
BENCH=docs/bench

for tool in /usr/bin/time Rscript "$PYTHON" java; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# one timed run: label, log file, command...; appends "wall_s rss_mb cpu_s" to $OUT/<label>.times
timed() {
  local label=$1 log=$2
  shift 2
  if ! /usr/bin/time -v -o "$OUT/time.txt" "$@" >"$log" 2>&1; then
    echo "FAILED: $label: $*" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %.0f %.2f\n", wall, rss, cpu }' "$OUT/time.txt" | tee -a "$OUT/$label.times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak() { sort -n | tail -1; }

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== R $(Rscript -e 'cat(as.character(getRversion()), "psych", as.character(packageVersion("psych")))' 2>/dev/null)," \
  "pandas $("$PYTHON" -c 'import pandas, scipy; print(pandas.__version__, "scipy", scipy.__version__)')"

# FactorStudio builds its products on first use, and its first analysis records the OSGi state and the
# class-data archive (on the example, as a user's first run would); do both outside the timing
./factorstudio --version >/dev/null
./factorstudio analyze examples/municipal-automation/municipal-automation.study --out "$OUT/example-report" --quiet \
  >/dev/null 2>&1

# The bundled example first, on the machine as a user finds it: after minutes of both cores at full load (the
# studies below) this machine ran it about a third slower for a while (1.62 s at the end of a run of this
# script, 1.0-1.2 s standalone right after; docs/benchmarks.md)
echo "== bundled example (--quiet)"
for run in $(seq 1 "$RUNS"); do
  printf 'factorstudio run %d: ' "$run"
  timed "fs-example" "$OUT/fs.log" ./factorstudio analyze examples/municipal-automation/municipal-automation.study \
    --out "$OUT/example-report" --quiet
done

rows_table=()
for study in $STUDIES; do
  IFS=: read -r items indices rows <<<"$study"
  dir="$DATA/${items}x${indices}x${rows}-s$SEED"
  if [ ! -f "$dir/data.csv" ]; then
    echo "== generating $dir"
    "$PYTHON" "$BENCH/make_study.py" "$items" "$indices" "$rows" "$SEED" "$dir"
  fi
  key="${items}x${indices}x${rows}"
  peer_runs=$RUNS
  [ "$rows" -ge 1000000 ] && peer_runs=$PEER_RUNS_1M
  echo "== $items items -> $indices indices x $rows respondents ($RUNS runs, peers $peer_runs)"
  for run in $(seq 1 "$RUNS"); do
    printf 'factorstudio run %d: ' "$run"
    timed "fs-$key" "$OUT/fs.log" ./factorstudio analyze "$dir/bench.study" --out "$OUT/fs-report" --quiet
    with_r=1
    [ "$R_MAX_ROWS" -gt 0 ] && [ "$rows" -gt "$R_MAX_ROWS" ] && with_r=0
    if [ "$run" -le "$peer_runs" ]; then
      if [ $with_r = 1 ]; then
        printf 'R run %d: ' "$run"
        timed "r-$key" "$OUT/r.log" Rscript "$BENCH/pipeline.R" "$dir" "$OUT/r.csv"
      fi
      printf 'pandas run %d: ' "$run"
      timed "py-$key" "$OUT/py.log" "$PYTHON" "$BENCH/pipeline_pandas.py" "$dir" "$OUT/py.csv"
    fi
    if [ "$run" = 1 ] && [ "$peer_runs" -ge 1 ] && [ $with_r = 1 ]; then
      "$PYTHON" "$BENCH/compare_results.py" "$OUT/r.csv" "$OUT/fs-report/results.json" "$OUT/py.csv" \
        > "$OUT/diff-$key.txt"
      sed 's/^/  largest difference to R (rho, p, alpha, values compared): /' "$OUT/diff-$key.txt"
    fi
  done
  rows_table+=("$key")
done

# the inter-item Spearman matrix of all statements through analyze, on the largest study run above
ITEM_MATRIX=${ITEM_MATRIX:-1}
if [ "$ITEM_MATRIX" = 1 ] && [ -n "${dir:-}" ]; then
  sed 's/^\tcompatibility spss$/\tcompatibility spss\n\trun item_correlations/' "$dir/bench.study" > "$dir/bench-items.study"
  echo "== $key with run item_correlations ($items x $items statements)"
  for run in $(seq 1 "$RUNS"); do
    printf 'factorstudio run %d: ' "$run"
    timed "fs-items" "$OUT/fs.log" ./factorstudio analyze "$dir/bench-items.study" --out "$OUT/items-report" --quiet
  done
fi

echo
echo "| study | FactorStudio wall (median), CPU | peak RSS | R psych wall, RSS | R / FS | pandas/SciPy wall, RSS | pandas / FS | max diff to R: FS rho, p, alpha | pandas rho, p, alpha |"
echo "|---|---|---|---|---|---|---|---|---|"
for key in "${rows_table[@]}"; do
  fs=$(cut -d' ' -f1 "$OUT/fs-$key.times" | median)
  fsc=$(cut -d' ' -f3 "$OUT/fs-$key.times" | median)
  fsr=$(cut -d' ' -f2 "$OUT/fs-$key.times" | peak)
  if [ ! -f "$OUT/py-$key.times" ]; then # PEER_RUNS_1M=0: FactorStudio alone
    echo "| $key | ${fs} s, ${fsc} s | ${fsr} MB | not run | | not run | | | |"
    continue
  fi
  py=$(cut -d' ' -f1 "$OUT/py-$key.times" | median)
  pyr=$(cut -d' ' -f2 "$OUT/py-$key.times" | peak)
  if [ ! -f "$OUT/r-$key.times" ]; then # R_MAX_ROWS: pandas alone beside FactorStudio
    echo "| $key | ${fs} s, ${fsc} s | ${fsr} MB | not run | | ${py} s, ${pyr} MB | $(awk -v a="$py" -v b="$fs" 'BEGIN { printf "%.1fx", a / b }') | | |"
    continue
  fi
  r=$(cut -d' ' -f1 "$OUT/r-$key.times" | median)
  rr=$(cut -d' ' -f2 "$OUT/r-$key.times" | peak)
  fsd=$(awk '$1 == "factorstudio" { print $2 ", " $3 ", " $4 }' "$OUT/diff-$key.txt")
  pyd=$(awk '$1 == "pandas" { print $2 ", " $3 ", " $4 }' "$OUT/diff-$key.txt")
  echo "| $key | ${fs} s, ${fsc} s | ${fsr} MB | ${r} s, ${rr} MB | $(awk -v a="$r" -v b="$fs" 'BEGIN { printf "%.1fx", a / b }') | ${py} s, ${pyr} MB | $(awk -v a="$py" -v b="$fs" 'BEGIN { printf "%.1fx", a / b }') | $fsd | $pyd |"
done
ex=$(cut -d' ' -f1 "$OUT/fs-example.times" | median)
exr=$(cut -d' ' -f2 "$OUT/fs-example.times" | peak)
echo "| bundled example (--quiet) | ${ex} s | ${exr} MB | | | | | | |"
if [ -f "$OUT/fs-items.times" ]; then
  it=$(cut -d' ' -f1 "$OUT/fs-items.times" | median)
  itr=$(cut -d' ' -f2 "$OUT/fs-items.times" | peak)
  echo "| $key + run item_correlations | ${it} s | ${itr} MB | | | | | | |"
fi
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
