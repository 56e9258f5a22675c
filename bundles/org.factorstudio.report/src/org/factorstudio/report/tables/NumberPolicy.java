package org.factorstudio.report.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.factorstudio.model.Plans;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable.Kind;

/**
 * The one rule by which a number becomes display text, on every surface (reports, terminal, views), after
 * the APA style: statistics that cannot exceed 1 in absolute value (correlations, alpha, p) without the
 * leading zero; p below the smallest printable value as {@code < .001}; negative numbers with the minus sign
 * (U+2212), not the hyphen; decimals by the {@linkplain Kind kind} of the number. Display texts are for
 * reading only: every cell keeps its exact value beside them.
 * <p>
 * The two parameters are the IDE's number preferences (decimals of coefficients and of p); reports and the
 * terminal use {@link #APA}, so the default view shows what the report prints.
 *
 * @param coefficientDecimals decimals of correlations and other coefficients in the main tables (3 in APA)
 * @param pDecimals           decimals of p-values (3 in APA: "< .001" below .001)
 * @param declaredLevels      the significance levels the study declares beside the usual ones (an analysis plan's
 *                            {@code significance 0.005}): a p just below one of them is not printed as the level
 *                            itself either ({@link #p}); ascending, each in (0, 1), the usual ones left out
 */
public record NumberPolicy(int coefficientDecimals, int pDecimals, List<Double> declaredLevels) {

	/** The minus sign of display texts (U+2212): a hyphen is too short beside digits. */
	public static final char MINUS = '\u2212';

	/**
	 * The significance levels a p is always read against: those of the stars and the usual declared levels
	 * (declared before {@link #APA}, whose constructor reads them).
	 */
	private static final double[] SIGNIFICANCE_LEVELS = { 0.1, 0.05, 0.01, 0.001 };

	/** The policy of reports and the terminal. */
	public static final NumberPolicy APA = new NumberPolicy(3, 3);

	/** Decimals of means, SDs and other statistics in the unit of the data. */
	public static final int STATISTIC_DECIMALS = 2;

	/** Decimals of reliabilities, interval limits and the cells of a correlation matrix. */
	public static final int SHORT_DECIMALS = 2;

	/** Decimals of numbers of unknown kind (a plugin's cells without text). */
	public static final int VALUE_DECIMALS = 3;

	/** The most decimals a p near a significance level is given (".049996"). */
	private static final int MAX_P_DECIMALS = 6;

	public NumberPolicy {
		if (coefficientDecimals < 0 || coefficientDecimals > 12 || pDecimals < 1 || pDecimals > 12) {
			throw new IllegalArgumentException("decimals must be 0..12 and p decimals 1..12");
		}
		TreeSet<Double> levels = new TreeSet<>();
		for (Double level : Objects.requireNonNull(declaredLevels, "declaredLevels")) {
			if (level == null || !(level > 0 && level < 1)) {
				throw new IllegalArgumentException("a significance level is in (0, 1): " + level);
			}
			levels.add(level);
		}
		// the usual levels count anyway: a policy declaring .05 is the policy without it, equal to it
		for (double usual : SIGNIFICANCE_LEVELS) {
			levels.remove(usual);
		}
		declaredLevels = List.copyOf(levels);
	}

	/** A policy with no declared levels of its own (the usual ones are always considered). */
	public NumberPolicy(int coefficientDecimals, int pDecimals) {
		this(coefficientDecimals, pDecimals, List.of());
	}

	/** This policy with the given significance levels declared (in place of any declared before). */
	public NumberPolicy withDeclaredLevels(Collection<Double> levels) {
		// an ArrayList, not List.copyOf: a null level is the constructor's to refuse with its message
		return new NumberPolicy(coefficientDecimals, pDecimals, new ArrayList<>(levels));
	}

	/**
	 * This policy with the significance levels of the study's analysis plans declared (each plan's own or
	 * inherited level); this policy as it is when there is no study.
	 */
	public NumberPolicy withLevelsOf(Study study) {
		if (study == null) {
			return this;
		}
		TreeSet<Double> levels = new TreeSet<>();
		for (AnalysisPlan plan : study.getPlans()) {
			double level = Plans.significanceLevel(plan);
			if (level > 0 && level < 1) {
				levels.add(level);
			}
		}
		return withDeclaredLevels(levels);
	}

	/** {@link #withLevelsOf(Study)} for the study of a report's input, if it has one. */
	public NumberPolicy withLevelsOfInput(ReportInput input) {
		return withLevelsOf(input.optionalStudy().orElse(null));
	}

	/** The display text of a value of the given kind; empty for null, NaN and infinity. */
	public String format(Kind kind, Number value) {
		if (value == null || Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
			return "";
		}
		double x = value.doubleValue();
		return switch (kind) {
		case COUNT -> minus(value instanceof Integer || value instanceof Long ? value.toString() : decimalText(x, 0));
		case STATISTIC -> fixed(x, STATISTIC_DECIMALS);
		case COEFFICIENT -> bounded(x, coefficientDecimals);
		case SHORT_COEFFICIENT -> bounded(x, SHORT_DECIMALS);
		case P -> p(x);
		case VALUE, TEXT -> fixed(x, VALUE_DECIMALS);
		};
	}

	/**
	 * A p-value: {@link #pDecimals} decimals without the leading zero, {@code < .001} below the smallest, and
	 * more decimals where a p below a significance level (.1, .05, .01, .001 or a {@linkplain #declaredLevels
	 * declared} one) would round up onto it (".0496", not ".050").
	 */
	public String p(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "";
		}
		double smallest = Math.pow(10, -pDecimals);
		if (value < smallest) {
			return "< ." + "0".repeat(pDecimals - 1) + "1";
		}
		// A p below a significance level that rounds up onto it would read as the level itself: p = .0496
		// printed ".050" beside a star or "supported", which need p < .05. Such a p gets the decimals that tell
		// it from the level (at most MAX_P_DECIMALS). A p at or above the level may show as the level: ".050"
		// beside "not significant" is true to the rule.
		int decimals = pDecimals;
		BigDecimal level = levelRoundedOnto(value, decimals);
		while (level != null && decimals < MAX_P_DECIMALS) {
			decimals++;
			level = levelRoundedOnto(value, decimals);
		}
		if (level != null) {
			// closer to the level than six decimals tell: what matters is that it is below
			return "< " + bounded(level.doubleValue(), Math.max(2, level.stripTrailingZeros().scale()));
		}
		return bounded(value, decimals);
	}

	/** The p-value as the right side of "p ...": "= .020", "< .001"; empty as {@link #p} is. */
	public String pRelation(Double value) {
		String text = p(value);
		return text.isEmpty() || text.startsWith("<") ? text : "= " + text;
	}

	/** The significance level above p that p rounded to the decimals equals; null when there is none. */
	private BigDecimal levelRoundedOnto(double p, int decimals) {
		BigDecimal rounded = BigDecimal.valueOf(p).setScale(decimals, RoundingMode.HALF_UP);
		for (double level : SIGNIFICANCE_LEVELS) {
			if (roundsOnto(p, rounded, level)) {
				return BigDecimal.valueOf(level);
			}
		}
		for (double level : declaredLevels) {
			if (roundsOnto(p, rounded, level)) {
				return BigDecimal.valueOf(level);
			}
		}
		return null;
	}

	/** Whether p, below the level, was rounded up onto it. */
	private static boolean roundsOnto(double p, BigDecimal rounded, double level) {
		return p < level && rounded.compareTo(BigDecimal.valueOf(level)) == 0;
	}

	/**
	 * The stars of a p-value: {@code *} below .05, {@code **} below .01, {@code ***} below .001; callers give the
	 * p the decisions use (the adjusted p when the study declares a correction) and say so in the table's note.
	 */
	public static String stars(Double p) {
		if (p == null || p.isNaN()) {
			return "";
		}
		return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
	}

	/** The note that defines the stars, naming the p they are on. */
	public static String starsNote(String onWhichP) {
		return "* p < .05, ** p < .01, *** p < .001 (on the " + onWhichP + ").";
	}

	/** Fixed decimals with a leading zero ("3.47", "−0.25"); empty for null, NaN and infinity. */
	public static String fixed(Double value, int decimals) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return "";
		}
		// a value that rounds to zero has no sign (BigDecimal's zero has none): "-0.00" would read as a sign
		// without a value
		return minus(decimalText(value, decimals));
	}

	/** A statistic bounded by 1 in absolute value: no leading zero (".645", "−.032"). */
	public static String bounded(Double value, int decimals) {
		String text = fixed(value, decimals);
		if (text.startsWith("0.")) {
			return text.substring(1);
		}
		if (text.startsWith(MINUS + "0.")) {
			return MINUS + text.substring(2);
		}
		return text;
	}

	/** The exact value as a plain decimal (no exponent), the shortest text that reads back as the same double. */
	public static String plain(Number value) {
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
		return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
	}

	/**
	 * The value rounded to {@code decimals} in plain ASCII ("-0.25": a hyphen, as machine-read text such as SVG
	 * coordinates needs), by the rule of {@link java.util.Formatter}'s {@code %.nf}: the digits of
	 * {@link Double#toString(double)} rounded half up. Formatter itself is not used: cold, it (and the locale data
	 * it loads) was a noticeable share of writing a small report (docs/benchmarks.md). A value that rounds to
	 * zero has no sign. NaN and the infinities read as Formatter writes them ("NaN", "Infinity", "-Infinity").
	 */
	public static String decimalText(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value); // what Formatter writes; BigDecimal would throw
		}
		return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private static String minus(String text) {
		return text.startsWith("-") ? MINUS + text.substring(1) : text;
	}
}
