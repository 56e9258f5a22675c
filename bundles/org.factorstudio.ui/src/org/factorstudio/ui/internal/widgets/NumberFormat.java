package org.factorstudio.ui.internal.widgets;

import java.util.Locale;

/**
 * How the views print numbers: coefficients and statistics with a chosen number of decimals, p-values
 * with their own (below the smallest printable value as {@code <.0001}, as SPSS and APA tables do).
 * Missing values print as an empty cell. Copy and Export CSV write full-precision values instead
 * ({@link ExportValues}), as the report's CSV does.
 */
public record NumberFormat(int decimals, int pDecimals) {

	public static final NumberFormat DEFAULT = new NumberFormat(3, 4);

	public NumberFormat {
		if (decimals < 0 || decimals > 12 || pDecimals < 1 || pDecimals > 12) {
			throw new IllegalArgumentException("decimals must be 0..12 and p decimals 1..12");
		}
	}

	/** A coefficient or statistic (rho, alpha, mean). */
	public String number(Double value) {
		return fixed(value, decimals);
	}

	/** With an explicit number of decimals (n-like values, means with more digits). */
	public static String fixed(Double value, int places) {
		if (value == null || value.isNaN()) {
			return "";
		}
		return String.format(Locale.ROOT, "%." + places + "f", value);
	}

	/** A p-value: {@code 0.0123}, or {@code <.0001} below the smallest printable value. */
	public String p(Double value) {
		if (value == null || value.isNaN()) {
			return "";
		}
		double smallest = Math.pow(10, -pDecimals);
		if (value < smallest) {
			return "<." + "0".repeat(pDecimals - 1) + "1";
		}
		return String.format(Locale.ROOT, "%." + pDecimals + "f", value);
	}

	/** A confidence interval {@code [lower, upper]}, empty when not computed. */
	public String interval(Double lower, Double upper) {
		if (lower == null || upper == null) {
			return "";
		}
		return "[" + number(lower) + ", " + number(upper) + "]";
	}

	public static String integer(Integer value) {
		return value == null ? "" : value.toString();
	}

	public static String text(String value) {
		return value == null ? "" : value;
	}
}
