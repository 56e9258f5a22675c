package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Extraction;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Parallel;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Rotation;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Solution;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run efa(indices = "all", factors = parallel, extraction = minres, rotation = oblimin, iterations = 20,
 * seed = 15)}: exploratory factor analysis of the statements of the named indices together (reversed first,
 * respondents who answered every statement), as {@code psych::fa(cor(x), nfactors, fm, rotate)}
 * ({@link ExploratoryFactorAnalysis}), with Horn's parallel analysis as {@code psych::fa.parallel(x, fm =
 * "minres", n.iter)} (normal simulated data, 95th percentile) giving the scree table and, by default, the
 * number of factors.
 */
public final class EfaAnalysis implements Analysis {

	public static final String ID = "efa";
	private static final String NAME = "Exploratory factor analysis";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return NAME;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<List<IndexVariable>> indices = MeasurementTables.indices(context, NAME, 1);
		Optional<String> extraction = MeasurementTables.choice(context, NAME, "extraction", "minres",
				List.of("minres", "ml"));
		Optional<String> rotation = MeasurementTables.choice(context, NAME, "rotation", "oblimin",
				List.of("oblimin", "varimax", "none"));
		Optional<Integer> declared = integer(context, "factors", "parallel", 1);
		Optional<Integer> iterations = integer(context, "iterations", "20", 2);
		Optional<Integer> seed = integer(context, "seed", "15", 0);
		if (indices.isEmpty() || extraction.isEmpty() || rotation.isEmpty() || declared == null || iterations == null
				|| iterations.isEmpty() || seed == null || seed.isEmpty()) {
			return;
		}
		List<String> names = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<double[]> columns = new ArrayList<>();
		for (IndexVariable index : indices.get()) {
			MeasurementTables.Items items = MeasurementTables.items(context, index);
			names.addAll(items.names());
			labels.addAll(items.labels());
			columns.addAll(List.of(items.columns()));
		}
		double[][] all = columns.toArray(double[][]::new);
		boolean[] keep = MeasurementTables.complete(all);
		int n = MeasurementTables.count(keep);
		int p = all.length;
		if (p < 3 || n <= p) {
			context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "efaTooSmall", NAME + ": " + p
					+ " statements and " + n + " respondents who answered all of them; it needs at least 3 statements "
					+ "and more respondents than statements");
			return;
		}
		double[][] complete = new double[p][];
		for (int j = 0; j < p; j++) {
			complete[j] = MeasurementTables.masked(new double[][] { all[j] }, keep)[0];
		}
		double[][] r = ExploratoryFactorAnalysis.correlations(complete);
		Parallel parallel = ExploratoryFactorAnalysis.parallel(r, n, iterations.get(), seed.get(), 0.95);
		String settings = String.format(Locale.ROOT, "n = %d, %d statements, %d simulated data sets of normal data "
				+ "(seed %d), compared with their 95th percentile", n, p, iterations.get(), seed.get());
		context.results().getTables().add(scree(parallel, settings, labels, n, context));
		int factors = declared.isPresent() ? declared.get() : parallel.factors();
		if (declared.isEmpty() && factors < 1) {
			context.problem(Severity.WARNING, MeasurementTables.PROBLEM_PREFIX + "efaNoFactor", NAME
					+ ": parallel analysis suggests no factor; one factor is extracted");
			factors = 1;
		}
		if (factors >= p) {
			context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "invalidParameter", NAME + ": factors = "
					+ factors + " is not less than the " + p + " statements");
			return;
		}
		Solution solution = ExploratoryFactorAnalysis.fit(r, factors,
				extraction.get().equals("ml") ? Extraction.ML : Extraction.MINRES,
				Rotation.valueOf(rotation.get().toUpperCase(Locale.ROOT)));
		if (!solution.converged()) {
			context.problem(Severity.WARNING, MeasurementTables.PROBLEM_PREFIX + "efaNotConverged",
					NAME + ": the estimation did not converge; the loadings are the last iterate");
		}
		String call = String.format(Locale.ROOT, "psych::fa(cor(x), nfactors = %d, fm = \"%s\", rotate = \"%s\")%s",
				factors, extraction.get(), rotation.get(),
				rotation.get().equals("varimax") ? " (stats::varimax, Kaiser-normalised)"
						: rotation.get().equals("oblimin") ? " (GPArotation::oblimin, gam = 0)" : "");
		String howMany = declared.isPresent() ? "declared" : "from parallel analysis";
		addSolution(context, solution, labels, call, howMany, n);
	}

	private static ResultTable scree(Parallel parallel, String settings, List<String> labels, int n,
			AnalysisContext context) {
		ResultTable table = MeasurementTables.typedAll(MeasurementTables.table(ID,
				"Parallel analysis (scree): observed and simulated eigenvalues", List.of("number"),
				List.of("observed component", "simulated component (95th pct)", "observed factor",
						"simulated factor (95th pct)")), ColumnKind.ESTIMATE);
		for (int i = 0; i < parallel.observedComponents().length; i++) {
			table.getRows().add(MeasurementTables.row(count(i + 1), number(parallel.observedComponents()[i]),
					number(parallel.simulatedComponents()[i]), number(parallel.observedFactors()[i]),
					number(parallel.simulatedFactors()[i])));
		}
		table.setNote(String.format(Locale.ROOT, "Parallel analysis suggests %d factor(s) and %d component(s). "
				+ "Components: eigenvalues of the correlation matrix; factors: of the correlation matrix with the "
				+ "communalities of a one-factor minres solution on its diagonal (psych::fa.parallel(x, fm = "
				+ "\"minres\", n.iter), its sim = TRUE part). Suggested = the leading observed eigenvalues above the "
				+ "simulated ones. %s.", parallel.factors(), parallel.components(), settings));
		table.setProvenance(Results.provenance(labels, "parallel analysis, " + settings, n, context, null,
				"suggested factors " + parallel.factors() + ", components " + parallel.components()));
		return table;
	}

	private static void addSolution(AnalysisContext context, Solution solution, List<String> labels, String call,
			String howMany, int n) {
		int k = solution.factors();
		List<String> factorNames = new ArrayList<>();
		for (int f = 1; f <= k; f++) {
			factorNames.add("F" + f);
		}
		List<String> numeric = new ArrayList<>(factorNames);
		numeric.add("communality");
		numeric.add("uniqueness");
		ResultTable loadings = MeasurementTables.typedAll(MeasurementTables.table(ID,
				"Exploratory factor analysis: loadings", List.of("statement"), numeric), ColumnKind.COEFFICIENT);
		for (int i = 0; i < labels.size(); i++) {
			ResultRow row = MeasurementTables.row(text(labels.get(i)));
			for (int f = 0; f < k; f++) {
				row.getCells().add(number(solution.loadings()[i][f]));
			}
			row.getCells().add(number(solution.communalities()[i]));
			row.getCells().add(number(solution.uniquenesses()[i]));
			loadings.getRows().add(row);
		}
		loadings.setNote(k + " factor(s) " + howMany + "; " + call + ", solved to tight tolerances. Factors ordered by "
				+ "variance explained, signed so that their loadings sum positive; "
				+ (solution.phi() == null ? "orthogonal." : "pattern loadings of correlated factors."));
		loadings.setProvenance(Results.provenance(labels, call, n, context, null, howMany));
		context.results().getTables().add(loadings);

		// SS loadings exceed 1: the column is of estimates, not of bounded coefficients
		ResultTable variance = MeasurementTables.typedAll(MeasurementTables.table(ID,
				"Exploratory factor analysis: variance explained", List.of("quantity"), factorNames), ColumnKind.ESTIMATE);
		double[] proportions = solution.proportions();
		ResultRow ss = MeasurementTables.row(text("SS loadings"));
		ResultRow proportion = MeasurementTables.row(text("Proportion Var"));
		ResultRow cumulative = MeasurementTables.row(text("Cumulative Var"));
		double total = 0;
		for (int f = 0; f < k; f++) {
			total += proportions[f];
			ss.getCells().add(number(solution.ssLoadings()[f]));
			proportion.getCells().add(number(proportions[f]));
			cumulative.getCells().add(number(total));
		}
		variance.getRows().addAll(List.of(ss, proportion, cumulative));
		variance.setNote("As psych prints Vaccounted: SS loadings = column sums of squared loadings (oblique: "
				+ "diag(Phi L'L)); proportion = SS / number of statements.");
		variance.setProvenance(Results.provenance(labels, call, n, context, null, howMany));
		context.results().getTables().add(variance);

		if (solution.phi() != null) {
			ResultTable phi = MeasurementTables.typedAll(MeasurementTables.table(ID,
					"Exploratory factor analysis: factor correlations", List.of("factor"), factorNames),
					ColumnKind.COEFFICIENT);
			for (int f = 0; f < k; f++) {
				ResultRow row = MeasurementTables.row(text(factorNames.get(f)));
				for (int g = 0; g < k; g++) {
					row.getCells().add(number(solution.phi()[f][g]));
				}
				phi.getRows().add(row);
			}
			phi.setNote("Correlations of the oblique factors (psych's Phi).");
			phi.setProvenance(Results.provenance(labels, call, n, context, null, howMany));
			context.results().getTables().add(phi);
		}
	}

	/**
	 * A whole-number parameter of at least {@code minimum}: for {@code factors} empty when it is the word
	 * {@code parallel}, null after an error naming the parameter.
	 */
	private static Optional<Integer> integer(AnalysisContext context, String key, String fallback, int minimum) {
		String value = context.parameter(key).map(String::trim).orElse(fallback);
		if (key.equals("factors") && value.equalsIgnoreCase("parallel")) {
			return Optional.empty();
		}
		try {
			double number = Double.parseDouble(value);
			if (number != Math.rint(number) || number < minimum || number > Integer.MAX_VALUE) {
				throw new NumberFormatException();
			}
			return Optional.of((int) number);
		} catch (NumberFormatException e) {
			context.problem(Severity.ERROR, MeasurementTables.PROBLEM_PREFIX + "invalidParameter", NAME + ": " + key
					+ " = \"" + value + "\"; expected a whole number of at least " + minimum
					+ (key.equals("factors") ? " or parallel" : ""));
			return null;
		}
	}
}
