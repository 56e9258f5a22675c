package org.factorstudio.report.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Display rules for numbers, after the APA style: statistics that cannot exceed 1 (correlations, alpha,
 * p) without the leading zero, p below .001 as "< .001", means and SDs with two decimals. Display texts
 * are for reading only; every format that can keeps the exact value beside them.
 */
public final class Numbers {

	private Numbers() {
	}

	/** Fixed decimals with a leading zero ("3.47"); empty for null or NaN. */
	public static String fixed(Double value, int decimals) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "";
		}
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** A statistic bounded by 1 in absolute value: no leading zero (".645", "-.032"). */
	public static String bounded(Double value, int decimals) {
		String text = fixed(value, decimals);
		if (text.startsWith("0.")) {
			return text.substring(1);
		}
		if (text.startsWith("-0.")) {
			// -.000 after rounding reads as a sign without a value
			String rest = text.substring(2);
			return rest.matches("\\.0*") ? rest : "-" + rest;
		}
		return text;
	}

	/** A p-value: three decimals without the leading zero, "< .001" below .001. */
	public static String p(Double value) {
		if (value == null || value.isNaN()) {
			return "";
		}
		return value < 0.001 ? "< .001" : bounded(value, 3);
	}

	/** The exact value as a plain decimal (no exponent), shortest text that reads back to the same double. */
	public static String plain(Number value) {
		if (value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		double x = value.doubleValue();
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			return "";
		}
		if (x == Math.rint(x) && Math.abs(x) < 1e15) {
			return Long.toString((long) x);
		}
		return new BigDecimal(Double.toString(x)).toPlainString();
	}

	/** The exact value for a provenance text ("0.645394637725853"). */
	public static String exact(Number value) {
		return value == null ? "" : plain(value);
	}
}
