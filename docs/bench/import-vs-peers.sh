#!/usr/bin/env bash
# Survey import benchmark, FactorStudio against its peers on the same file in one run:
#   1,000,000 rows x 200 Likert items from CSV (about 400 MB):
#     FactorStudio's CSV importer (bound to 200 items on 1..5, respondent ids checked),
#     R data.table::fread with setDTthreads(2), and pandas read_csv (C engine);
#   then FactorStudio's XLSX importer on a 100,000 x 50 workbook.
# Each tool runs RUNS+1 times; the first run of each is a warm-up (JIT, page cache) and is not counted.
# Reported: the median of the counted runs, and each peer's time divided by FactorStudio's.
#
# Usage (from the repository root, after ./mvnw -B -ntp clean verify):
#   docs/bench/import-vs-peers.sh            # RUNS=3 ROWS=1000000 ITEMS=200 XLSX_ROWS=100000 XLSX_ITEMS=50
# Needs: java 17, Rscript with data.table (Debian: r-cran-data.table), python3 with pandas (python3-pandas;
# PYTHON=/path/to/python3 chooses another interpreter).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
# Debian's python3 has python3-pandas; a python3 earlier on the PATH (pyenv) may not
PYTHON=${PYTHON:-/usr/bin/python3}
ROWS=${ROWS:-1000000}
ITEMS=${ITEMS:-200}
XLSX_ROWS=${XLSX_ROWS:-100000}
XLSX_ITEMS=${XLSX_ITEMS:-50}
TMP=${TMPDIR:-/tmp}
CSV=${CSV:-$TMP/factorstudio-bench-${ROWS}x${ITEMS}-s42.csv}
XLSX=${XLSX:-$TMP/factorstudio-bench-${XLSX_ROWS}x${XLSX_ITEMS}-s42.xlsx}
M2=${M2:-$HOME/.m2/repository}

CLASSES=bundles/org.factorstudio.data/target/classes:bundles/org.factorstudio.data.tests/target/classes
for d in bundles/org.factorstudio.data/target/classes bundles/org.factorstudio.data.tests/target/classes; do
  [ -d "$d" ] || { echo "missing $d: build first (./mvnw -B -ntp clean verify)" >&2; exit 2; }
done
JARS=(
  de/siegmar/fastcsv/4.1.0/fastcsv-4.1.0.jar
  org/dhatim/fastexcel-reader/0.19.0/fastexcel-reader-0.19.0.jar
  com/fasterxml/aalto-xml/1.3.3/aalto-xml-1.3.3.jar
  org/codehaus/woodstox/stax2-api/4.2.2/stax2-api-4.2.2.jar
  org/apache/commons/commons-compress/1.27.1/commons-compress-1.27.1.jar
  commons-io/commons-io/2.16.1/commons-io-2.16.1.jar
  org/apache/commons/commons-lang3/3.16.0/commons-lang3-3.16.0.jar
  commons-codec/commons-codec/1.17.1/commons-codec-1.17.1.jar
)
CP=$CLASSES
for j in "${JARS[@]}"; do
  [ -f "$M2/$j" ] || { echo "missing $M2/$j: build first" >&2; exit 2; }
  CP=$CP:$M2/$j
done

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
N=$((RUNS + 1))

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== file: $CSV"

echo "== FactorStudio CSV import (generates the file if it is missing)"
java -Xmx2g -cp "$CP" org.factorstudio.data.CsvImportBenchmark --rows "$ROWS" --items "$ITEMS" --runs "$N" \
  --threads 2 --file "$CSV" | tee "$OUT/java.txt"
grep -o '^run [0-9]*: [0-9.]* s' "$OUT/java.txt" | awk '{print $3}' > "$OUT/java.s"

echo "== R data.table::fread, 2 threads"
Rscript -e '
suppressMessages(library(data.table)); setDTthreads(2L)
args <- commandArgs(trailingOnly = TRUE); f <- args[1]; n <- as.integer(args[2])
cat(sprintf("R %s, data.table %s, threads %d\n", getRversion(), packageVersion("data.table"), getDTthreads()))
for (i in seq_len(n)) {
  t <- system.time(d <- fread(f, showProgress = FALSE))[["elapsed"]]
  cat(sprintf("run %d: %.3f s wall, %d rows x %d columns\n", i, t, nrow(d), ncol(d)))
  rm(d); invisible(gc())
}' "$CSV" "$N" | tee "$OUT/r.txt"
grep -o '^run [0-9]*: [0-9.]* s' "$OUT/r.txt" | awk '{print $3}' > "$OUT/r.s"

echo "== pandas read_csv"
"$PYTHON" - "$CSV" "$N" <<'PY' | tee "$OUT/py.txt"
import gc, sys, time
import pandas as pd
f, n = sys.argv[1], int(sys.argv[2])
print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}")
for i in range(1, n + 1):
    t0 = time.perf_counter()
    d = pd.read_csv(f)
    t = time.perf_counter() - t0
    print(f"run {i}: {t:.3f} s wall, {d.shape[0]} rows x {d.shape[1]} columns", flush=True)
    del d
    gc.collect()
PY
grep -o '^run [0-9]*: [0-9.]* s' "$OUT/py.txt" | awk '{print $3}' > "$OUT/py.s"

echo "== FactorStudio XLSX import (generates the workbook if it is missing)"
java -Xmx2g -cp "$CP" org.factorstudio.data.XlsxImportBenchmark --rows "$XLSX_ROWS" --items "$XLSX_ITEMS" \
  --runs "$N" --file "$XLSX" | tee "$OUT/xlsx.txt"
grep -o '^run [0-9]*: [0-9.]* s' "$OUT/xlsx.txt" | awk '{print $3}' > "$OUT/xlsx.s"

# median of runs 2..N
median() { tail -n +2 "$1" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
J=$(median "$OUT/java.s"); R=$(median "$OUT/r.s"); P=$(median "$OUT/py.s"); X=$(median "$OUT/xlsx.s")
echo
echo "== summary: median of runs 2-$N; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-46s | %9s | %16s |\n' "import of $ROWS x $ITEMS CSV ($(du -m "$CSV" | cut -f1) MB)" "seconds" "x FactorStudio"
printf '| %-46s | %9s | %16s |\n' "----" "----" "----"
printf '| %-46s | %9.3f | %16s |\n' "FactorStudio CsvImporter, 2 threads" "$J" "1.0"
printf '| %-46s | %9.3f | %16.1f |\n' "R data.table::fread, setDTthreads(2)" "$R" "$(echo "$R / $J" | bc -l)"
printf '| %-46s | %9.3f | %16.1f |\n' "pandas read_csv" "$P" "$(echo "$P / $J" | bc -l)"
printf '| %-46s | %9.3f | %16s |\n' "FactorStudio XlsxImporter, $XLSX_ROWS x $XLSX_ITEMS ($(du -m "$XLSX" | cut -f1) MB)" "$X" "-"
