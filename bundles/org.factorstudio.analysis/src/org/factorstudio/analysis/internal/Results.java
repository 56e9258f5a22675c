package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.emf.ecore.util.InternalEList;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.ConfidenceInterval;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.ResultsFactory;

/** Small helpers that turn statistics values into results-model objects. */
public final class Results {

	static final ResultsFactory FACTORY = ResultsFactory.eINSTANCE;

	/** Rows listed by name in a provenance at most; the count n is always exact. */
	static final int LISTED_ROWS = 500;

	private Results() {
	}

	static Double value(double x) {
		return Double.isNaN(x) ? null : x;
	}

	/** Significance stars: * p < .05, ** p < .01, *** p < .001; empty otherwise or when p is missing. */
	static String flag(double p) {
		if (Double.isNaN(p)) {
			return "";
		}
		return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : "";
	}

	/**
	 * Sets every correlation's and partial correlation's flag on the p the decisions use: the adjusted p when
	 * there is one, else the reported p. Runs after the last adjustment (the declared families), so the stars of
	 * results.json, the reports and the prose are those of the tables.
	 */
	public static void flagOnDecisionP(StudyResults results) {
		List<Correlation> correlations = new ArrayList<>(
				results.getDependentCorrelations());
		if (results.getMatrix() != null) {
			correlations.addAll(results.getMatrix().getCells());
		}
		for (Correlation c : correlations) {
			c.setFlag(flag(decisionP(c.getP(), c.getPAdjusted())));
		}
		for (PartialCorrelation c : results.getPartialCorrelations()) {
			c.setFlag(flag(decisionP(c.getP(), c.getPAdjusted())));
		}
	}

	private static double decisionP(Double p, Double pAdjusted) {
		Double decisive = pAdjusted != null ? pAdjusted : p;
		return decisive == null ? Double.NaN : decisive;
	}

	/**
	 * The rows a result left out: how many, and a way to find the first of them (only the first
	 * {@link #LISTED_ROWS} are listed, so a kernel that knows the number need not flag every row of a million).
	 *
	 * @param count how many rows were left out
	 * @param first the first rows left out, ascending, at most the number asked for
	 */
	record LeftOut(int count, IntFunction<int[]> first) {

		/** From a flag per row (true: used). */
		static LeftOut of(boolean[] used) {
			int count = 0;
			for (boolean u : used) {
				count += u ? 0 : 1;
			}
			return new LeftOut(count, limit -> {
				int[] rows = new int[Math.max(0, limit)];
				int found = 0;
				for (int r = 0; r < used.length && found < rows.length; r++) {
					if (!used[r]) {
						rows[found++] = r;
					}
				}
				return Arrays.copyOf(rows, found);
			});
		}

		/** The same rows, their number and the first {@link #LISTED_ROWS} kept, not what they were found in. */
		LeftOut listed() {
			int[] rows = first.apply(Math.min(LISTED_ROWS, count));
			return new LeftOut(count, limit -> Arrays.copyOf(rows, Math.max(0, Math.min(limit, rows.length))));
		}
	}

	static Provenance provenance(List<String> items, String rule, int n, AnalysisContext context, boolean[] used,
			String note) {
		return provenanceLeavingOut(items, rule, n, context, used == null ? null : LeftOut.of(used), note);
	}

	/** A result's provenance: its items, rule and n, and the rows it left out (null: no rows are listed). */
	static Provenance provenanceLeavingOut(List<String> items, String rule, int n, AnalysisContext context,
			LeftOut leftOut, String note) {
		Provenance provenance = FACTORY.createProvenance();
		provenance.getItems().addAll(items);
		provenance.setRule(rule);
		provenance.setN(n);
		if (leftOut != null) {
			List<String> labels = new ArrayList<>();
			for (int row : leftOut.first().apply(Math.min(LISTED_ROWS, leftOut.count()))) {
				labels.add(context.rowLabel(row));
			}
			// one label per row: distinct as the respondent ids are (a repeated id is an import error), and a
			// repeat would only be shown twice; so added without the unique list's search per element (500 rows
			// listed in each of a hundred provenances made that a tenth of a second)
			((InternalEList<String>) provenance.getExcludedRows()).addAllUnique(labels);
			int listed = labels.size();
			if (leftOut.count() > listed) {
				note = (note == null ? "" : note + "; ") + (leftOut.count() - listed) + " more rows left out, not listed";
			}
		}
		provenance.setNote(note);
		return provenance;
	}

	static boolean[] bothPresent(double[] x, double[] y) {
		boolean[] used = new boolean[x.length];
		for (int i = 0; i < x.length; i++) {
			used[i] = !Double.isNaN(x[i]) && !Double.isNaN(y[i]);
		}
		return used;
	}

	static boolean[] present(double[] x) {
		boolean[] used = new boolean[x.length];
		for (int i = 0; i < x.length; i++) {
			used[i] = !Double.isNaN(x[i]);
		}
		return used;
	}

	/** A correlation row of the results; p is the reported p (two- or one-tailed), set by the caller. */
	static Correlation correlation(String x, String y, CorrelationResult result, double confidence) {
		Correlation correlation = FACTORY.createCorrelation();
		correlation.setX(x);
		correlation.setY(y);
		correlation.setMethod(method(result.method()));
		correlation.setN(result.n());
		if (result.isComputable()) {
			correlation.setCoefficient(result.coefficient());
			correlation.setT(value(result.statistic()));
			correlation.setDf(Double.isNaN(result.df()) ? null : (int) Math.round(result.df()));
			correlation.setPTwoTailed(value(result.pTwoTailed()));
			ConfidenceInterval ci = result.confidenceInterval(confidence);
			correlation.setCiLower(value(ci.lower()));
			correlation.setCiUpper(value(ci.upper()));
		}
		correlation.setNote(result.note());
		return correlation;
	}

	static String method(CorrelationResult.Method method) {
		return switch (method) {
		case PEARSON -> "pearson";
		case SPEARMAN -> "spearman";
		case KENDALL_TAU_B -> "kendall";
		};
	}
}
