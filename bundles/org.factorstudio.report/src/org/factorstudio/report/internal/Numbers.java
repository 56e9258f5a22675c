package org.factorstudio.report.internal;

import org.factorstudio.report.tables.NumberPolicy;

/**
 * The renderers' short names for the {@link NumberPolicy} of reports ({@link NumberPolicy#APA}): no rule of
 * its own, so a sentence of a renderer prints a number as its table does.
 */
public final class Numbers {

	private Numbers() {
	}

	/** @see NumberPolicy#fixed(Double, int) */
	public static String fixed(Double value, int decimals) {
		return NumberPolicy.fixed(value, decimals);
	}

	/** @see NumberPolicy#bounded(Double, int) */
	public static String bounded(Double value, int decimals) {
		return NumberPolicy.bounded(value, decimals);
	}

	/** @see NumberPolicy#plain(Number) */
	public static String plain(Number value) {
		return NumberPolicy.plain(value);
	}

	/** The exact value for a provenance text ("0.645394637725853"). */
	public static String exact(Number value) {
		return value == null ? "" : NumberPolicy.plain(value);
	}
}
