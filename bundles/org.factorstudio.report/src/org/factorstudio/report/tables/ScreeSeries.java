package org.factorstudio.report.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.StudyResults;

/**
 * The data of a scree plot as {@code psych::fa.parallel} draws it: the observed eigenvalues of the components
 * (correlation matrix) and of the factors (reduced correlation matrix), each beside the eigenvalues of simulated
 * normal data (95th percentile), and the numbers of factors and components parallel analysis suggests (the
 * leading observed eigenvalues above the simulated ones, psych's rule). Read from the parallel-analysis table
 * of an {@code efa} run, so the reports, the terminal and the IDE draw the same numbers the table holds.
 *
 * @param observedComponents  eigenvalues of the correlation matrix, largest first
 * @param simulatedComponents the simulated components' eigenvalues at the same positions
 * @param observedFactors     eigenvalues of the reduced correlation matrix
 * @param simulatedFactors    the simulated factors' eigenvalues
 * @param factors             suggested number of factors
 * @param components          suggested number of components
 * @param source              the table the values come from
 */
public record ScreeSeries(double[] observedComponents, double[] simulatedComponents, double[] observedFactors,
		double[] simulatedFactors, int factors, int components, ResultTable source) {

	/** The analysis whose parallel-analysis table holds the eigenvalues. */
	public static final String ANALYSIS_ID = "efa";

	static final String OBSERVED_COMPONENT = "observed component";
	static final String SIMULATED_COMPONENT = "simulated component (95th pct)";
	static final String OBSERVED_FACTOR = "observed factor";
	static final String SIMULATED_FACTOR = "simulated factor (95th pct)";

	/** The scree data of every parallel-analysis table of the results, in their order. */
	public static List<ScreeSeries> of(StudyResults results) {
		List<ScreeSeries> all = new ArrayList<>();
		if (results == null) {
			return all;
		}
		for (ResultTable table : results.getTables()) {
			of(table).ifPresent(all::add);
		}
		return all;
	}

	/** The scree data of a table when it is a parallel-analysis table with at least one row of numbers. */
	public static java.util.Optional<ScreeSeries> of(ResultTable table) {
		if (!ANALYSIS_ID.equals(table.getAnalysisId())) {
			return java.util.Optional.empty();
		}
		int oc = MeasurementSummary.column(table, OBSERVED_COMPONENT);
		int sc = MeasurementSummary.column(table, SIMULATED_COMPONENT);
		int of = MeasurementSummary.column(table, OBSERVED_FACTOR);
		int sf = MeasurementSummary.column(table, SIMULATED_FACTOR);
		if (oc < 0 || sc < 0 || of < 0 || sf < 0 || table.getRows().isEmpty()) {
			return java.util.Optional.empty();
		}
		int n = table.getRows().size();
		double[][] values = new double[4][n];
		int[] columns = { oc, sc, of, sf };
		for (int i = 0; i < n; i++) {
			ResultRow row = table.getRows().get(i);
			for (int s = 0; s < 4; s++) {
				values[s][i] = number(row, columns[s]);
			}
		}
		return java.util.Optional.of(new ScreeSeries(values[0], values[1], values[2], values[3],
				suggested(values[2], values[3]), suggested(values[0], values[1]), table));
	}

	/** psych's rule: the number of leading observed eigenvalues greater than the simulated ones. */
	static int suggested(double[] observed, double[] simulated) {
		int k = 0;
		while (k < observed.length && observed[k] > simulated[k]) {
			k++;
		}
		return k;
	}

	/** The number of eigenvalues (the statements analysed). */
	public int size() {
		return observedComponents.length;
	}

	/** The largest value of all four series (NaN ignored), for the value axis. */
	public double max() {
		double max = 0;
		for (double[] series : List.of(observedComponents, simulatedComponents, observedFactors, simulatedFactors)) {
			for (double v : series) {
				if (!Double.isNaN(v)) {
					max = Math.max(max, v);
				}
			}
		}
		return max;
	}

	/** The smallest value of all four series (NaN ignored), at most 0: factor eigenvalues can be negative. */
	public double min() {
		double min = 0;
		for (double[] series : List.of(observedFactors, simulatedFactors)) {
			for (double v : series) {
				if (!Double.isNaN(v)) {
					min = Math.min(min, v);
				}
			}
		}
		return min;
	}

	/** The value axis: whole numbers from the floor of the smallest to the ceiling of the largest value. */
	public int axisLow() {
		return (int) Math.floor(min());
	}

	public int axisHigh() {
		return Math.max(axisLow() + 1, (int) Math.ceil(max() + 1e-9));
	}

	/** The step of the value axis' ticks: 1, or 2 and more for large eigenvalues, so at most about 8 ticks. */
	public int axisStep() {
		return Math.max(1, (int) Math.ceil((axisHigh() - axisLow()) / 8.0));
	}

	/** The caption of the figure. */
	public String caption() {
		return "Scree plot with parallel analysis: observed and simulated eigenvalues of " + size() + " statements";
	}

	/** What the suggested counts are, for legends and captions. */
	public String suggestion() {
		return String.format(Locale.ROOT, "parallel analysis suggests %d factor%s and %d component%s", factors,
				factors == 1 ? "" : "s", components, components == 1 ? "" : "s");
	}

	/** The figure's note: the series, the rule and the settings (the table's provenance rule). */
	public String note() {
		String settings = source.getProvenance() == null || source.getProvenance().getRule() == null ? ""
				: " Settings: " + source.getProvenance().getRule().replaceFirst("^parallel analysis, ", "") + ".";
		return "Solid lines: eigenvalues of the data (circles: components, eigenvalues of the correlation matrix; "
				+ "triangles: factors, of the reduced correlation matrix); dashed lines: the 95th percentile of "
				+ "simulated normal data of the same size (psych::fa.parallel). Circled: the last component and factor "
				+ "parallel analysis keeps; " + suggestion() + "." + settings;
	}

	private static double number(ResultRow row, int column) {
		if (column >= row.getCells().size()) {
			return Double.NaN;
		}
		ResultCell cell = row.getCells().get(column);
		return cell == null || cell.getNumber() == null ? Double.NaN : cell.getNumber();
	}
}
