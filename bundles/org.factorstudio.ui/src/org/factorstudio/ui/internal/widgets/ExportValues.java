package org.factorstudio.ui.internal.widgets;

import java.math.BigDecimal;

/**
 * Numbers as Copy and Export CSV write them: at full precision, in plain notation, as the report's
 * CSV does ({@code 0.000000023}, not {@code <.0001} or {@code 2.3E-8}), so a pasted or exported table
 * can be computed with. Missing values are empty cells.
 */
public final class ExportValues {

	private ExportValues() {
	}

	public static String number(Number value) {
		if (value == null) {
			return "";
		}
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
		// Double.toString is the shortest text that reads back as the same double
		return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
	}
}
