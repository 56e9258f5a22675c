package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Descriptives;
import org.factorstudio.analysis.stats.KruskalWallis;
import org.factorstudio.analysis.stats.MannWhitney;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run group_comparison(by = county)}: every index variable compared across the groups of a categorical
 * background column, two-sided. Two groups: Mann-Whitney U ({@link MannWhitney}, R {@code wilcox.test}) with
 * the rank-biserial r; more: Kruskal-Wallis H ({@link KruskalWallis}, R {@code kruskal.test}) with epsilon
 * squared. p adjusted over the indices by the plan's correction. A second table gives each group's n, mean, SD
 * and median per index; with {@code correlations = yes}, a third the plan's correlation of each factor with the
 * dependent within each group.
 */
public final class GroupComparisonAnalysis implements Analysis {

	public static final String ID = "group_comparison";

	private static final String NAME = "Group comparison";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Group comparison";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<String> by = context.parameter("by").map(String::trim).filter(s -> !s.isEmpty());
		if (by.isEmpty()) {
			context.problem(Severity.ERROR, BackgroundColumns.PROBLEM_PREFIX + "noGroupColumn", NAME
					+ ": name the background column that forms the groups, as in run group_comparison(by = county)");
			return;
		}
		Optional<String> correlations = MeasurementTables.choice(context, NAME, "correlations", "no",
				List.of("yes", "no"));
		if (correlations.isEmpty()) {
			return;
		}
		// one request per analysis id: several columns are given as a list, by = "county, population_band"
		List<String> columns = java.util.Arrays.stream(by.get().split(",")).map(String::trim)
				.filter(s -> !s.isEmpty()).distinct().toList();
		SubMonitor progress = SubMonitor.convert(monitor, columns.size());
		for (String name : columns) {
			compare(context, name, correlations.get().equals("yes"), progress.split(1));
		}
	}

	private static void compare(AnalysisContext context, String name, boolean correlations, IProgressMonitor monitor) {
		Optional<BackgroundColumns.Column> found = BackgroundColumns.column(context, NAME, name);
		if (found.isEmpty()) {
			return;
		}
		BackgroundColumns.Column column = found.get();
		if (!column.categorical()) {
			context.problem(Severity.ERROR, BackgroundColumns.PROBLEM_PREFIX + "notCategorical",
					NAME + ": " + BackgroundColumns.whyNotCategorical(column));
			return;
		}
		Map<String, List<Integer>> rows = column.rowsByGroup();
		List<String> groups = rows.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
				.toList();
		if (groups.size() < 2) {
			context.problem(Severity.ERROR, BackgroundColumns.PROBLEM_PREFIX + "tooFewGroups", NAME + " by "
					+ column.name() + ": the data hold " + groups.size() + " group" + (groups.size() == 1 ? "" : "s")
					+ (groups.isEmpty() ? "" : " (" + column.label(groups.get(0)) + ")")
					+ "; a comparison needs at least two");
			return;
		}
		boolean twoGroups = groups.size() == 2;
		List<IndexVariable> indices = context.indexVariables();
		SubMonitor progress = SubMonitor.convert(monitor, indices.size() + 1);
		ResultTable tests = testTable(column, twoGroups);
		ResultTable descriptives = MeasurementTables.table(ID, "Index variables by " + column.name()
				+ ": n, mean, SD, median per group", List.of("index", "group", "label"),
				List.of("n", "mean", "SD", "median"));
		MeasurementTables.typed(descriptives, ColumnKind.COUNT, ColumnKind.STATISTIC, ColumnKind.STATISTIC,
				ColumnKind.STATISTIC);
		List<Double> ps = new ArrayList<>();
		List<List<ResultCell>> testRows = new ArrayList<>();
		for (IndexVariable index : indices) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			double[] scores = context.scores(index).scores();
			List<double[]> samples = new ArrayList<>();
			for (String group : groups) {
				double[] values = rows.get(group).stream().mapToDouble(r -> scores[r]).toArray();
				samples.add(values);
				Descriptives d = Descriptives.of(values);
				descriptives.getRows().add(MeasurementTables.row(text(index.getName()), text(group),
						text(column.labels().getOrDefault(group, "")), count(d.n()), number(d.mean(), 4),
						number(d.sd(), 4), number(d.median(), 4)));
			}
			List<ResultCell> cells = new ArrayList<>();
			cells.add(text(index.getName()));
			double p;
			if (twoGroups) {
				MannWhitney mw = MannWhitney.test(samples.get(0), samples.get(1));
				p = mw.p();
				cells.add(text(mw.exact() ? "Mann-Whitney U, exact" : "Mann-Whitney U, normal approx."));
				cells.add(count(mw.n1()));
				cells.add(count(mw.n2()));
				cells.add(number(mw.w(), 1));
				cells.add(number(mw.u(), 1));
				cells.add(number(mw.z(), 3));
				cells.add(MeasurementTables.p(p));
				cells.add(number(mw.rankBiserial(), 3));
				cells.add(text(mw.note() == null ? "" : mw.note()));
			} else {
				KruskalWallis kw = KruskalWallis.test(samples);
				p = kw.p();
				cells.add(text("Kruskal-Wallis H"));
				cells.add(count(kw.n()));
				cells.add(count(kw.groups()));
				cells.add(number(kw.h(), 3));
				cells.add(count(kw.df()));
				cells.add(MeasurementTables.p(p));
				cells.add(number(kw.epsilonSquared(), 3));
				cells.add(text(kw.note() == null ? "" : kw.note()));
			}
			ps.add(p);
			testRows.add(cells);
			progress.split(1);
		}
		double[] adjusted = CorrelationAnalysis.adjusted(context.plan(), ps);
		for (int i = 0; i < testRows.size(); i++) {
			List<ResultCell> cells = testRows.get(i);
			if (adjusted != null) {
				// after p, before the effect size
				cells.add(cells.size() - 2, MeasurementTables.p(adjusted[i]));
			}
			var row = MeasurementTables.row();
			row.getCells().addAll(cells);
			tests.getRows().add(row);
		}
		if (adjusted == null) {
			tests.getColumns().remove(tests.getColumns().size() - 3);
		}
		String correction = context.plan().getCorrection() == Correction.NONE ? "no correction for multiple tests"
				: "p adj.: " + MethodsText.correction(context.plan().getCorrection()) + " over the " + indices.size()
						+ " index variables";
		tests.setNote(String.format(Locale.ROOT, "Groups: %s. Two-sided; %s. %s", groupList(column, groups),
				correction, twoGroups
						? "Mann-Whitney as R wilcox.test: W = rank sum of the first group - n1(n1 + 1)/2, U = min(W, n1 n2 - W)"
								+ " (SPSS); exact p for fewer than 50 per group without ties, else the normal approximation"
								+ " with continuity and tie correction (z); r = rank-biserial correlation 2W/(n1 n2) - 1,"
								+ " positive when the first group scores higher."
						: "Kruskal-Wallis as R kruskal.test: tie-corrected H, chi-square with groups - 1 df; epsilon"
								+ " squared = H / ((n^2 - 1)/(n + 1))."));
		tests.setProvenance(Results.provenance(List.of(column.name()), "group comparison by " + column.name()
				+ ", each index on the respondents with a score and a group",
				rows.values().stream().mapToInt(List::size).sum(), context, null, null));
		descriptives.setNote("SD with n - 1; respondents with a score in each group (" + groupList(column, groups)
				+ ").");
		context.results().getTables().add(tests);
		context.results().getTables().add(descriptives);
		if (correlations) {
			correlationsWithinGroups(context, column, groups, rows);
		}
		progress.split(1);
	}

	private static ResultTable testTable(BackgroundColumns.Column column, boolean twoGroups) {
		String title = "Index variables by " + column.name() + ": "
				+ (twoGroups ? "Mann-Whitney U tests" : "Kruskal-Wallis tests");
		List<String> numeric = twoGroups ? List.of("n1", "n2", "W", "U", "z", "p", "p adj.", "r (rank-biserial)")
				: List.of("n", "groups", "H", "df", "p", "p adj.", "epsilon squared");
		ResultTable table = MeasurementTables.table(ID, title, List.of("index", "test"), numeric);
		if (twoGroups) {
			MeasurementTables.typed(table, ColumnKind.COUNT, ColumnKind.COUNT, ColumnKind.STATISTIC, ColumnKind.STATISTIC,
					ColumnKind.STATISTIC, ColumnKind.P, ColumnKind.P, ColumnKind.COEFFICIENT);
		} else {
			MeasurementTables.typed(table, ColumnKind.COUNT, ColumnKind.COUNT, ColumnKind.STATISTIC, ColumnKind.COUNT,
					ColumnKind.P, ColumnKind.P, ColumnKind.COEFFICIENT);
		}
		return withNote(table);
	}

	private static ResultTable withNote(ResultTable table) {
		table.getColumns().add(MeasurementTables.column("note", false));
		return table;
	}

	private static String groupList(BackgroundColumns.Column column, List<String> groups) {
		List<String> named = new ArrayList<>();
		for (String group : groups) {
			String label = column.labels().get(group);
			named.add(label == null ? group : group + " " + label);
		}
		return String.join(", ", named);
	}

	/** The plan's coefficient of each factor with the dependent within each group (pairwise, two-tailed p). */
	private static void correlationsWithinGroups(AnalysisContext context, BackgroundColumns.Column column,
			List<String> groups, Map<String, List<Integer>> rows) {
		if (context.dependent().isEmpty()) {
			context.problem(Severity.WARNING, BackgroundColumns.PROBLEM_PREFIX + "noDependent", NAME
					+ ": correlations = yes needs a dependent variable; the study declares none");
			return;
		}
		IndexVariable dependent = context.dependent().get();
		double[] y = context.scores(dependent).scores();
		ResultTable table = MeasurementTables.table(ID, "Correlations with " + dependent.getName() + " within each "
				+ column.name() + " group", List.of("group", "label", "factor"), List.of("n", "r", "p (two-tailed)"));
		MeasurementTables.typed(table, ColumnKind.COUNT, ColumnKind.COEFFICIENT, ColumnKind.P);
		for (String group : groups) {
			List<Integer> members = rows.get(group);
			double[] yg = members.stream().mapToDouble(r -> y[r]).toArray();
			for (Factor factor : context.factors()) {
				IndexVariable index = factor.getIndex();
				if (index == null || index.eIsProxy() || index == dependent) {
					continue;
				}
				double[] x = context.scores(index).scores();
				double[] xg = members.stream().mapToDouble(r -> x[r]).toArray();
				CorrelationResult r = CorrelationAnalysis.correlate(context.plan(), xg, yg);
				table.getRows().add(MeasurementTables.row(text(group), text(column.labels().getOrDefault(group, "")),
						text(factor.getName()), count(r.n()), number(r.coefficient(), 3), MeasurementTables.p(r.pTwoTailed())));
			}
		}
		table.setNote(MethodsText.coefficient(context.plan().getMethod()) + ", pairwise within each group, p two-tailed"
				+ " and unadjusted; groups of fewer than 3 respondents are not computable.");
		context.results().getTables().add(table);
	}
}
