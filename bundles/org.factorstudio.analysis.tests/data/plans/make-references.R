# Reference values for the analysis plans of examples/municipal-automation/municipal-automation-plans.study
# (issue 16): the two robustness plans beside the primary one, computed with base R only (ppcor is not
# installed here; the partial correlation is the formula ppcor::pcor.test uses: r = -P[x,y]/sqrt(P[x,x]P[y,y])
# with P the inverse of the correlation matrix of the complete cases, t = r sqrt((n-2-k)/(1-r^2))).
#
#   Rscript make-references.R            (from this folder; reads the example study and its data)
#
# Writes references.csv: plan, kind (correlation | partial), x (index), n, df, r, p (one-tailed in the
# hypothesised direction), p_adj (Holm over the plan's families), supported; and versions.csv.
options(digits = 17)
example <- file.path("..", "..", "..", "..", "examples", "municipal-automation")
study <- readLines(file.path(example, "municipal-automation-plans.study"), encoding = "UTF-8")
data <- read.csv(file.path(example, "responses.csv"), fileEncoding = "UTF-8", check.names = FALSE)

# index X = q11, reversed q14, q29 (every index of this study needs all of its statements)
indices <- list()
for (line in grep("^index ", study, value = TRUE)) {
  name <- sub("^index (\\S+) .*", "\\1", line)
  members <- trimws(strsplit(sub("^index \\S+ (\"[^\"]*\" )?= ", "", line), ",")[[1]])
  indices[[name]] <- members
}
score <- function(members, min_valid = length(members)) {
  items <- sapply(members, function(m) {
    reversed <- startsWith(m, "reversed ")
    x <- data[[sub("^reversed ", "", m)]]
    if (reversed) 6 - x else x            # Likert5 1..5: min + max - x
  })
  valid <- rowSums(!is.na(items))
  s <- rowMeans(items, na.rm = TRUE)
  s[valid < min_valid] <- NA
  s
}
factors <- sub(".*factor (\\S+) measured by (\\S+).*", "\\2", grep("^\\s*factor ", study, value = TRUE))
dependent <- "Automatisering"
factors <- setdiff(factors, dependent)
hypotheses <- sub("^hypothesis (\\S+): (\\S+) .*", "\\1", grep("^hypothesis ", study, value = TRUE))
names(hypotheses) <- sub("^hypothesis (\\S+): (\\S+) .*", "\\2", grep("^hypothesis ", study, value = TRUE))

one_tailed_positive <- function(r, p2) ifelse(r > 0, p2 / 2, 1 - p2 / 2)

rows <- list()
add <- function(plan, kind, x, n, df, r, p) {
  rows[[length(rows) + 1]] <<- data.frame(plan = plan, kind = kind, x = x, n = n, df = df, r = r, p = p)
}

# Plan 'listwise': Spearman, listwise over all index variables, SPSS t approximation, one-tailed
# positive; Prosessorientering scored with at least 6 of its 8 statements.
scores <- as.data.frame(lapply(names(indices), function(i) score(indices[[i]],
  if (i == "Prosessorientering") 6 else length(indices[[i]]))))
names(scores) <- names(indices)
complete <- complete.cases(scores)
cs <- scores[complete, ]
for (f in factors) {
  n <- nrow(cs)
  rho <- cor(rank(cs[[f]]), rank(cs[[dependent]]))
  t <- rho * sqrt((n - 2) / (1 - rho^2))
  p2 <- 2 * pt(-abs(t), n - 2)
  add("listwise", "correlation", f, n, n - 2, rho, one_tailed_positive(rho, p2))
}
# partial Spearman controlling for all other factors (listwise over dependent and factors = all indices)
ranks <- sapply(cs[, c(dependent, factors)], rank)
P <- solve(cor(ranks))
for (j in seq_along(factors)) {
  n <- nrow(cs); k <- length(factors) - 1
  r <- -P[1, j + 1] / sqrt(P[1, 1] * P[j + 1, j + 1])
  t <- r * sqrt((n - 2 - k) / (1 - r^2))
  p2 <- 2 * pt(-abs(t), n - 2 - k)
  add("listwise", "partial", factors[j], n, n - 2 - k, r, one_tailed_positive(r, p2))
}

# Plan 'pearson_controls': Pearson, pairwise (cor.test), one-tailed positive; partials controlling for
# population_band and Ledelsesinvolvering (not for itself), listwise per factor.
scores <- as.data.frame(lapply(indices, score))
names(scores) <- names(indices)
for (f in factors) {
  test <- cor.test(scores[[f]], scores[[dependent]], method = "pearson", alternative = "greater")
  add("pearson_controls", "correlation", f, sum(complete.cases(scores[[f]], scores[[dependent]])),
      unname(test$parameter), unname(test$estimate), test$p.value)
}
for (f in factors) {
  controls <- setdiff(c("population_band", "Ledelsesinvolvering"), f)
  frame <- data.frame(y = scores[[dependent]], x = scores[[f]])
  for (c in controls) frame[[c]] <- if (c %in% names(scores)) scores[[c]] else data[[c]]
  frame <- frame[complete.cases(frame), ]
  n <- nrow(frame); k <- length(controls)
  P <- solve(cor(frame))
  r <- -P["x", "y"] / sqrt(P["x", "x"] * P["y", "y"])
  t <- r * sqrt((n - 2 - k) / (1 - r^2))
  p2 <- 2 * pt(-abs(t), n - 2 - k)
  add("pearson_controls", "partial", f, n, n - 2 - k, r, one_tailed_positive(r, p2))
}
out <- do.call(rbind, rows)

# Holm families. 'listwise' (no families declared): the correlations with the dependent; the partials.
# 'pearson_controls': family leadership = H5, H6, partial H5; the rest of each kind its own family.
out$p_adj <- NA
holm <- function(sel) out$p_adj[sel] <<- p.adjust(out$p[sel], method = "holm")
holm(out$plan == "listwise" & out$kind == "correlation")
holm(out$plan == "listwise" & out$kind == "partial")
leadership <- out$plan == "pearson_controls" & ((out$kind == "correlation" & out$x %in% c("Mål_Om_Digitalisering", "Ledelsesinvolvering"))
  | (out$kind == "partial" & out$x == "Mål_Om_Digitalisering"))
holm(leadership)
holm(out$plan == "pearson_controls" & out$kind == "correlation" & !leadership)
holm(out$plan == "pearson_controls" & out$kind == "partial" & !leadership)
out$hypothesis <- hypotheses[out$x]
out$supported <- out$kind == "correlation" & out$p_adj < 0.05 & out$r > 0

write.csv(out, "references.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(data.frame(package = "R", version = paste(R.version$major, R.version$minor, sep = ".")),
          "versions.csv", row.names = FALSE)
