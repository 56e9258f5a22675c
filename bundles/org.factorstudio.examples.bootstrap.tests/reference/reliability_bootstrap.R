# Reference bootstrap intervals of alpha and omega for the example, computed independently of
# FactorStudio with R (boot, psych, lavaan, semTools from Debian).
#
#   Rscript bundles/org.factorstudio.examples.bootstrap.tests/reference/reliability_bootstrap.R
#
# writes beside this script:
# - reliability_bootstrap_resamples.csv: R's resamples (set.seed(42), sample.int(n, n, replace = TRUE)
#   per replicate, 1-based row numbers of the index's complete rows), so the Java test replays exactly
#   the resamples R used and the intervals must agree to the optimiser's precision, not only within
#   Monte-Carlo error;
# - reliability_bootstrap_reference.csv: per index and coefficient the estimate and the 95 % percentile
#   interval, quantiles by boot:::norm.inter as boot.ci(type = "perc") takes them.
#
# Data: examples/municipal-automation/responses.csv, the statements of two indices of the example study
# (Prosessorientering with q67 reversed on 1..5 as 6 - x; Ledelsesinvolvering), the respondents who
# answered every statement. Coefficients: psych::alpha raw_alpha; omega from lavaan::cfa(std.lv = TRUE)
# optimised tightly (BFGS, reltol 1e-16) and semTools::compRelSEM with obs.var = FALSE ("implied") and
# TRUE ("observed").
suppressPackageStartupMessages({ library(boot); library(psych); library(lavaan); library(semTools) })
options(digits = 17)
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(script) == 1) dirname(normalizePath(script)) else getwd()
root <- normalizePath(file.path(here, "..", "..", ".."))
resp <- read.csv(file.path(root, "examples/municipal-automation/responses.csv"))

B <- 200
level <- 0.95
indices <- list(
  Prosessorientering = c("q58", "q59", "q61", "q63", "q65", "q66", "q67", "q70"),
  Ledelsesinvolvering = c("q12", "q32", "q33", "q34", "q35", "q62"))
reversed <- c("q67")

coefficients <- function(x) {
  a <- psych::alpha(x, warnings = FALSE, check.keys = FALSE)$total$raw_alpha
  fit <- lavaan::cfa(paste("f =~", paste(colnames(x), collapse = " + ")), data = x, std.lv = TRUE,
                     optim.method = "BFGS", control = list(reltol = 1e-16, maxit = 10000))
  if (!lavaan::lavInspect(fit, "converged")) return(c(a, NA, NA))
  c(a, semTools::compRelSEM(fit, obs.var = FALSE)[["f"]], semTools::compRelSEM(fit, obs.var = TRUE)[["f"]])
}

resamples <- list(); rows <- list()
for (name in names(indices)) {
  x <- resp[, indices[[name]]]
  for (v in intersect(reversed, colnames(x))) x[[v]] <- 6 - x[[v]]
  x <- x[complete.cases(x), ]
  n <- nrow(x)
  set.seed(42)
  picks <- t(replicate(B, sample.int(n, n, replace = TRUE)))
  resamples[[name]] <- data.frame(index = name, replicate = seq_len(B),
                                  rows = apply(picks, 1, paste, collapse = " "))
  est <- coefficients(x)
  reps <- t(apply(picks, 1, function(i) coefficients(x[i, ])))
  for (c in 1:3) {
    t <- reps[, c]; t <- sort(t[is.finite(t)])
    q <- boot:::norm.inter(t, c((1 - level) / 2, (1 + level) / 2))[, 2]
    rows[[length(rows) + 1]] <- data.frame(index = name, n = n,
      coefficient = c("alpha", "omega (implied)", "omega (observed)")[c],
      estimate = est[c], lower = q[1], upper = q[2], replicates = length(t))
  }
}
write.csv(do.call(rbind, resamples), file.path(here, "reliability_bootstrap_resamples.csv"), row.names = FALSE)
write.csv(do.call(rbind, rows), file.path(here, "reliability_bootstrap_reference.csv"), row.names = FALSE)
cat(sprintf("%s, boot %s, psych %s, lavaan %s, semTools %s\n", R.version.string, packageVersion("boot"),
            packageVersion("psych"), packageVersion("lavaan"), packageVersion("semTools")))
