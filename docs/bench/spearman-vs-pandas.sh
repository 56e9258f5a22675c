#!/usr/bin/env bash
# Pairwise Spearman matrix, 60 Likert items x 100,000 respondents (10% missing at random, seeded):
# FactorStudio in-process after warm-up versus pandas DataFrame.corr(method="spearman") on the same file,
# in one run, with the values compared to 1e-12. Needs a build (./mvnw -B clean verify -DskipTests) and
# Debian's python3-pandas. Run from the repository root: bash docs/bench/spearman-vs-pandas.sh
set -euo pipefail
folder=${1:-/tmp/factorstudio-spearman-bench}
CP=bundles/org.factorstudio.analysis/target/classes:bundles/org.factorstudio.analysis.tests/target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
java -cp "$CP" org.factorstudio.analysis.stats.LikertSpearmanMatrixBenchmark --vs-pandas "$folder" | tee "$folder.java.txt"
median=$(sed -n 's/.*wall median \([0-9.]*\) s.*/\1/p' "$folder.java.txt" | head -1)
/usr/bin/python3 "$(dirname "$0")/spearman_pandas.py" "$folder" "$median"
