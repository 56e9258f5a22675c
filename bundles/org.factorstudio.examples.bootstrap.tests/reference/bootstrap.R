# Reference bootstrap intervals for the municipal-automation example, computed independently of
# FactorStudio with R's boot package (Debian r-cran-boot).
#
#   Rscript bundles/org.factorstudio.examples.bootstrap.tests/reference/bootstrap.R
#
# from the repository root writes bootstrap_reference.csv beside this script.
#
# Input: the reference index scores of the example under its study's rule "all" (every statement of
# an index answered), examples/municipal-automation/expected/index_scores_all.csv, computed by
# expected/compute.R from responses.csv and the index definitions.
#
# For each factor's index against the dependent Automatisering: Spearman's rho over the pairwise
# complete cases, the ordinary nonparametric bootstrap of those cases (boot::boot, stype "i"), and
# boot::boot.ci types "perc" and "bca" at 95 %. The BCa acceleration uses the jackknife of
# Efron & Tibshirani (1993), eq. 14.15, centred at the mean of the leave-one-out estimates; it is
# passed to boot.ci as L, because boot's own empinf(type = "jack") centres at the full-sample
# estimate instead (a difference of order 1/n in a). Replicates whose rho is undefined (a resample
# with zero variance) are dropped, as boot.ci does.
#
# The same seed cannot reproduce FactorStudio's replicates (R uses Mersenne-Twister with its own
# seeding, FactorStudio Commons Math's WELL19937c), so the test compares within a Monte-Carlo
# tolerance; it is run at two replicate counts, 2000 (the example's) and 20000 (for a tight check).

suppressPackageStartupMessages(library(boot))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()
root <- normalizePath(file.path(here, "..", "..", ".."))
scores <- read.csv(file.path(root, "examples/municipal-automation/expected/index_scores_all.csv"),
                   check.names = FALSE, encoding = "UTF-8")

dependent <- "Automatisering"
factors <- setdiff(names(scores), c("respondent_id", dependent))
level <- 0.95
seed <- 42

rho <- function(d, i) suppressWarnings(cor(d[i, 1], d[i, 2], method = "spearman"))

rows <- list()
for (replicates in c(2000, 20000)) {
  for (f in factors) {
    d <- scores[, c(f, dependent)]
    d <- d[complete.cases(d), ]
    n <- nrow(d)
    set.seed(seed)
    b <- boot(d, rho, R = replicates)
    jack <- sapply(seq_len(n), function(i) rho(d, seq_len(n)[-i]))
    L <- (n - 1) * (mean(jack) - jack)
    acceleration <- sum(L^3) / (6 * sum(L^2)^1.5)
    t <- b$t[is.finite(b$t)]
    ci <- boot.ci(b, conf = level, type = c("perc", "bca"), L = L)
    rows[[length(rows) + 1]] <- data.frame(
      replicates = replicates, index_variable = f, n = n, rho = b$t0,
      percentile_lower = ci$percent[4], percentile_upper = ci$percent[5],
      bca_lower = ci$bca[4], bca_upper = ci$bca[5],
      z0 = qnorm(sum(t < b$t0) / length(t)), acceleration = acceleration,
      bootstrap_se = sd(t), finite_replicates = length(t))
  }
}
out <- do.call(rbind, rows)
write.csv(out, file.path(here, "bootstrap_reference.csv"), row.names = FALSE, fileEncoding = "UTF-8")
cat(sprintf("%s, boot %s: %d rows written\n", R.version.string, packageVersion("boot"), nrow(out)))
