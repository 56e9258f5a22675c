# The benchmark study's analysis in R with psych, as a methodologist would write it:
#   index scores  rowMeans of the answered items after reversal (6 - x), na.rm = TRUE (the study's
#                 "min 1", SPSS MEAN.1; psych::scoreItems(impute = "none") gives the same means)
#   matrix        psych::corr.test(method = "spearman", use = "pairwise", adjust = "holm")
#   dependent     its row of that matrix, Holm over the factors
#   reliability   psych::alpha on the reversed items (pairwise covariances, psych's default)
#   partials      Spearman partials of each factor with the dependent given all other factors:
#                 listwise, ranks, solve() of the rank-correlation matrix, t with n - 2 - k df
# Usage: Rscript pipeline.R DIR OUT.csv   (DIR from make_study.py; Debian r-base, r-cran-psych)
args <- commandArgs(TRUE)
dir <- args[1]
out <- args[2]
suppressPackageStartupMessages(library(psych))

spec <- read.csv(file.path(dir, "spec.csv"), stringsAsFactors = FALSE)
d <- read.csv(file.path(dir, "data.csv"), colClasses = "integer")
indices <- unique(spec$index)
scores <- sapply(indices, function(ix) {
  s <- spec[spec$index == ix, ]
  m <- as.matrix(d[, s$item])
  m[, s$reversed == 1] <- 6L - m[, s$reversed == 1]
  rowMeans(m, na.rm = TRUE)
})
colnames(scores) <- indices

ct <- corr.test(scores, method = "spearman", use = "pairwise", adjust = "holm", ci = FALSE)
rows <- list()
p <- length(indices)
for (i in 1:(p - 1)) for (j in (i + 1):p) {
  rows[[length(rows) + 1]] <- data.frame(kind = "rho", name = paste(indices[i], indices[j]), value = ct$r[i, j])
  rows[[length(rows) + 1]] <- data.frame(kind = "p", name = paste(indices[i], indices[j]), value = ct$p[j, i])
}
dep_p <- p.adjust(ct$p[2:p, 1], "holm")
rows[[length(rows) + 1]] <- data.frame(kind = "p_holm_dependent", name = indices[2:p], value = dep_p)

for (ix in indices) {
  s <- spec[spec$index == ix, ]
  if (nrow(s) < 2) next
  m <- as.matrix(d[, s$item])
  m[, s$reversed == 1] <- 6L - m[, s$reversed == 1]
  a <- suppressWarnings(alpha(m, check.keys = FALSE, warnings = FALSE))
  rows[[length(rows) + 1]] <- data.frame(kind = "alpha", name = ix, value = a$total$raw_alpha)
}

complete <- scores[complete.cases(scores), , drop = FALSE]
r <- cor(apply(complete, 2, rank))
P <- solve(r)
n <- nrow(complete)
k <- p - 2
for (j in 2:p) {
  pr <- -P[1, j] / sqrt(P[1, 1] * P[j, j])
  t <- pr * sqrt((n - 2 - k) / (1 - pr^2))
  rows[[length(rows) + 1]] <- data.frame(kind = "partial_rho", name = indices[j], value = pr)
  rows[[length(rows) + 1]] <- data.frame(kind = "partial_p", name = indices[j], value = 2 * pt(-abs(t), n - 2 - k))
}
res <- do.call(rbind, rows)
res$value <- format(res$value, digits = 17)
write.csv(res, out, row.names = FALSE, quote = FALSE)
