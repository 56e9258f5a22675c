package org.factorstudio.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.model.results.ItemReliability;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.Tails;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.internal.Framework;
import org.factorstudio.report.internal.Numbers;
import org.factorstudio.report.internal.Provenances;

/**
 * The tables of a report, the same for every tabular format: import summary, problem cells, descriptives of
 * the index variables and of the statements, reliability, correlations with the dependent variable, partial
 * correlations, hypotheses, the correlation matrix, the tables of plugin analyses and the problems. Index
 * variables are grouped by the framework's areas when the study is known. Empty tables are left out.
 */
public final class ReportTables {

	public static final String IMPORT = "import";
	public static final String CELL_PROBLEMS = "cell-problems";
	public static final String DESCRIPTIVES = "descriptives";
	public static final String ITEM_DESCRIPTIVES = "item-descriptives";
	public static final String RELIABILITY = "reliability";
	public static final String ITEM_RELIABILITY = "item-reliability";
	public static final String CORRELATIONS = "correlations";
	public static final String PARTIAL_CORRELATIONS = "partial-correlations";
	public static final String HYPOTHESES = "hypotheses";
	public static final String CORRELATION_MATRIX = "correlation-matrix";
	public static final String PROBLEMS = "problems";

	static final String FLAGS_NOTE = "* p < .05, ** p < .01, *** p < .001 (on the reported p).";

	private final StudyResults results;
	private final Framework framework;
	private final ReportInput input;

	private ReportTables(ReportInput input) {
		this.input = input;
		this.results = input.results();
		this.framework = Framework.of(input);
	}

	/**
	 * A correlation matrix of more variables than this is too large for a table on a page (40 variables are 780
	 * cells in the lower triangle): documents show it as a heat map and point to its CSV table instead.
	 */
	public static final int LARGE_MATRIX = 40;

	/** Whether the results' matrix is larger than {@link #LARGE_MATRIX} variables. */
	public static boolean hasLargeMatrix(StudyResults results) {
		return results.getMatrix() != null && results.getMatrix().getVariables().size() > LARGE_MATRIX;
	}

	/**
	 * The tables of a document (HTML, Markdown, LaTeX): {@link #of(ReportInput)} without a
	 * {@linkplain #LARGE_MATRIX large} correlation matrix, which only the CSV tables hold in full.
	 */
	public static List<ReportTable> forDocuments(ReportInput input) {
		return of(input, !hasLargeMatrix(input.results()));
	}

	/** The sentence a document prints where a large matrix would stand. */
	public static String largeMatrixNote(StudyResults results) {
		int k = results.getMatrix().getVariables().size();
		return "The correlation matrix of the " + k + " index variables (" + (k * (k - 1) / 2)
				+ " pairs) is too large for a table here: the heat map shows it, and the CSV tables (--format csv,"
				+ " csv/" + CORRELATION_MATRIX + ".csv) hold every value.";
	}

	/** Every non-empty table of the report, in reading order. */
	public static List<ReportTable> of(ReportInput input) {
		return of(input, true);
	}

	private static List<ReportTable> of(ReportInput input, boolean withMatrix) {
		ReportTables tables = new ReportTables(input);
		List<ReportTable> all = new ArrayList<>();
		tables.add(all, tables.importSummary());
		tables.add(all, tables.cellProblems());
		tables.add(all, tables.descriptives());
		tables.add(all, tables.reliability());
		tables.add(all, tables.correlations());
		tables.add(all, tables.partialCorrelations());
		tables.add(all, tables.hypotheses());
		if (withMatrix) {
			tables.add(all, tables.matrix());
		}
		List<ResultTable> generic = tables.results.getTables();
		for (int i = 0; i < generic.size(); i++) {
			tables.add(all, tables.generic(generic.get(i), i + 1));
		}
		tables.add(all, tables.itemDescriptives());
		tables.add(all, tables.itemReliability());
		tables.add(all, tables.problems());
		return List.copyOf(all);
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

	private void add(List<ReportTable> all, ReportTable table) {
		if (table != null && !table.rows().isEmpty()) {
			all.add(table);
		}
	}

	ReportTable importSummary() {
		ImportReport report = results.getImportReport();
		if (report == null) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		String file = report.getFile();
		rows.add(row(null, Cell.text("Data file"), Cell.text(relativeToStudy(file), file)));
		rows.add(row(null, Cell.text("Format"), Cell.text(String.join(", ", nonNull(report.getFormat(),
				report.getEncoding() == null ? null : "encoding " + report.getEncoding(),
				report.getDelimiter() == null ? null : "delimiter '" + report.getDelimiter() + "'")))));
		rows.add(row(null, Cell.text("Rows read"), integer(report.getRowsRead(), "data rows in " + file + " (header not counted)")));
		rows.add(row(null, Cell.text("Rows kept"), integer(report.getRowsKept(), "rows that entered the analysis")));
		for (RowExclusion exclusion : report.getExclusions()) {
			List<String> ids = exclusion.getRespondentIds().isEmpty()
					? exclusion.getRows().stream().map(r -> "line " + r).toList()
					: exclusion.getRespondentIds();
			rows.add(row(null, Cell.text("Excluded: " + exclusion.getReason()), integer(exclusion.getCount(),
					ids.isEmpty() ? exclusion.getReason() : "respondents: " + listed(ids))));
		}
		rows.add(row(null, Cell.text("Problem cells"), integer(report.getCellProblems().size(),
				"cells that could not be used as given; each is listed in the problem cells table")));
		if (!report.getDuplicateIds().isEmpty()) {
			rows.add(row(null, Cell.text("Duplicate respondent ids"), Cell.text(String.join(", ", report.getDuplicateIds()))));
		}
		if (!report.getUnusedColumns().isEmpty()) {
			rows.add(row(null, Cell.text("Columns not used by the study"),
					Cell.text(String.join(", ", report.getUnusedColumns()))));
		}
		return new ReportTable(IMPORT, "Data import", List.of(Column.text(""), Column.text("Value")), rows,
				List.of("The input file is never modified; excluded rows and problem cells are listed with their line."));
	}

	/** The data file as the study names it (relative to the study's folder) when it lies below that folder. */
	private String relativeToStudy(String file) {
		if (file == null || results.getStudyFile() == null) {
			return file;
		}
		try {
			Path data = Path.of(file);
			Path folder = Path.of(results.getStudyFile()).toAbsolutePath().normalize().getParent();
			if (data.isAbsolute() && folder != null && data.normalize().startsWith(folder)) {
				return folder.relativize(data.normalize()).toString();
			}
		} catch (InvalidPathException e) {
			// not a path of this file system: show it as recorded
		}
		return file;
	}

	ReportTable cellProblems() {
		ImportReport report = results.getImportReport();
		if (report == null) {
			return null;
		}
		List<Row> rows = new ArrayList<>();
		for (CellProblem cell : report.getCellProblems()) {
			rows.add(row(null, integer(cell.getRow(), "line in the data file (1 = header)"), Cell.text(cell.getRespondentId()),
					Cell.text(cell.getColumn()), Cell.text(cell.getValue()), Cell.text(cell.getMessage() != null
							? cell.getMessage() : cell.getKind()), Cell.text(cell.getAction())));
		}
		return new ReportTable(CELL_PROBLEMS, "Problem cells in the data",
				List.of(Column.number("Line"), Column.text("Respondent"), Column.text("Column"), Column.text("Value"),
						Column.text("Problem"), Column.text("Action")),
				rows, List.of());
	}

	ReportTable descriptives() {
		List<Descriptives> indices = sorted(
				results.getDescriptives().stream().filter(d -> d.getKind() == VariableKind.INDEX).toList(),
				Descriptives::getVariable);
		List<Row> rows = new ArrayList<>();
		for (Descriptives d : indices) {
			String name = d.getVariable();
			int k = d.getProvenance() == null ? 0 : d.getProvenance().getItems().size();
			rows.add(row(framework.groupOf(name), Cell.text(name, label(name, d.getLabel())),
					integer(k, "statements in " + name + (d.getProvenance() == null ? ""
							: ": " + String.join(", ", d.getProvenance().getItems()))),
					descriptive(d, "N", d.getN()), descriptive(d, "missing", d.getMissing()),
					descriptive(d, "M", d.getMean(), Numbers.fixed(d.getMean(), 2)),
					descriptive(d, "SD", d.getSd(), Numbers.fixed(d.getSd(), 2)),
					descriptive(d, "min", d.getMin(), Numbers.fixed(d.getMin(), 2)),
					descriptive(d, "max", d.getMax(), Numbers.fixed(d.getMax(), 2)),
					descriptive(d, "median", d.getMedian(), Numbers.fixed(d.getMedian(), 2))));
		}
		return new ReportTable(DESCRIPTIVES, "Descriptive statistics of the index variables",
				List.of(Column.text("Index variable"), Column.number("Items"), Column.number("N"), Column.number("Missing"),
						Column.number("M"), Column.number("SD"), Column.number("Min"), Column.number("Max"),
						Column.number("Mdn")),
				rows, List.of("SD with n - 1. Index values are means of their statements after reverse coding."));
	}

	ReportTable itemDescriptives() {
		List<Row> rows = new ArrayList<>();
		for (Descriptives d : results.getDescriptives()) {
			if (d.getKind() != VariableKind.INDICATOR) {
				continue;
			}
			rows.add(row(null, Cell.text(d.getVariable()), Cell.text(d.getLabel()), descriptive(d, "N", d.getN()),
					descriptive(d, "missing", d.getMissing()), descriptive(d, "M", d.getMean(), Numbers.fixed(d.getMean(), 2)),
					descriptive(d, "SD", d.getSd(), Numbers.fixed(d.getSd(), 2)),
					descriptive(d, "min", d.getMin(), Numbers.fixed(d.getMin(), 0)),
					descriptive(d, "max", d.getMax(), Numbers.fixed(d.getMax(), 0))));
		}
		return new ReportTable(ITEM_DESCRIPTIVES, "Descriptive statistics of the statements (answers as given)",
				List.of(Column.text("Statement"), Column.text("Text"), Column.number("N"), Column.number("Missing"),
						Column.number("M"), Column.number("SD"), Column.number("Min"), Column.number("Max")),
				rows, List.of("Answers before reverse coding; user-missing codes and invalid values are missing."));
	}

	ReportTable reliability() {
		List<Row> rows = new ArrayList<>();
		String model = null;
		for (Reliability r : sorted(results.getReliabilities(), Reliability::getIndex)) {
			model = model == null ? r.getModel() : model;
			String what = "(" + r.getIndex() + ")";
			rows.add(row(framework.groupOf(r.getIndex()), Cell.text(r.getIndex(), label(r.getIndex(), null)),
					integer(r.getK(), describe("k " + what, r.getK(), r.getProvenance())),
					integer(r.getN(), describe("n " + what, r.getN(), r.getProvenance())),
					number(r.getAlpha(), Numbers.bounded(r.getAlpha(), 2), describe("Cronbach's alpha " + what, r.getAlpha(),
							r.getProvenance(), r.getModel())),
					number(r.getStandardizedAlpha(), Numbers.bounded(r.getStandardizedAlpha(), 2),
							describe("standardized alpha " + what, r.getStandardizedAlpha(), r.getProvenance(), r.getModel())),
					number(r.getMeanInterItemCorrelation(), Numbers.bounded(r.getMeanInterItemCorrelation(), 2),
							describe("mean inter-item r " + what, r.getMeanInterItemCorrelation(), r.getProvenance())),
					Cell.text(r.getNote())));
		}
		return new ReportTable(RELIABILITY, "Reliability of the index variables (Cronbach's alpha" + (model == null ? ""
				: ", " + model) + ")",
				List.of(Column.text("Index variable"), Column.number("Items"), Column.number("n"), Column.number("α"),
						Column.number("Std. α"), Column.number("Mean r"), Column.text("Note")),
				rows, List.of("Mean r: mean inter-item correlation. Single-statement indices have no alpha."));
	}

	ReportTable itemReliability() {
		List<Row> rows = new ArrayList<>();
		for (Reliability r : sorted(results.getReliabilities(), Reliability::getIndex)) {
			for (ItemReliability item : r.getItems()) {
				String what = "(" + item.getItem() + " in " + r.getIndex() + ")";
				rows.add(row(r.getIndex(), Cell.text(item.getItem()), Cell.text(item.isReversed() ? "yes" : "no"),
						number(item.getMean(), Numbers.fixed(item.getMean(), 2), describe("M " + what, item.getMean(),
								r.getProvenance(), "after reverse coding")),
						number(item.getSd(), Numbers.fixed(item.getSd(), 2), describe("SD " + what, item.getSd(), r.getProvenance())),
						number(item.getCorrectedItemTotal(), Numbers.bounded(item.getCorrectedItemTotal(), 2),
								describe("corrected item-total r " + what, item.getCorrectedItemTotal(), r.getProvenance())),
						number(item.getAlphaIfDeleted(), Numbers.bounded(item.getAlphaIfDeleted(), 2),
								describe("alpha if deleted " + what, item.getAlphaIfDeleted(), r.getProvenance())),
						Cell.text(item.isSuspectedMisKeyed() ? "check reverse coding" : "")));
			}
		}
		return new ReportTable(ITEM_RELIABILITY, "Item statistics within each index variable",
				List.of(Column.text("Statement"), Column.text("Reversed"), Column.number("M"), Column.number("SD"),
						Column.number("r item-total"), Column.number("α if deleted"), Column.text("Note")),
				rows, List.of("r item-total: corrected item-total correlation (the item against the sum of the others)."));
	}

	ReportTable correlations() {
		List<Correlation> table = sorted(results.getDependentCorrelations(), Correlation::getX);
		if (table.isEmpty()) {
			return null;
		}
		Correlation first = table.get(0);
		boolean adjusted = table.stream().anyMatch(c -> c.getPAdjusted() != null);
		String symbol = symbol(first.getMethod());
		List<Row> rows = new ArrayList<>();
		for (Correlation c : table) {
			String what = symbol + "(" + c.getX() + ", " + c.getY() + ")";
			List<Cell> cells = new ArrayList<>(List.of(Cell.text(c.getX(), label(c.getX(), null)),
					integer(c.getN(), describe("n of " + what, c.getN(), c.getProvenance())),
					number(c.getCoefficient(), Numbers.bounded(c.getCoefficient(), 3), describe(what, c.getCoefficient(),
							c.getProvenance(), c.getT() == null ? null : "t = " + Numbers.fixed(c.getT(), 4) + ", df = " + c.getDf())),
					number(c.getP(), Numbers.p(c.getP()), describe("p of " + what, c.getP(), c.getProvenance(), c.getTails()))));
			if (adjusted) {
				cells.add(number(c.getPAdjusted(), Numbers.p(c.getPAdjusted()),
						describe("adjusted p of " + what, c.getPAdjusted(), c.getProvenance(), correction())));
			}
			cells.add(Cell.text(c.getFlag(), c.getFlag() == null || c.getFlag().isEmpty() ? null : "on p = " + Numbers.p(c.getP())));
			cells.add(number(c.getCiLower(), Numbers.bounded(c.getCiLower(), 2),
					describe("CI lower limit of " + what, c.getCiLower(), c.getProvenance(), ciRule())));
			cells.add(number(c.getCiUpper(), Numbers.bounded(c.getCiUpper(), 2),
					describe("CI upper limit of " + what, c.getCiUpper(), c.getProvenance(), ciRule())));
			cells.add(Cell.text(c.getNote()));
			rows.add(new Row(framework.groupOf(c.getX()), cells));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Factor"), Column.number("n"), Column.number(symbol),
				Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Sig."), Column.number(confidencePercent() + "% CI LL"),
				Column.number(confidencePercent() + "% CI UL"), Column.text("Note")));
		List<String> notes = new ArrayList<>();
		notes.add(methodName(first.getMethod()) + ", " + (first.getTails() == null ? "" : first.getTails()) + ". n: respondents with both values.");
		if (adjusted) {
			notes.add("p adj.: " + correction() + " over the " + table.size() + " correlations with " + first.getY() + ".");
		}
		notes.add(FLAGS_NOTE + " CI: " + ciRule() + ".");
		return new ReportTable(CORRELATIONS, "Correlations of each factor with " + first.getY(), columns, rows, notes);
	}

	ReportTable partialCorrelations() {
		List<PartialCorrelation> table = sorted(results.getPartialCorrelations(), PartialCorrelation::getX);
		if (table.isEmpty()) {
			return null;
		}
		PartialCorrelation first = table.get(0);
		boolean adjusted = table.stream().anyMatch(c -> c.getPAdjusted() != null);
		List<Row> rows = new ArrayList<>();
		for (PartialCorrelation c : table) {
			String what = "partial r(" + c.getX() + ", " + c.getY() + ")";
			List<Cell> cells = new ArrayList<>(List.of(Cell.text(c.getX(), label(c.getX(), null)),
					integer(c.getN(), describe("n of " + what, c.getN(), c.getProvenance())),
					c.getDf() == null ? Cell.EMPTY : integer(c.getDf(), describe("df of " + what, c.getDf(), c.getProvenance(), "df = n - 2 - k")),
					number(c.getR(), Numbers.bounded(c.getR(), 3), describe(what, c.getR(), c.getProvenance(),
							"controls: " + someOf(c.getControls(), 12))),
					number(c.getP(), Numbers.p(c.getP()), describe("p of " + what, c.getP(), c.getProvenance()))));
			if (adjusted) {
				cells.add(number(c.getPAdjusted(), Numbers.p(c.getPAdjusted()),
						describe("adjusted p of " + what, c.getPAdjusted(), c.getProvenance(), correction())));
			}
			cells.add(Cell.text(c.getFlag()));
			cells.add(Cell.text(c.getNote()));
			rows.add(new Row(framework.groupOf(c.getX()), cells));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Factor"), Column.number("n"), Column.number("df"),
				Column.number("Partial r"), Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Sig."), Column.text("Note")));
		List<String> notes = new ArrayList<>();
		notes.add("Each factor with " + first.getY() + ", controlling for the other " + first.getK() + " factors ("
				+ methodName(first.getMethod()) + (("spearman".equals(first.getMethod())) ? ": Pearson partial correlation of the ranks" : "")
				+ "; listwise, df = n - 2 - k).");
		if (adjusted) {
			notes.add("p adj.: " + correction() + " over the " + table.size() + " partial correlations.");
		}
		notes.add(FLAGS_NOTE);
		return new ReportTable(PARTIAL_CORRELATIONS, "Partial correlations with " + first.getY(), columns, rows, notes);
	}

	ReportTable hypotheses() {
		List<HypothesisOutcome> table = results.getHypotheses();
		if (table.isEmpty()) {
			return null;
		}
		boolean adjusted = table.stream().anyMatch(h -> h.getPAdjusted() != null);
		List<Row> rows = new ArrayList<>();
		for (HypothesisOutcome h : table) {
			Correlation source = results.getDependentCorrelations().stream()
					.filter(c -> h.getIndex() != null && h.getIndex().equals(c.getX())).findFirst().orElse(null);
			var provenance = source == null ? null : source.getProvenance();
			String what = h.getHypothesis() + " (" + (h.getIndex() == null ? "?" : h.getIndex()) + ")";
			List<Cell> cells = new ArrayList<>(List.of(
					Cell.text(h.getHypothesis(), h.getText()), Cell.text(h.getFactor()), Cell.text(h.getDirection()),
					number(h.getCoefficient(), Numbers.bounded(h.getCoefficient(), 3), describe("coefficient of " + what,
							h.getCoefficient(), provenance)),
					number(h.getP(), Numbers.p(h.getP()), describe("p of " + what, h.getP(), provenance))));
			if (adjusted) {
				cells.add(number(h.getPAdjusted(), Numbers.p(h.getPAdjusted()),
						describe("adjusted p of " + what, h.getPAdjusted(), provenance, correction())));
			}
			cells.add(Cell.text(h.getFactor() == null && h.getCoefficient() == null ? "not tested"
					: h.isSupported() ? "supported" : "not supported", h.getNote()));
			cells.add(Cell.text(h.getNote()));
			rows.add(new Row(null, cells));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Hypothesis"), Column.text("Factor"),
				Column.text("Direction"), Column.number("r"), Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Outcome"), Column.text("Note")));
		return new ReportTable(HYPOTHESES, "Hypotheses", columns, rows,
				List.of("A hypothesis is supported when its correlation has the hypothesised sign and its "
						+ (adjusted ? "adjusted " : "") + "p is below the significance level" + significance() + "."));
	}

	ReportTable matrix() {
		CorrelationMatrix matrix = results.getMatrix();
		if (matrix == null || matrix.getVariables().isEmpty()) {
			return null;
		}
		List<String> variables = matrix.getVariables();
		CellIndex index = CellIndex.of(matrix);
		// a large matrix goes to CSV only, where hover texts have no place: one string less per cell
		boolean large = variables.size() > LARGE_MATRIX;
		List<Column> columns = new ArrayList<>();
		columns.add(Column.text("Variable"));
		for (int j = 0; j < variables.size(); j++) {
			columns.add(Column.number(String.valueOf(j + 1)));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < variables.size(); i++) {
			List<Cell> cells = new ArrayList<>();
			cells.add(Cell.text((i + 1) + ". " + variables.get(i), label(variables.get(i), null)));
			for (int j = 0; j < variables.size(); j++) {
				if (j == i) {
					cells.add(Cell.text("—"));
				} else if (j > i) {
					cells.add(Cell.EMPTY);
				} else {
					Correlation cell = index.get(i, j);
					cells.add(cell == null ? Cell.EMPTY
							: large ? number(cell.getCoefficient(), Numbers.bounded(cell.getCoefficient(), 2)
									+ (cell.getFlag() == null ? "" : cell.getFlag()), null)
									: matrixCell(cell));
				}
			}
			rows.add(new Row(null, cells));
		}
		return new ReportTable(CORRELATION_MATRIX, "Correlation matrix of the index variables ("
				+ (matrix.getMethod() == null ? "" : matrix.getMethod()) + ")", columns, rows,
				List.of("Two-tailed. " + FLAGS_NOTE.replace(" (on the reported p).", " (unadjusted).")
						+ " Hover a cell (HTML) for n, p and the adjusted p."));
	}

	static Cell matrixCell(Correlation cell) {
		String what = "r(" + cell.getX() + ", " + cell.getY() + ")";
		String flag = cell.getFlag() == null ? "" : cell.getFlag();
		return number(cell.getCoefficient(), Numbers.bounded(cell.getCoefficient(), 2) + flag,
				describe(what, cell.getCoefficient(), null, "n = " + cell.getN(),
						cell.getP() == null ? null : "p two-tailed = " + Numbers.exact(cell.getP()),
						cell.getPAdjusted() == null ? null : "adjusted p = " + Numbers.exact(cell.getPAdjusted()),
						cell.getNote()));
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
			for (Correlation c : matrix.getCells()) {
				Integer x = position.get(c.getX());
				Integer y = position.get(c.getY());
				if (x != null && y != null && !x.equals(y)) {
					int row = Math.max(x, y);
					int column = Math.min(x, y);
					if (cells[row][column] == null) {
						cells[row][column] = c;
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

	/**
	 * At most {@code shown} names and how many there are in all: a hover text naming every other factor of a
	 * framework of a thousand would make the table grow with the square of its rows.
	 */
	static String someOf(List<String> names, int shown) {
		if (names.size() <= shown) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, shown)) + ", ... (" + names.size() + " in all)";
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

	ReportTable generic(ResultTable table, int number) {
		List<Column> columns = new ArrayList<>();
		for (ResultColumn column : table.getColumns()) {
			columns.add(new Column(column.getName() == null ? "" : column.getName(), column.isNumeric()));
		}
		List<Row> rows = new ArrayList<>();
		for (ResultRow row : table.getRows()) {
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				ResultCell cell = i < row.getCells().size() ? row.getCells().get(i) : null;
				if (cell == null) {
					cells.add(Cell.EMPTY);
				} else if (cell.getNumber() != null) {
					String text = cell.getText() != null ? cell.getText() : Numbers.fixed(cell.getNumber(), 3);
					cells.add(new Cell(text, cell.getNumber(), describe(columns.get(i).name(), cell.getNumber(),
							table.getProvenance(), "analysis " + table.getAnalysisId())));
				} else {
					cells.add(Cell.text(cell.getText()));
				}
			}
			rows.add(new Row(null, cells));
		}
		String id = "table-" + slug(table.getAnalysisId() == null ? "analysis" : table.getAnalysisId()) + "-" + number;
		String title = table.getTitle() == null || table.getTitle().isBlank() ? "Results of " + table.getAnalysisId()
				: table.getTitle();
		List<String> notes = table.getNote() == null || table.getNote().isBlank() ? List.of() : List.of(table.getNote());
		return new ReportTable(id, title, columns, rows, notes);
	}

	ReportTable problems() {
		List<Row> rows = new ArrayList<>();
		for (Problem problem : results.getProblems()) {
			String where = problem.getFile() == null ? "" : problem.getFile() + (problem.getLine() > 0 ? ":" + problem.getLine() : "");
			rows.add(row(null, Cell.text(problem.getSeverity() == null ? "" : problem.getSeverity().getLiteral()),
					Cell.text(problem.getMessage()), Cell.text(where), Cell.text(problem.getCode())));
		}
		return new ReportTable(PROBLEMS, "Problems found in the study and the data",
				List.of(Column.text("Severity"), Column.text("Message"), Column.text("Where"), Column.text("Code")), rows,
				List.of());
	}

	// --- helpers

	private <T> List<T> sorted(List<T> rows, Function<T, String> index) {
		List<T> copy = new ArrayList<>(rows);
		copy.sort(Comparator.comparingInt(row -> framework.order(index.apply(row))));
		return copy;
	}

	private String label(String index, String fallback) {
		String label = framework.indexLabels().get(index);
		if (label != null) {
			return label;
		}
		return framework.factorOf(index).map(f -> f.label()).orElse(fallback);
	}

	private static Row row(String group, Cell... cells) {
		return new Row(group, List.of(cells));
	}

	private static Cell integer(int value, String provenance) {
		return new Cell(String.valueOf(value), value, provenance);
	}

	private static Cell number(Double value, String text, String provenance) {
		if (value == null || value.isNaN()) {
			return new Cell("", null, provenance);
		}
		return new Cell(text, value, provenance);
	}

	private static Cell descriptive(Descriptives d, String what, int value) {
		return integer(value, describe(what + " of " + d.getVariable(), value, d.getProvenance()));
	}

	private static Cell descriptive(Descriptives d, String what, Double value, String text) {
		return number(value, text, describe(what + " of " + d.getVariable(), value, d.getProvenance()));
	}

	private static String describe(String what, Number value, org.factorstudio.model.results.Provenance provenance,
			String... extras) {
		return Provenances.describe(what, value, provenance, extras);
	}

	private static String listed(List<String> ids) {
		return ids.size() <= 25 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 25)) + ", ... (" + ids.size() + ")";
	}

	private static List<String> nonNull(String... parts) {
		return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
	}

	private AnalysisPlan plan() {
		return input.optionalStudy().map(Study::getPlan).orElse(null);
	}

	private String correction() {
		AnalysisPlan plan = plan();
		if (plan == null) {
			return "adjusted for multiple testing";
		}
		return correctionName(plan.getCorrection()) + "-adjusted";
	}

	private String significance() {
		AnalysisPlan plan = plan();
		return plan == null ? "" : " (" + plan.getSignificanceLevel() + ")";
	}

	private int confidencePercent() {
		AnalysisPlan plan = plan();
		return plan == null ? 95 : (int) Math.round(plan.getConfidenceLevel() * 100);
	}

	private String ciRule() {
		return confidencePercent() + "% confidence interval, Fisher z";
	}

	/** The coefficient's symbol for a table header. */
	public static String symbol(String method) {
		if (method == null) {
			return "r";
		}
		return switch (method.toLowerCase(Locale.ROOT)) {
		case "spearman" -> "ρ";
		case "kendall" -> "τ";
		default -> "r";
		};
	}

	static String methodName(String method) {
		if (method == null) {
			return "Correlation";
		}
		return switch (method.toLowerCase(Locale.ROOT)) {
		case "spearman" -> "Spearman's rho";
		case "kendall" -> "Kendall's tau-b";
		case "pearson" -> "Pearson's r";
		default -> method;
		};
	}

	static String correctionName(Correction correction) {
		return switch (correction) {
		case NONE -> "un";
		case BONFERRONI -> "Bonferroni";
		case HOLM -> "Holm";
		case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
		};
	}

	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "table" : slug;
	}

	static String methodsFromPlan(AnalysisPlan plan) {
		StringBuilder text = new StringBuilder();
		text.append("Correlations are ").append(methodName(plan.getMethod().getLiteral())).append(" with ")
				.append(plan.getMissing() == MissingPolicy.PAIRWISE ? "pairwise" : "listwise").append(" deletion; p-values ")
				.append(plan.getTails() == Tails.ONE ? "one-tailed in each hypothesis's declared direction" : "two-tailed");
		if (plan.getCorrection() != Correction.NONE) {
			text.append(", ").append(correctionName(plan.getCorrection())).append("-adjusted");
		}
		text.append("; significance level ").append(plan.getSignificanceLevel()).append("; confidence intervals ")
				.append(Math.round(plan.getConfidenceLevel() * 100)).append("% (Fisher z).");
		if (plan.isPartial()) {
			text.append(" Partial correlations control each factor for all other factors (listwise, df = n - 2 - k).");
		}
		return text.toString();
	}
}
