package org.factorstudio.analysis.stats;

/**
 * How the two-tailed p-value of a rank correlation is obtained. The choice is declared in the study
 * and printed in reports, because the tools users compare with disagree.
 */
public enum PValueMode {
    /**
     * t = r * sqrt((n - 2) / (1 - r^2)) against Student's t with n - 2 df. SPSS, R psych
     * {@code corr.test}, SciPy {@code spearmanr}, pingouin.
     */
    T_APPROXIMATION,
    /**
     * What R {@code cor.test(method = "spearman")} does with its default {@code exact = NULL}: the
     * AS 89 p-value (exact enumeration for n &lt;= 9, Edgeworth series above) when there are no ties
     * and n &lt;= 1290, otherwise the t approximation. JASP and jamovi show the same.
     */
    R_EXACT
}
