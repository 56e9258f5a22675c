package org.factorstudio.analysis.stats;

/**
 * The declared direction of a one-tailed hypothesis about a correlation: H1 rho &gt; 0
 * ({@link #POSITIVE}) or H1 rho &lt; 0 ({@link #NEGATIVE}). R {@code cor.test(alternative = "greater")}
 * and {@code "less"} respectively.
 */
public enum Direction {
    /** H1: the correlation is positive. */
    POSITIVE,
    /** H1: the correlation is negative. */
    NEGATIVE;

    /**
     * Whether a coefficient's sign agrees with this direction. Zero agrees with neither; for it the
     * two-tailed p is 1 and both one-tailed p-values are 0.5, so the answer does not matter.
     *
     * @param coefficient the estimated correlation
     * @return true when the coefficient lies on the side this direction predicts
     */
    public boolean agreesWith(double coefficient) {
        return this == POSITIVE ? coefficient > 0 : coefficient < 0;
    }
}
