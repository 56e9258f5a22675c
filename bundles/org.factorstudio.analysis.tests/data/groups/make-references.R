# Reference values for FactorStudio's group comparisons, regression, partial-correlation intervals and
# exact Kendall p (issue #16). Run from this folder:
#
#   Rscript make-references.R
#
# Writes the input data as CSV (so the Java tests read exactly what R read):
#   municipal-groups.csv   the example's index scores (mean of the statements after reversal 6 - x,
#                          every statement answered, as the example study declares) with county and
#                          population_band, from ../../../../examples/municipal-automation/responses.csv
#   airquality.csv         R datasets::airquality (Ozone, Solar.R, Wind, Temp, Month; NA = empty)
#   hs1939-groups.csv      lavaan::HolzingerSwineford1939 (sex, school, grade, x1..x9)
#   kendall.csv            tie-free pairs: the Hollander & Wolfe example of ?cor.test, datasets::women,
#                          and 40 normal pairs drawn with set.seed(16)
# and references.csv (dataset, quantity, row, column, value, source) and versions.csv.
#
# Functions: stats::wilcox.test (exact p for n < 50 per group without ties, else the normal
# approximation with continuity and tie correction: R's defaults), stats::kruskal.test, stats::lm,
# stats::cor.test(method = "kendall") (exact p for n < 50 without ties).
# Not installed here and so computed with base R formulas, as the packages define them:
#   car::vif        VIF_j = diag(solve(cor(X)))_j, which car::vif returns for numeric predictors;
#   ppcor::pcor     partial r = -P_xy / sqrt(P_xx P_yy), P = solve(cor(data)) (ranks for Spearman);
#   the partial r's interval: Fisher z, tanh(atanh(r) -/+ qnorm(0.975) / sqrt(n - 3 - k)) (pingouin);
#   rank-biserial r = 2 W / (n1 n2) - 1 (Kerby's simple difference: positive when the first group's
#                     values tend to be larger; pingouin's RBC has this magnitude);
#   epsilon squared = H / ((n^2 - 1) / (n + 1)) = H / (n - 1) (Tomczak & Tomczak 2014, rcompanion).
suppressPackageStartupMessages(library(lavaan))
options(digits = 17)
versions <- data.frame(package = c("R", "lavaan"),
                       version = c(paste(R.version$major, R.version$minor, sep = "."),
                                   as.character(packageVersion("lavaan"))))
write.csv(versions, "versions.csv", row.names = FALSE, quote = TRUE)
RV <- paste("R", paste(R.version$major, R.version$minor, sep = "."))

out <- list()
add <- function(dataset, quantity, row, column, value, source) {
  out[[length(out) + 1]] <<- data.frame(dataset = dataset, quantity = quantity, row = row,
                                        column = column, value = sprintf("%.17g", value),
                                        source = paste(RV, source))
}

## ---- the example's index scores ----
resp <- read.csv("../../../../examples/municipal-automation/responses.csv", na.strings = "")
indices <- read.csv("../../../../examples/municipal-automation/indices.csv", encoding = "UTF-8",
                    stringsAsFactors = FALSE)
scores <- data.frame(respondent_id = resp$respondent_id, county = resp$county,
                     population_band = resp$population_band)
for (i in seq_len(nrow(indices))) {
  items <- strsplit(indices$items[i], " ")[[1]]
  rev <- strsplit(indices$reversed_items[i], " ")[[1]]
  m <- sapply(items, function(q) if (q %in% rev) 6 - resp[[q]] else resp[[q]])
  m <- matrix(m, ncol = length(items))
  scores[[indices$ascii_name[i]]] <- rowMeans(m)   # NA unless every statement is answered
}
write.csv(scores, "municipal-groups.csv", row.names = FALSE, na = "")
indexNames <- indices$ascii_name

groupRefs <- function(dataset, y, g, name, groupName) {
  ok <- !is.na(y) & !is.na(g)
  y <- y[ok]; g <- g[ok]
  lev <- sort(unique(g))
  n <- length(y)
  add(dataset, "n", name, groupName, n, "complete cases")
  add(dataset, "groups", name, groupName, length(lev), "distinct groups with a value")
  kw <- kruskal.test(y, factor(g))
  add(dataset, "kw_H", name, groupName, kw$statistic, "kruskal.test statistic")
  add(dataset, "kw_df", name, groupName, kw$parameter, "kruskal.test parameter")
  add(dataset, "kw_p", name, groupName, kw$p.value, "kruskal.test p.value")
  add(dataset, "kw_eps2", name, groupName, kw$statistic / ((n^2 - 1) / (n + 1)), "H / ((n^2 - 1) / (n + 1))")
  if (length(lev) == 2) {
    x1 <- y[g == lev[1]]; x2 <- y[g == lev[2]]
    w <- suppressWarnings(wilcox.test(x1, x2))
    add(dataset, "mw_W", name, groupName, w$statistic, "wilcox.test statistic W")
    add(dataset, "mw_p", name, groupName, w$p.value, paste("wilcox.test p.value", w$method))
    add(dataset, "mw_rrb", name, groupName, 2 * w$statistic / (length(x1) * length(x2)) - 1,
        "2 W / (n1 n2) - 1")
    add(dataset, "mw_exact", name, groupName, as.numeric(length(x1) < 50 && length(x2) < 50 &&
        !any(duplicated(c(x1, x2)))), "1 when wilcox.test used the exact distribution")
  }
  for (l in lev) {
    v <- y[g == l]
    add(dataset, "group_n", name, paste(groupName, l), length(v), "length")
    add(dataset, "group_median", name, paste(groupName, l), median(v), "median")
    add(dataset, "group_mean", name, paste(groupName, l), mean(v), "mean")
  }
}
for (nm in indexNames) {
  groupRefs("municipal", scores[[nm]], scores$county, nm, "county")
  groupRefs("municipal", scores[[nm]], scores$population_band, nm, "population_band")
  # two groups: small municipalities (band 1-2) against the rest, for Mann-Whitney
  groupRefs("municipal", scores[[nm]], ifelse(scores$population_band <= 2, 1, 2), nm, "small")
}

## ---- public data: airquality, HolzingerSwineford1939 ----
aq <- datasets::airquality[, c("Ozone", "Solar.R", "Wind", "Temp", "Month")]
write.csv(aq, "airquality.csv", row.names = FALSE, na = "")
groupRefs("airquality", aq$Ozone, aq$Month, "Ozone", "Month")
groupRefs("airquality", aq$Ozone, ifelse(aq$Month <= 7, 1, 2), "Ozone", "early")
hs <- lavaan::HolzingerSwineford1939[, c("sex", "school", "grade", paste0("x", 1:9))]
hs$school <- as.character(hs$school)
write.csv(hs, "hs1939-groups.csv", row.names = FALSE, na = "")
for (v in paste0("x", 1:9)) {
  groupRefs("hs1939", hs[[v]], hs$school, v, "school")
  groupRefs("hs1939", hs[[v]], hs$sex, v, "sex")
}
# the exact Mann-Whitney p: the example of ?wilcox.test (Hollander & Wolfe 1973, p. 69), no ties
x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
w <- wilcox.test(x, y)
add("hollander-wolfe", "mw_W", "", "", w$statistic, "wilcox.test statistic W (exact)")
add("hollander-wolfe", "mw_p", "", "", w$p.value, "wilcox.test p.value (exact)")
set.seed(16)
a <- round(rnorm(23), 6); b <- round(rnorm(31, 0.6), 6)
write.csv(data.frame(value = c(a, b), group = rep(c(1, 2), c(23, 31))), "exact-groups.csv", row.names = FALSE)
w <- wilcox.test(a, b)
add("exact-groups", "mw_W", "", "", w$statistic, "wilcox.test statistic W (exact)")
add("exact-groups", "mw_p", "", "", w$p.value, paste("wilcox.test p.value", w$method))

## ---- regression: lm, listwise; beta = B sd(x) / sd(y); VIF = diag(solve(cor(X))) ----
regRefs <- function(dataset, data, dv, ivs) {
  d <- data[complete.cases(data[, c(dv, ivs)]), c(dv, ivs)]
  fit <- lm(reformulate(ivs, dv), data = d)
  s <- summary(fit)
  ci <- confint(fit, level = 0.95)
  co <- s$coefficients
  vif <- if (length(ivs) > 1) diag(solve(cor(d[, ivs]))) else setNames(1, ivs)
  for (term in rownames(co)) {
    add(dataset, "B", term, "", co[term, 1], "coef(summary(lm))")
    add(dataset, "SE", term, "", co[term, 2], "coef(summary(lm))")
    add(dataset, "t", term, "", co[term, 3], "coef(summary(lm))")
    add(dataset, "p", term, "", co[term, 4], "coef(summary(lm))")
    add(dataset, "lower", term, "", ci[term, 1], "confint(lm, level = 0.95)")
    add(dataset, "upper", term, "", ci[term, 2], "confint(lm, level = 0.95)")
    if (term != "(Intercept)") {
      add(dataset, "beta", term, "", co[term, 1] * sd(d[[term]]) / sd(d[[dv]]), "B sd(x) / sd(y)")
      add(dataset, "vif", term, "", vif[[term]], "diag(solve(cor(X))) (car::vif's value for numeric predictors)")
    }
  }
  add(dataset, "n", "", "", nrow(d), "complete cases")
  add(dataset, "r2", "", "", s$r.squared, "summary(lm)$r.squared")
  add(dataset, "adj_r2", "", "", s$adj.r.squared, "summary(lm)$adj.r.squared")
  add(dataset, "F", "", "", s$fstatistic[["value"]], "summary(lm)$fstatistic")
  add(dataset, "df1", "", "", s$fstatistic[["numdf"]], "summary(lm)$fstatistic")
  add(dataset, "df2", "", "", s$fstatistic[["dendf"]], "summary(lm)$fstatistic")
  add(dataset, "F_p", "", "", pf(s$fstatistic[["value"]], s$fstatistic[["numdf"]], s$fstatistic[["dendf"]],
      lower.tail = FALSE), "pf(F, df1, df2, lower.tail = FALSE)")
  add(dataset, "sigma", "", "", s$sigma, "summary(lm)$sigma")
}
regRefs("municipal-regression", scores, "Automatisering", setdiff(indexNames, "Automatisering"))
regRefs("airquality-regression", aq, "Ozone", c("Solar.R", "Wind", "Temp"))
regRefs("hs1939-regression", hs, "x9", paste0("x", 1:8))

## ---- partial correlations with their Fisher-z interval (ppcor's r, pingouin's interval) ----
partialRefs <- function(dataset, data, x, y, controls, method) {
  d <- data[complete.cases(data[, c(x, y, controls)]), c(x, y, controls)]
  if (method == "spearman") d[] <- lapply(d, rank)
  P <- solve(cor(d))
  r <- -P[1, 2] / sqrt(P[1, 1] * P[2, 2])
  n <- nrow(d); k <- length(controls)
  q <- qnorm(0.975); se <- 1 / sqrt(n - 3 - k)
  key <- paste(x, y, sep = "~")
  add(dataset, paste0("pr_", method), key, "", r, "-P_xy / sqrt(P_xx P_yy), P = solve(cor()) (ppcor::pcor formula)")
  add(dataset, paste0("pr_", method, "_n"), key, "", n, "complete cases")
  add(dataset, paste0("pr_", method, "_lower"), key, "", tanh(atanh(r) - q * se), "tanh(atanh(r) - qnorm(0.975) / sqrt(n - 3 - k))")
  add(dataset, paste0("pr_", method, "_upper"), key, "", tanh(atanh(r) + q * se), "tanh(atanh(r) + qnorm(0.975) / sqrt(n - 3 - k))")
}
for (m in c("pearson", "spearman")) {
  partialRefs("hs1939", hs, "x1", "x9", c("x2", "x3", "x4"), m)
  for (nm in c("Maal_Om_Digitalisering", "Samarbeid", "Prosessorientering")) {
    partialRefs("municipal", scores, nm, "Automatisering",
                setdiff(indexNames, c("Automatisering", nm)), m)
  }
}

## ---- exact Kendall p (cor.test, n < 50, no ties) ----
hw <- data.frame(x = c(44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1),
                 y = c(2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8))
set.seed(16)
rx <- round(rnorm(40), 6); ry <- round(0.3 * rx + rnorm(40), 6)
kd <- rbind(data.frame(set = "hollander-wolfe", hw),
            data.frame(set = "women", x = datasets::women$height, y = datasets::women$weight),
            data.frame(set = "normal40", x = rx, y = ry),
            data.frame(set = "normal12", x = rx[1:12], y = ry[1:12]))
write.csv(kd, "kendall.csv", row.names = FALSE)
for (s in unique(kd$set)) {
  d <- kd[kd$set == s, ]
  stopifnot(!any(duplicated(d$x)), !any(duplicated(d$y)))
  ct <- cor.test(d$x, d$y, method = "kendall")
  add("kendall", "tau", s, "", ct$estimate, "cor.test(method = \"kendall\")$estimate")
  add("kendall", "T", s, "", ct$statistic, "cor.test(method = \"kendall\")$statistic (exact)")
  add("kendall", "p", s, "", ct$p.value, "cor.test(method = \"kendall\")$p.value (exact)")
  for (alt in c("greater", "less")) {
    add("kendall", paste0("p_", alt), s, "", cor.test(d$x, d$y, method = "kendall", alternative = alt)$p.value,
        paste0("cor.test(method = \"kendall\", alternative = \"", alt, "\")$p.value"))
  }
}

write.csv(do.call(rbind, out), "references.csv", row.names = FALSE, quote = TRUE)
