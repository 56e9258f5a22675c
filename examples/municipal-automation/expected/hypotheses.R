# Reference decisions for the example's hypotheses (municipal-automation.study, H1..H17).
#
# Run:  Rscript hypotheses.R        (from any directory; after compute.R)
# Reads spearman_vs_automatisering.csv (compute.R: Spearman's rho of each factor's index with Automatisering,
# rule "all", t-approximation p as SPSS and cor.test(exact = FALSE)) and the study file; writes
# hypotheses_holm.csv. Base R only (p.adjust), R 4.2.2.
#
# The study's plan: one-tailed tests in each hypothesis's declared direction, Holm's correction over the
# hypotheses, significance level .05. A hypothesis is supported when its correlation has the declared sign and
# its Holm-adjusted one-tailed p is below .05.

args <- commandArgs(trailingOnly = FALSE)
file_arg <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else getwd()

study <- readLines(file.path(here, "..", "municipal-automation.study"), encoding = "UTF-8")
hyp <- regmatches(study, regexec("^hypothesis (H[0-9]+): (\\S+) (positive|negative)", study))
hyp <- do.call(rbind, lapply(hyp[lengths(hyp) == 4], function(m) data.frame(hypothesis = m[2], factor = m[3],
                                                                           direction = m[4])))
fac <- regmatches(study, regexec("^\\s*factor (\\S+) .*measured by (\\S+)", study))
fac <- do.call(rbind, lapply(fac[lengths(fac) == 3], function(m) data.frame(factor = m[2], index_variable = m[3])))
hyp <- merge(hyp, fac, by = "factor", sort = FALSE)

rho <- read.csv(file.path(here, "spearman_vs_automatisering.csv"), encoding = "UTF-8")
rho <- rho[rho$rule == "all", ]
hyp <- merge(hyp, rho[, c("index_variable", "rho", "n", "p_two_tailed")], by = "index_variable", sort = FALSE)

# one-tailed p in the declared direction: p2/2 when the sign agrees, 1 - p2/2 when it does not
agrees <- ifelse(hyp$direction == "positive", hyp$rho > 0, hyp$rho < 0)
hyp$p_one_tailed <- ifelse(agrees, hyp$p_two_tailed / 2, 1 - hyp$p_two_tailed / 2)
hyp$p_holm <- p.adjust(hyp$p_one_tailed, method = "holm")
hyp$supported <- agrees & hyp$p_holm < 0.05

hyp <- hyp[order(as.integer(sub("H", "", hyp$hypothesis))), c("hypothesis", "factor", "index_variable", "direction",
                                                               "rho", "n", "p_one_tailed", "p_holm", "supported")]
write.csv(hyp, file.path(here, "hypotheses_holm.csv"), row.names = FALSE, fileEncoding = "UTF-8")
cat(sum(hyp$supported), "of", nrow(hyp), "hypotheses supported\n")
