#!/usr/bin/env bash
# Measurement kernels, FactorStudio in-process versus R on the same seeded synthetic data, in one run:
#   - polychoric matrix, 50 statements on 1..5 x 100,000 respondents (2 % missing):
#     PolychoricCorrelation (item thresholds) vs psych::polychoric(x, correct = 0)
#   - CFA, 10 correlated factors x 5 statements (50) on 10,000 respondents:
#     ConfirmatoryFactorAnalysis vs lavaan::cfa(model, data, std.lv = TRUE) (covariance included in both)
# Java: four runs in one JVM (the first includes JIT warm-up); R: one run each (elapsed time of system.time).
# Needs a build (./mvnw -B clean verify -DskipTests) and Debian's r-cran-psych and r-cran-lavaan.
# Run from the repository root: bash docs/bench/measurement-vs-r.sh [folder]
set -euo pipefail
folder=${1:-/tmp/factorstudio-measurement-bench}
mkdir -p "$folder"
CP=bundles/org.factorstudio.analysis/target/classes:bundles/org.factorstudio.analysis.tests/target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
java -cp "$CP" org.factorstudio.analysis.stats.MeasurementBenchmark --write "$folder"
echo "== FactorStudio (in-process, $(nproc) processors)"
java -cp "$CP" org.factorstudio.analysis.stats.MeasurementBenchmark
echo "== R"
Rscript - "$folder" <<'RSCRIPT'
folder <- commandArgs(trailingOnly = TRUE)[1]
suppressPackageStartupMessages({ library(psych); library(lavaan) })
cat(R.version.string, "psych", as.character(packageVersion("psych")), "lavaan", as.character(packageVersion("lavaan")),
    "cores used by psych:", getOption("mc.cores", 2L), "\n")
x <- read.csv(file.path(folder, "polychoric.csv"))
t <- system.time(pc <- psych::polychoric(x, correct = 0))
cat(sprintf("psych::polychoric 50 x 100000: %.3f s elapsed (rho[1,2] = %.6f)\n", t[["elapsed"]], pc$rho[1, 2]))
y <- read.csv(file.path(folder, "cfa.csv"))
model <- paste(sapply(0:9, function(f) paste0("F", f + 1, " =~ ", paste0("s", f * 5 + 1:5, collapse = " + "))),
               collapse = "\n")
t <- system.time(fit <- lavaan::cfa(model, data = y, std.lv = TRUE))
cat(sprintf("lavaan::cfa 10 factors x 50 on 10000: %.3f s elapsed (chi-square %.4f, CFI %.6f)\n", t[["elapsed"]],
            fitMeasures(fit, "chisq"), fitMeasures(fit, "cfi")))
RSCRIPT
