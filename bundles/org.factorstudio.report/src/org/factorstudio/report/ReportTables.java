package org.factorstudio.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.Tails;
import org.factorstudio.report.tables.CellProblemsTable;
import org.factorstudio.report.tables.CorrelationsTable;
import org.factorstudio.report.tables.DescriptivesTable;
import org.factorstudio.report.tables.HypothesesTable;
import org.factorstudio.report.tables.ImportSummaryTable;
import org.factorstudio.report.tables.ItemDescriptivesTable;
import org.factorstudio.report.tables.ItemReliabilityTable;
import org.factorstudio.report.tables.MatrixTable;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.report.tables.PartialCorrelationsTable;
import org.factorstudio.report.tables.PluginTable;
import org.factorstudio.report.tables.ProblemsTable;
import org.factorstudio.report.tables.ReliabilityTable;
import org.factorstudio.report.tables.TableContext;

/**
 * The tables of a run, the same for every surface (report formats, the terminal's {@code text} format, the
 * IDE's views): import summary, problem cells, descriptives of the index variables and of the statements,
 * reliability, correlations with the dependent variable, partial correlations, hypotheses, the correlation
 * matrix, the tables of plugin analyses and the problems, each built by its class in
 * {@code org.factorstudio.report.tables} with one {@link NumberPolicy}. Index variables are grouped by the
 * framework's areas when the study is known. Empty tables are left out.
 */
public final class ReportTables {

	public static final String IMPORT = ImportSummaryTable.ID;
	public static final String CELL_PROBLEMS = CellProblemsTable.ID;
	public static final String DESCRIPTIVES = DescriptivesTable.ID;
	public static final String ITEM_DESCRIPTIVES = ItemDescriptivesTable.ID;
	public static final String RELIABILITY = ReliabilityTable.ID;
	public static final String ITEM_RELIABILITY = ItemReliabilityTable.ID;
	public static final String CORRELATIONS = CorrelationsTable.ID;
	public static final String PARTIAL_CORRELATIONS = PartialCorrelationsTable.ID;
	public static final String HYPOTHESES = HypothesesTable.ID;
	public static final String CORRELATION_MATRIX = MatrixTable.ID;
	public static final String PROBLEMS = ProblemsTable.ID;

	/** @see MatrixTable#LARGE */
	public static final int LARGE_MATRIX = MatrixTable.LARGE;

	private ReportTables() {
	}

	/** Whether the results' matrix is larger than {@link #LARGE_MATRIX} variables. */
	public static boolean hasLargeMatrix(StudyResults results) {
		return results.getMatrix() != null && results.getMatrix().getVariables().size() > LARGE_MATRIX;
	}

	/**
	 * The tables of a document (HTML, Markdown, LaTeX, text): {@link #of(ReportInput)} without a
	 * {@linkplain #LARGE_MATRIX large} correlation matrix, which only the CSV tables hold in full.
	 */
	public static List<ReportTable> forDocuments(ReportInput input) {
		return of(input, NumberPolicy.APA, !hasLargeMatrix(input.results()));
	}

	/** The sentence a document prints where a large matrix would stand. */
	public static String largeMatrixNote(StudyResults results) {
		int k = results.getMatrix().getVariables().size();
		return "The correlation matrix of the " + k + " index variables (" + (k * (k - 1) / 2)
				+ " pairs) is too large for a table here: the heat map shows it, and the CSV tables (--format csv,"
				+ " csv/" + CORRELATION_MATRIX + ".csv) hold every value.";
	}

	/** Every non-empty table of the report, in reading order, numbers by the {@linkplain NumberPolicy#APA APA} policy. */
	public static List<ReportTable> of(ReportInput input) {
		return of(input, NumberPolicy.APA);
	}

	/** Every non-empty table, numbers by the given policy (the IDE's number preferences). */
	public static List<ReportTable> of(ReportInput input, NumberPolicy policy) {
		return of(input, policy, true);
	}

	private static List<ReportTable> of(ReportInput input, NumberPolicy policy, boolean withMatrix) {
		TableContext context = TableContext.of(input, policy);
		List<ReportTable> all = new ArrayList<>();
		add(all, ImportSummaryTable.build(context));
		add(all, CellProblemsTable.build(context));
		add(all, DescriptivesTable.build(context));
		add(all, ReliabilityTable.build(context));
		add(all, CorrelationsTable.build(context));
		add(all, PartialCorrelationsTable.build(context));
		add(all, HypothesesTable.build(context));
		if (withMatrix) {
			add(all, MatrixTable.build(context));
		}
		for (ReportTable table : pluginTables(input, policy)) {
			add(all, table);
		}
		add(all, ItemDescriptivesTable.build(context));
		add(all, ItemReliabilityTable.build(context));
		add(all, ProblemsTable.build(context));
		return List.copyOf(all);
	}

	/**
	 * One table by its id (one of the constants here), built alone: a view that shows one table does not build
	 * the others (a large matrix is half a million cells). Null when the results have none.
	 */
	public static ReportTable table(ReportInput input, NumberPolicy policy, String id) {
		TableContext context = TableContext.of(input, policy);
		ReportTable table = switch (id) {
		case ImportSummaryTable.ID -> ImportSummaryTable.build(context);
		case CellProblemsTable.ID -> CellProblemsTable.build(context);
		case DescriptivesTable.ID -> DescriptivesTable.build(context);
		case ItemDescriptivesTable.ID -> ItemDescriptivesTable.build(context);
		case ReliabilityTable.ID -> ReliabilityTable.build(context);
		case ItemReliabilityTable.ID -> ItemReliabilityTable.build(context);
		case CorrelationsTable.ID -> CorrelationsTable.build(context);
		case PartialCorrelationsTable.ID -> PartialCorrelationsTable.build(context);
		case HypothesesTable.ID -> HypothesesTable.build(context);
		case MatrixTable.ID -> MatrixTable.build(context);
		case ProblemsTable.ID -> ProblemsTable.build(context);
		default -> throw new IllegalArgumentException("no table " + id);
		};
		return table == null || table.rows().isEmpty() ? null : table;
	}

	/**
	 * How many hypotheses are supported and by which rule: "15 of 17 hypotheses supported (p adjusted by Holm,
	 * one-tailed, α = .05)." The hypotheses table's last note; null when the results have no hypotheses.
	 */
	public static String hypothesesSummary(ReportInput input) {
		return HypothesesTable.summary(TableContext.of(input, NumberPolicy.APA));
	}

	/** The tables the analyses laid out themselves (plugins' among them), in the order of the results. */
	public static List<ReportTable> pluginTables(ReportInput input, NumberPolicy policy) {
		TableContext context = TableContext.of(input, policy);
		List<ResultTable> generic = input.results().getTables();
		List<ReportTable> tables = new ArrayList<>();
		for (int i = 0; i < generic.size(); i++) {
			tables.add(PluginTable.build(context, generic.get(i), i + 1));
		}
		return tables;
	}

	/** The table with this id among {@code tables}, or null. */
	public static ReportTable find(List<ReportTable> tables, String id) {
		return tables.stream().filter(table -> table.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * The methods paragraph: the one the engine stored with the results, else one generated from the study's
	 * analysis plan, else a sentence saying it is not known.
	 */
	public static String methods(ReportInput input) {
		String stored = input.results().getMethods();
		if (stored != null && !stored.isBlank()) {
			return stored.strip();
		}
		return input.optionalStudy().map(Study::getPlan).map(ReportTables::methodsFromPlan)
				.orElse("The analysis plan of these results is not known.");
	}

	private static void add(List<ReportTable> all, ReportTable table) {
		if (table != null && !table.rows().isEmpty()) {
			all.add(table);
		}
	}

	/**
	 * The cells of a matrix by the positions of their variables, for renderers that visit every pair (a search
	 * per pair made rendering a matrix of k variables take k^4 steps).
	 */
	public static final class CellIndex {
		private final Correlation[][] cells;

		private CellIndex(Correlation[][] cells) {
			this.cells = cells;
		}

		public static CellIndex of(CorrelationMatrix matrix) {
			List<String> variables = matrix.getVariables();
			Map<String, Integer> position = new HashMap<>();
			for (int i = 0; i < variables.size(); i++) {
				position.putIfAbsent(variables.get(i), i);
			}
			Correlation[][] cells = new Correlation[variables.size()][];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = new Correlation[i];
			}
			for (Correlation x : matrix.getCells()) {
				Integer a = position.get(x.getX());
				Integer b = position.get(x.getY());
				if (a != null && b != null && !a.equals(b)) {
					int row = Math.max(a, b);
					int column = Math.min(a, b);
					if (cells[row][column] == null) {
						cells[row][column] = x;
					}
				}
			}
			return new CellIndex(cells);
		}

		/** The cell of the variables at positions i and j (in either order); null on the diagonal or when missing. */
		public Correlation get(int i, int j) {
			return i == j ? null : cells[Math.max(i, j)][Math.min(i, j)];
		}
	}
	/** The cell of a pair, in either order. */
	public static Correlation cell(CorrelationMatrix matrix, String a, String b) {
		for (Correlation c : matrix.getCells()) {
			if (c.getX().equals(a) && c.getY().equals(b) || c.getX().equals(b) && c.getY().equals(a)) {
				return c;
			}
		}
		return null;
	}

	/** The coefficient's symbol for a table header. */
	public static String symbol(String method) {
		return TableContext.symbol(method);
	}

	static String methodsFromPlan(AnalysisPlan plan) {
		StringBuilder text = new StringBuilder();
		text.append("Correlations are ").append(TableContext.methodName(plan.getMethod().getLiteral())).append(" with ")
				.append(plan.getMissing() == MissingPolicy.PAIRWISE ? "pairwise" : "listwise").append(" deletion; p-values ")
				.append(plan.getTails() == Tails.ONE ? "one-tailed in each hypothesis's declared direction" : "two-tailed");
		if (plan.getCorrection() != Correction.NONE) {
			text.append(", ").append(TableContext.correctionName(plan.getCorrection())).append("-adjusted");
		}
		text.append("; significance level ").append(plan.getSignificanceLevel()).append("; confidence intervals ")
				.append(Math.round(plan.getConfidenceLevel() * 100)).append("% (Fisher z).");
		if (plan.isPartial()) {
			text.append(" Partial correlations control each factor for all other factors (listwise, df = n - 2 - k).");
		}
		return text.toString();
	}
}
