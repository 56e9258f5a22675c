# Reference values for FactorStudio's reliability coefficients on psychTools' msqR (issue #15), and
# psych's omega_t (omega(nfactors = 1)$omega.tot) on every data set of make-references.R. Run from
# this folder:
#
#   Rscript make-references-msqr.R
#
# Writes msqr-time1.csv (the 20 mood statements of the first administration, as R read them) and
# references-msqr.csv (dataset, quantity, row, column, value, source), in the format of references.csv.
# msqR: Revelle's Motivational State Questionnaire, statements on 0..3 (not at all .. very much),
# missing answers as NA. Energetic arousal (EA) and tense arousal (TA) as psychTools' msqR help page
# keys them; negatively keyed statements are reversed (3 - x) before anything is computed.
# All coefficients are computed on the respondents who answered every statement of the scale (listwise),
# as FactorStudio's `run omega` does. The one-factor CFA is lavaan's (std.lv = TRUE), optimised tightly
# (BFGS, reltol = 1e-16) as in make-references.R.
# omega_t: psych::omega(x, nfactors = 1) factors the Pearson correlation matrix by minres and reports
# omega.tot = (sum(R) - sum(u2)) / sum(R), u2 the uniquenesses of the one-factor solution.
TIGHT <- list(reltol = 1e-16, maxit = 10000)
suppressPackageStartupMessages({ library(psych); library(psychTools); library(lavaan); library(semTools) })
options(digits = 17)
ver <- function(p) paste(p, as.character(packageVersion(p)))

out <- list()
add <- function(dataset, quantity, row, column, value, source) {
  out[[length(out) + 1]] <<- data.frame(dataset = dataset, quantity = quantity, row = row,
                                        column = column, value = sprintf("%.17g", value), source = source)
}

EA_POS <- c("active", "energetic", "vigorous", "wakeful", "wide.awake", "full.of.pep", "lively")
EA_NEG <- c("sleepy", "tired", "drowsy")
TA_POS <- c("tense", "clutched.up", "fearful", "jittery", "intense")
TA_NEG <- c("at.rest", "calm", "relaxed", "at.ease", "placid")
data(msqR, package = "psychTools")
t1 <- msqR[msqR$time == 1, c(EA_POS, EA_NEG, TA_POS, TA_NEG)]
write.csv(t1, "msqr-time1.csv", row.names = FALSE, na = "")

keyed <- function(x, negative) { for (v in negative) x[[v]] <- 3 - x[[v]]; x }

omegaTotal <- function(name, x) {
  x <- x[complete.cases(x), , drop = FALSE]
  om <- suppressWarnings(psych::omega(x, nfactors = 1, plot = FALSE))
  add(name, "omega_t", "", "", om$omega.tot, paste(ver("psych"), "omega(nfactors = 1, fm = \"minres\")$omega.tot"))
  f <- psych::fa(cor(x), nfactors = 1, fm = "minres")
  for (it in colnames(x)) add(name, "minres_loading", it, "f", f$loadings[it, 1],
                              paste(ver("psych"), "fa(cor(x), nfactors = 1, fm = \"minres\") loading"))
}

reliability <- function(name, x) {
  x <- x[complete.cases(x), , drop = FALSE]
  items <- colnames(x)
  fit <- lavaan::cfa(paste("f =~", paste(items, collapse = " + ")), data = x, std.lv = TRUE,
                     optim.method = "BFGS", control = TIGHT)
  stopifnot(lavaan::lavInspect(fit, "converged"))
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
  pc <- psych::polychoric(x, correct = 0)
  add(name, "ordinal_alpha_psych", "", "", psych::alpha(pc$rho, warnings = FALSE)$total$raw_alpha,
      paste(ver("psych"), "alpha(polychoric(correct = 0)$rho)$total$raw_alpha"))
  omegaTotal(name, x)
}

ea <- keyed(t1[, c(EA_POS, EA_NEG)], EA_NEG)
ta <- keyed(t1[, c(TA_POS, TA_NEG)], TA_NEG)
reliability("msqr-ea", ea)
reliability("msqr-ta", ta)

# omega_t of the data sets of make-references.R (same items, same reversals, listwise)
resp <- read.csv("../../../../examples/municipal-automation/responses.csv")
process <- resp[, c("q58", "q59", "q61", "q63", "q65", "q66", "q67", "q70")]; process$q67 <- 6 - process$q67
omegaTotal("municipal-prosessorientering", process)
omegaTotal("municipal-ledelsesinvolvering", resp[, c("q12", "q32", "q33", "q34", "q35", "q62")])
sai <- read.csv("sai-time1.csv")
SAI_ITEMS <- c("calm", "secure", "tense", "regretful", "at.ease", "upset", "worrying", "rested", "anxious",
               "comfortable", "confident", "nervous", "jittery", "high.strung", "relaxed", "content", "worried",
               "rattled", "joyful", "pleasant")
SAI_POSITIVE <- c("calm", "secure", "at.ease", "rested", "comfortable", "confident", "relaxed", "content",
                  "joyful", "pleasant")
sai <- sai[, SAI_ITEMS]; for (v in SAI_POSITIVE) sai[[v]] <- 5 - sai[[v]]
omegaTotal("sai-time1", sai)
hs <- read.csv("hs1939.csv")
omegaTotal("hs1939-visual", hs[, c("x1", "x2", "x3")])

write.csv(do.call(rbind, out), "references-msqr.csv", row.names = FALSE, quote = TRUE)
