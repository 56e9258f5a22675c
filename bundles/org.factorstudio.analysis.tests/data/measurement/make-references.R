# Reference values for FactorStudio's measurement analyses (issue #15): polychoric correlations,
# ordinal alpha, omega (one-factor CFA, two denominators), Feldt intervals for alpha and the CFA of a
# declared framework. Run from this folder:
#
#   Rscript make-references.R
#
# Writes hs1939.csv and sai-time1.csv (the input data as CSV, so the Java tests read exactly what R
# read) and references.csv (dataset, quantity, row, column, value, source). The source column names
# the R function and the package version of every value; versions.csv lists R and all packages.
#
# Polychoric rho: psych and polycor optimise rho with optimize()'s default tolerance (about 1.2e-4 in
# rho), so their printed values are only that precise. The "rho" rows are the same two-step ML
# estimate (same thresholds, same table, mvtnorm's bivariate normal) optimised to tol = 1e-12; the
# "rho_psych" / "rho_polycor" rows are what the packages print, for the looser comparison.
# CFA: lavaan's defaults (ML, std.lv = TRUE, expected information). lavaan's default nlminb stops at
# rel.tol = 1e-10 (HolzingerSwineford1939: largest gradient 1.2e-6, loadings off by up to 1e-6) and
# refuses tighter settings, so the "est", "se", "fit" rows come from the same model optimised with
# optim.method = "BFGS", reltol = 1e-16 (largest gradient < 1e-7, checked below); the "*_default"
# rows are lavaan's default optimiser, for the looser comparison.
# EFA (issue #15 part D): see the section "EFA and parallel analysis" below; its rows were appended to
# references.csv by running that section's functions on hs1939.csv and the example's responses.csv
# (the polychoric section takes long; the rows above were left as they were).
TIGHT <- list(reltol = 1e-16, maxit = 10000)
suppressPackageStartupMessages({
  library(psych); library(psychTools); library(lavaan); library(semTools)
  library(polycor); library(GPArotation); library(mvtnorm)
})
options(digits = 17)
pkgs <- c("psych", "psychTools", "lavaan", "semTools", "polycor", "GPArotation", "mvtnorm")
ver <- function(p) paste(p, as.character(packageVersion(p)))
versions <- data.frame(package = c("R", pkgs),
                       version = c(paste(R.version$major, R.version$minor, sep = "."),
                                   sapply(pkgs, function(p) as.character(packageVersion(p)))))
write.csv(versions, "versions.csv", row.names = FALSE, quote = TRUE)

out <- list()
add <- function(dataset, quantity, row, column, value, source) {
  out[[length(out) + 1]] <<- data.frame(dataset = dataset, quantity = quantity, row = row,
                                        column = column, value = sprintf("%.17g", value), source = source)
}

## ---- polychoric: the two-step estimate with fixed thresholds, optimised tightly ----
bvnTable <- function(rho, rc, cc) {
  rc <- c(-Inf, rc, Inf); cc <- c(-Inf, cc, Inf)
  P <- matrix(0, length(rc) - 1, length(cc) - 1)
  for (i in 1:nrow(P)) for (j in 1:ncol(P))
    P[i, j] <- mvtnorm::pmvnorm(lower = c(rc[i], cc[j]), upper = c(rc[i + 1], cc[j + 1]),
                                corr = matrix(c(1, rho, rho, 1), 2))
  P
}
# thresholds "global": each item's cumulative margins over all its answers (psych, global = TRUE);
# "pairwise": the margins of the pair's complete cases (polycor).
tightRho <- function(x, y, rule, levels) {
  ok <- !is.na(x) & !is.na(y)
  tab <- table(factor(x[ok], levels = levels), factor(y[ok], levels = levels))
  if (rule == "global") {
    # categories nobody chose have no threshold of their own
    mx <- table(factor(x[!is.na(x)], levels = levels)); my <- table(factor(y[!is.na(y)], levels = levels))
    tab <- tab[mx > 0, my > 0, drop = FALSE]; mx <- mx[mx > 0]; my <- my[my > 0]
  } else {
    mx <- rowSums(tab); my <- colSums(tab)
  }
  keepr <- rowSums(tab) > 0; keepc <- colSums(tab) > 0
  rc <- qnorm(cumsum(mx) / sum(mx)); cc <- qnorm(cumsum(my) / sum(my))
  rc <- rc[-length(rc)]; cc <- cc[-length(cc)]
  # an empty category has no cut of its own: drop the cut above it (global rule keeps the margins)
  if (rule == "pairwise") {
    tab <- tab[keepr, keepc, drop = FALSE]
    rc <- qnorm(cumsum(rowSums(tab)) / sum(tab))[-nrow(tab)]
    cc <- qnorm(cumsum(colSums(tab)) / sum(tab))[-ncol(tab)]
  }
  f <- function(rho) { P <- bvnTable(rho, rc, cc); -sum((tab * log(P))[tab > 0]) }
  optimize(f, c(-1 + 1e-9, 1 - 1e-9), tol = 1e-12)$minimum
}
polyRefs <- function(name, x, levels) {
  items <- colnames(x)
  pc <- psych::polychoric(x, correct = 0)
  for (i in seq_along(items)) for (j in seq_along(items)) if (i < j) {
    add(name, "rho", items[i], items[j], tightRho(x[[i]], x[[j]], "global", levels),
        paste(ver("psych"), "polychoric(correct = 0) objective, optimize(tol = 1e-12), mvtnorm pmvnorm"))
    add(name, "rho_psych", items[i], items[j], pc$rho[i, j], paste(ver("psych"), "polychoric(correct = 0)$rho"))
    add(name, "rho_pairwise", items[i], items[j], tightRho(x[[i]], x[[j]], "pairwise", levels),
        paste(ver("polycor"), "polychor(ML = FALSE) objective, optimize(tol = 1e-12)"))
    add(name, "rho_polycor", items[i], items[j], polycor::polychor(x[[i]], x[[j]], ML = FALSE),
        paste(ver("polycor"), "polychor(ML = FALSE)"))
  }
  for (i in seq_along(items)) for (t in seq_len(ncol(pc$tau)))
    add(name, "tau", items[i], colnames(pc$tau)[t], pc$tau[i, t], paste(ver("psych"), "polychoric(correct = 0)$tau"))
  # ordinal alpha: alpha of the polychoric matrix (psych alpha() of a correlation matrix)
  R <- diag(length(items)); dimnames(R) <- list(items, items)
  for (i in seq_along(items)) for (j in seq_along(items)) if (i != j)
    R[i, j] <- tightRho(x[[min(i, j)]], x[[max(i, j)]], "global", levels)
  a <- psych::alpha(R, warnings = FALSE)$total$raw_alpha
  add(name, "ordinal_alpha", "", "", a, paste(ver("psych"), "alpha(polychoric matrix)$total$raw_alpha"))
  add(name, "ordinal_alpha_psych", "", "", psych::alpha(pc$rho, warnings = FALSE)$total$raw_alpha,
      paste(ver("psych"), "alpha(polychoric(correct = 0)$rho)$total$raw_alpha"))
}

## ---- omega from a one-factor CFA, alpha and its Feldt interval (listwise) ----
reliabilityRefs <- function(name, x) {
  x <- x[complete.cases(x), , drop = FALSE]
  items <- colnames(x)
  model <- paste("f =~", paste(items, collapse = " + "))
  fit <- lavaan::cfa(model, data = x, std.lv = TRUE, optim.method = "BFGS", control = TIGHT)
  add(name, "n", "", "", nrow(x), "complete cases (listwise)")
  add(name, "omega", "", "", semTools::compRelSEM(fit, obs.var = FALSE)[["f"]],
      paste(ver("semTools"), "compRelSEM(obs.var = FALSE) on", ver("lavaan"), "cfa(std.lv = TRUE)"))
  add(name, "omega_obs", "", "", semTools::compRelSEM(fit, obs.var = TRUE)[["f"]],
      paste(ver("semTools"), "compRelSEM(obs.var = TRUE) on", ver("lavaan"), "cfa(std.lv = TRUE)"))
  pe <- lavaan::parameterEstimates(fit)
  for (it in items) add(name, "omega_loading", it, "f", pe$est[pe$op == "=~" & pe$rhs == it],
                        paste(ver("lavaan"), "cfa(std.lv = TRUE) loading"))
  a <- psych::alpha(x, warnings = FALSE)$total$raw_alpha
  ci <- psych::alpha.ci(a, nrow(x), length(items), p.val = 0.05)
  add(name, "alpha", "", "", a, paste(ver("psych"), "alpha()$total$raw_alpha, listwise"))
  add(name, "alpha_feldt_lower", "", "", ci$lower.ci, paste(ver("psych"), "alpha.ci(p.val = .05) (Feldt 1965)"))
  add(name, "alpha_feldt_upper", "", "", ci$upper.ci, paste(ver("psych"), "alpha.ci(p.val = .05) (Feldt 1965)"))
}

## ---- CFA of a declared framework: lavaan defaults, std.lv ----
cfaRefs <- function(name, x, model) {
  x <- x[complete.cases(x), , drop = FALSE]
  fit <- lavaan::cfa(model, data = x, std.lv = TRUE)
  tight <- lavaan::cfa(model, data = x, std.lv = TRUE, optim.method = "BFGS", control = TIGHT)
  stopifnot(lavaan::lavInspect(tight, "converged"), max(abs(lavaan::lavInspect(tight, "gradient"))) < 1e-7)
  src <- paste(ver("lavaan"), "cfa(std.lv = TRUE)")
  pe <- lavaan::parameterEstimates(tight)
  pd <- lavaan::parameterEstimates(fit)
  ss <- lavaan::standardizedSolution(tight)
  for (r in seq_len(nrow(pe))) {
    key <- paste(pe$lhs[r], pe$op[r], pe$rhs[r])
    if (pe$op[r] == "~~" && pe$lhs[r] == pe$rhs[r] && isTRUE(pe$se[r] == 0)) next  # fixed latent variances
    add(name, "est", key, "", pe$est[r], paste(src, "BFGS reltol = 1e-16"))
    add(name, "est_default", key, "", pd$est[r], src)
    add(name, "se", key, "", pe$se[r], paste(src, "BFGS reltol = 1e-16, expected information"))
    add(name, "z", key, "", pe$z[r], paste(src, "BFGS reltol = 1e-16"))
    add(name, "p", key, "", pe$pvalue[r], paste(src, "BFGS reltol = 1e-16"))
    add(name, "std", key, "", ss$est.std[r], paste(ver("lavaan"), "standardizedSolution()"))
  }
  fm <- lavaan::fitMeasures(tight)
  for (m in c("npar", "chisq", "df", "pvalue", "baseline.chisq", "baseline.df", "cfi", "tli", "rmsea",
              "rmsea.ci.lower", "rmsea.ci.upper", "rmsea.pvalue", "srmr", "logl", "aic", "bic", "ntotal"))
    add(name, "fit", m, "", fm[[m]], paste(ver("lavaan"), "fitMeasures()"))
  fd <- lavaan::fitMeasures(fit)
  for (m in c("chisq", "cfi", "tli", "rmsea", "srmr"))
    add(name, "fit_default", m, "", fd[[m]], paste(ver("lavaan"), "fitMeasures(), default rel.tol"))
  cr <- semTools::compRelSEM(tight, obs.var = FALSE)
  for (f in names(cr)) add(name, "cr", f, "", cr[[f]], paste(ver("semTools"), "compRelSEM(obs.var = FALSE)"))
  cro <- semTools::compRelSEM(tight, obs.var = TRUE)
  for (f in names(cro)) add(name, "cr_obs", f, "", cro[[f]], paste(ver("semTools"), "compRelSEM(obs.var = TRUE)"))
  ave <- semTools::AVE(tight)
  for (f in names(ave)) add(name, "ave", f, "", ave[[f]], paste(ver("semTools"), "AVE()"))
  # semTools 0.5-6 defaults to htmt2 = TRUE (geometric means, Roemer et al. 2021); both are referenced
  for (geometric in c(FALSE, TRUE)) {
    h <- semTools::htmt(model, data = x, absolute = TRUE, htmt2 = geometric)
    for (i in rownames(h)) for (j in colnames(h)) if (match(i, rownames(h)) > match(j, colnames(h)))
      add(name, if (geometric) "htmt2" else "htmt", i, j, h[i, j],
          paste0(ver("semTools"), " htmt(absolute = TRUE, htmt2 = ", geometric, ")"))
  }
}


## ---- EFA and parallel analysis (psych fa / fa.parallel, GPArotation) ----
# psych's fa() stops early: minres uses optim(L-BFGS-B) with its default factr (not changeable from fa()),
# ML the same, stats::varimax stops at eps = 1e-5, GPArotation::oblimin at eps = 1e-5. The "efa_*" rows
# are the same estimates solved tightly: minres = the fixed point of iterated principal axes (the same
# unweighted least squares optimum, fa(fm = "pa", min.err = 1e-14, max.iter = 2000)), ML = factanal's objective with
# optim(factr = 1, pgtol = 0); rotations stats::varimax(normalize = TRUE, eps = 1e-15) (what psych 2.2.9
# calls for rotate = "varimax") and GPArotation::oblimin(gam = 0, normalize = FALSE, eps = 1e-9) (what
# psych calls for "oblimin"). The "*_psych" rows are fa()'s own output, for the looser comparison.
# Measured: psych's own loadings differ from the tight ones by up to 7.4e-4 (varimax, HolzingerSwineford;
# stats::varimax's eps) and 1.1e-5 (oblimin); fa.parallel's fa.values by up to 9.5e-7. GPArotation::oblimin
# does not reach eps = 1e-9 within 20,000 iterations (the warning printed), but its loadings agree with
# FactorStudio's (projected gradient < 1e-8) to about 1e-9.
# Factors ordered by variance explained, signs so that each column sums positive (psych's convention).
tightUnrotated <- function(r, nf, fm, n) {
  if (fm == "minres") {
    f <- suppressWarnings(fa(r, nf, fm = "pa", rotate = "none", min.err = 1e-14, max.iter = 2000))
    unclass(f$loadings)
  } else {
    f <- factanal(covmat = r, factors = nf, n.obs = n, rotation = "none",
                  control = list(nstart = 1, lower = 0.005, opt = list(factr = 1, pgtol = 0, maxit = 100000)))
    unclass(f$loadings)
  }
}
psychOrder <- function(L, Phi) {
  ss <- if (is.null(Phi)) colSums(L^2) else diag(Phi %*% t(L) %*% L)
  o <- order(ss, decreasing = TRUE)
  L <- L[, o, drop = FALSE]
  s <- sign(colSums(L)); s[s == 0] <- 1
  L <- L %*% diag(s, length(s))
  if (!is.null(Phi)) Phi <- diag(s, length(s)) %*% Phi[o, o] %*% diag(s, length(s))
  list(L = L, Phi = Phi)
}
efaRefs <- function(name, x, nf) {
  x <- x[complete.cases(x), ]
  r <- cor(x); n <- nrow(x); items <- colnames(x)
  for (fm in c("minres", "ml")) {
    L0 <- tightUnrotated(r, nf, fm, n)
    for (rot in c("varimax", "oblimin")) {
      if (rot == "varimax") {
        L <- unclass(stats::varimax(L0, normalize = TRUE, eps = 1e-15)$loadings); Phi <- NULL
      } else {
        g <- GPArotation::oblimin(L0, gam = 0, normalize = FALSE, eps = 1e-9, maxit = 20000)
        L <- unclass(g$loadings); Phi <- g$Phi
      }
      o <- psychOrder(L, Phi); L <- o$L; Phi <- o$Phi
      src <- paste0("psych ", as.character(packageVersion("psych")), " fa(nfactors = ", nf, ", fm = \"", fm,
                    "\", rotate = \"", rot, "\") solved tightly (", ver("GPArotation"), ")")
      q <- paste0(fm, "_", rot)
      for (i in seq_along(items)) for (j in 1:nf) add(name, paste0("efa_loading_", q), items[i], paste0("F", j), L[i, j], src)
      h2 <- if (is.null(Phi)) rowSums(L^2) else rowSums((L %*% Phi) * L)
      for (i in seq_along(items)) add(name, paste0("efa_communality_", q), items[i], "h2", h2[i], src)
      ss <- if (is.null(Phi)) colSums(L^2) else diag(Phi %*% t(L) %*% L)
      for (j in 1:nf) add(name, paste0("efa_ss_", q), "SS loadings", paste0("F", j), ss[j], src)
      if (!is.null(Phi)) for (i in 1:nf) for (j in 1:nf) add(name, paste0("efa_phi_", q), paste0("F", i), paste0("F", j), Phi[i, j], src)
      f <- suppressWarnings(fa(r, nf, n.obs = n, fm = fm, rotate = rot))
      Lp <- unclass(f$loadings)
      for (i in seq_along(items)) for (j in 1:nf)
        add(name, paste0("efa_loading_", q, "_psych"), items[i], paste0("F", j), Lp[i, j],
            paste0("psych ", as.character(packageVersion("psych")), " fa(nfactors = ", nf, ", fm = \"", fm, "\", rotate = \"", rot, "\")$loadings"))
    }
  }
  # parallel analysis: observed eigenvalues of R and of the reduced matrix (communalities of a one-factor
  # minres solution, as fa.parallel does), tight and psych's own; the suggested counts of fa.parallel with
  # its defaults (normal simulated data, 95th percentile, n.iter = 20, seed 15)
  pcv <- eigen(r, symmetric = TRUE)$values
  L1 <- tightUnrotated(r, 1, "minres", n)
  R1 <- r; diag(R1) <- rowSums(L1^2)
  fav <- eigen(R1, symmetric = TRUE)$values
  for (i in seq_along(pcv)) {
    add(name, "pa_eigen_pc", i, "observed", pcv[i], "eigen(cor(x))$values")
    add(name, "pa_eigen_fa", i, "observed", fav[i], "eigen of cor(x) with one-factor minres communalities (fa.parallel, solved tightly)")
  }
  set.seed(15)
  p <- fa.parallel(x, fm = "minres", n.iter = 20, plot = FALSE)
  for (i in seq_along(pcv)) add(name, "pa_eigen_fa_psych", i, "observed", p$fa.values[i],
                               paste0("psych ", as.character(packageVersion("psych")), " fa.parallel()$fa.values"))
  src <- paste0("psych ", as.character(packageVersion("psych")), " fa.parallel(fm = \"minres\", n.iter = 20), set.seed(15)")
  add(name, "pa_nfact", "suggested", "factors", p$nfact, src)
  add(name, "pa_ncomp", "suggested", "components", p$ncomp, src)
  for (i in seq_along(pcv)) {
    add(name, "pa_sim_pc_mean", i, "simulated", p$pc.sim[i], src)
    add(name, "pa_sim_fa_mean", i, "simulated", p$fa.sim[i], src)
  }
}

## ---- data ----
hs <- lavaan::HolzingerSwineford1939[, paste0("x", 1:9)]
write.csv(hs, "hs1939.csv", row.names = FALSE)
data(sai, package = "psychTools")
# one administration per person: the first (time 1) of every study; ids repeat across studies
sai1 <- sai[sai$time == 1, ]
write.csv(sai1, "sai-time1.csv", row.names = FALSE, na = "")
saiItems <- colnames(sai)[4:23]
saiPositive <- c("calm", "secure", "at.ease", "rested", "comfortable", "confident", "relaxed",
                 "content", "joyful", "pleasant")   # reverse-keyed for state anxiety (5 - x on 1..4)
saiKeyed <- sai1[, saiItems]
for (it in saiPositive) saiKeyed[[it]] <- 5 - saiKeyed[[it]]

municipal <- read.csv("../../../../examples/municipal-automation/responses.csv")
# Prosessorientering: q58, q59, q61, q63, q65, q66, reversed q67 (6 - x), q70
proc <- municipal[, c("q58", "q59", "q61", "q63", "q65", "q66", "q67", "q70")]
proc$q67 <- 6 - proc$q67
lead <- municipal[, c("q12", "q32", "q33", "q34", "q35", "q62")]
goal <- municipal[, c("q01", "q02", "q07", "q28", "q44", "q45", "q49")]

## ---- references ----
polyRefs("municipal-prosessorientering", proc[complete.cases(proc), ], 1:5)
polyRefs("sai-time1", saiKeyed, 1:4)
reliabilityRefs("municipal-prosessorientering", proc)
reliabilityRefs("municipal-ledelsesinvolvering", lead)
reliabilityRefs("sai-time1", saiKeyed)
reliabilityRefs("hs1939-visual", hs[, c("x1", "x2", "x3")])
cfaRefs("hs1939", hs, "visual =~ x1 + x2 + x3\n textual =~ x4 + x5 + x6\n speed =~ x7 + x8 + x9")
cfaRefs("municipal-framework", cbind(proc, lead, goal),
        paste("Prosessorientering =~", paste(colnames(proc), collapse = " + "), "\n",
              "Ledelsesinvolvering =~", paste(colnames(lead), collapse = " + "), "\n",
              "Mål_Om_Digitalisering =~", paste(colnames(goal), collapse = " + ")))
efaRefs("hs1939", hs, 3)
efaRefs("municipal-framework", cbind(proc, lead, goal), 3)

refs <- do.call(rbind, out)
write.csv(refs, "references.csv", row.names = FALSE, quote = TRUE)
cat(nrow(refs), "reference values written\n")
