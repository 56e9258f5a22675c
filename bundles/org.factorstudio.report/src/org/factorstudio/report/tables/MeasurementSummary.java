package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * The measurement results as a methodologist reads them, made from the tables the {@code efa} and {@code cfa}
 * analyses laid out: the standardized loadings beside the statements' texts with their communalities (EFA and
 * CFA), and the CFA's fit with the conventional cut-offs named. Every number keeps the exact value of the result
 * cell it shows.
 */
public final class MeasurementSummary {

	public static final String EFA_LOADINGS = "measurement-efa-loadings";
	public static final String CFA_LOADINGS = "measurement-cfa-loadings";
	public static final String FIT = "measurement-fit";

	private MeasurementSummary() {
	}

	/** The EFA's pattern loadings, communalities and uniquenesses, each statement with its text; empty without EFA. */
	public static Optional<ReportTable> efaLoadings(TableContext c) {
		Optional<ResultTable> found = find(c, "efa", "communality");
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ResultTable table = found.get();
		List<Column> columns = new ArrayList<>(List.of(Column.text("Statement"), Column.text("Text")));
		List<Integer> numeric = new ArrayList<>();
		for (int i = 1; i < table.getColumns().size(); i++) {
			String name = table.getColumns().get(i).getName();
			numeric.add(i);
			columns.add(Column.number(name.equals("communality") ? "h²" : name.equals("uniqueness") ? "u²" : name));
		}
		List<Row> rows = new ArrayList<>();
		for (ResultRow source : table.getRows()) {
			String label = textOf(source, 0);
			List<Cell> cells = new ArrayList<>(List.of(text(label, null, source), text(statementText(c, label), null, source)));
			for (int i : numeric) {
				String name = table.getColumns().get(i).getName();
				Double value = numberOf(source, i);
				cells.add(c.number(Kind.COEFFICIENT, value, describe(name + " of " + label, value, table.getProvenance()),
						source));
			}
			rows.add(new Row(null, cells, source));
		}
		List<String> notes = new ArrayList<>();
		notes.add("Standardized pattern loadings; h²: communality, u²: uniqueness (1 − h²). Loadings of .40 and more "
				+ "in absolute value are usually read as salient.");
		if (table.getNote() != null) {
			notes.add(table.getNote());
		}
		return Optional.of(new ReportTable(EFA_LOADINGS, "EFA loadings", columns, rows, notes));
	}

	/**
	 * The CFA's standardized loadings (lavaan's std.all), one row per statement under its index, the text of the
	 * statement and its communality (the squared standardized loading: the share of its variance the index
	 * explains); empty without CFA.
	 */
	public static Optional<ReportTable> cfaLoadings(TableContext c) {
		Optional<ResultTable> found = find(c, "cfa", "standardized");
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ResultTable table = found.get();
		int kind = column(table, "parameter");
		int left = column(table, "left");
		int right = column(table, "right");
		int estimate = column(table, "estimate");
		int se = column(table, "SE");
		int p = column(table, "p");
		int standardized = column(table, "standardized");
		List<Row> rows = new ArrayList<>();
		for (ResultRow source : table.getRows()) {
			if (!"loading".equals(textOf(source, kind))) {
				continue;
			}
			String index = textOf(source, left);
			String statement = textOf(source, right);
			Double lambda = numberOf(source, standardized);
			Double communality = lambda == null ? null : lambda * lambda;
			String what = " of " + statement + " on " + index;
			rows.add(row(index, source, text(statement, null, source), text(statementText(c, statement), null, source),
					c.number(Kind.COEFFICIENT, lambda, describe("standardized loading" + what, lambda,
							table.getProvenance(), "lavaan std.all"), source),
					c.number(Kind.COEFFICIENT, communality, describe("communality (R²)" + what, communality,
							table.getProvenance(), "squared standardized loading"), source),
					c.number(Kind.VALUE, numberOf(source, estimate), describe("unstandardized loading" + what,
							numberOf(source, estimate), table.getProvenance()), source),
					c.number(Kind.VALUE, numberOf(source, se), describe("standard error" + what, numberOf(source, se),
							table.getProvenance()), source),
					c.number(Kind.P, numberOf(source, p), describe("p" + what, numberOf(source, p),
							table.getProvenance()), source)));
		}
		return Optional.of(new ReportTable(CFA_LOADINGS, "CFA loadings", List.of(Column.text("Statement"),
				Column.text("Text"), Column.number("λ (std.)"), Column.number("R²"), Column.number("Estimate"),
				Column.number("SE"), Column.number("p")), rows,
				List.of("λ (std.): standardized loading (lavaan std.all); R²: its square, the share of the statement's "
						+ "variance its index explains; Estimate and SE: unstandardized, factor variances fixed to 1. "
						+ "Standardized loadings of .70 and more give an AVE of .50 (Fornell and Larcker).")));
	}

	/** A fit index with its conventional cut-off; {@code good} says whether the value meets it (null: no rule). */
	private record Rule(String label, String column, Kind kind, String cutOff, java.util.function.DoublePredicate good) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule("χ²", "chi-square", Kind.STATISTIC, "see p; grows with n", null),
			new Rule("df", "df", Kind.COUNT, "", null),
			new Rule("p", "p", Kind.P, "≥ .05 (exact fit)", v -> v >= 0.05),
			new Rule("CFI", "CFI", Kind.COEFFICIENT, "≥ .95 (≥ .90 acceptable)", v -> v >= 0.95),
			new Rule("TLI", "TLI", Kind.COEFFICIENT, "≥ .95 (≥ .90 acceptable)", v -> v >= 0.95),
			new Rule("RMSEA", "RMSEA", Kind.COEFFICIENT, "≤ .06 (≤ .08 acceptable)", v -> v <= 0.06),
			new Rule("SRMR", "SRMR", Kind.COEFFICIENT, "≤ .08", v -> v <= 0.08),
			new Rule("AIC", "AIC", Kind.STATISTIC, "lower is better (comparing models)", null),
			new Rule("BIC", "BIC", Kind.STATISTIC, "lower is better (comparing models)", null));

	/**
	 * The CFA's fit, one index per row: value, the conventional cut-off and whether the model meets it; RMSEA with its
	 * 90% interval; empty without CFA.
	 */
	public static Optional<ReportTable> fit(TableContext c) {
		Optional<ResultTable> found = find(c, "cfa", "CFI");
		if (found.isEmpty() || found.get().getRows().isEmpty()) {
			return Optional.empty();
		}
		ResultTable table = found.get();
		ResultRow source = table.getRows().get(0);
		List<Row> rows = new ArrayList<>();
		for (Rule rule : RULES) {
			Double value = numberOf(source, column(table, rule.column()));
			String verdict = rule.good() == null || value == null ? "" : rule.good().test(value) ? "met" : "not met";
			if (rule.column().equals("RMSEA") && value != null) {
				Double lower = numberOf(source, column(table, "RMSEA 90% lower"));
				Double upper = numberOf(source, column(table, "RMSEA 90% upper"));
				String interval = lower == null || upper == null ? ""
						: "[" + c.policy().format(Kind.COEFFICIENT, lower) + ", " + c.policy().format(Kind.COEFFICIENT, upper)
								+ "]";
				rows.add(new Row(null, List.of(text(rule.label(), null, source),
						c.number(rule.kind(), value, describe(rule.label(), value, table.getProvenance(),
								"90% interval " + interval), source),
						text(interval, describe("RMSEA 90% interval", lower, table.getProvenance(), "upper " + upper),
								source),
						text(rule.cutOff(), null, source), text(verdict, null, source)), source));
				continue;
			}
			rows.add(new Row(null, List.of(text(rule.label(), null, source),
					c.number(rule.kind(), value, describe(rule.label(), value, table.getProvenance()), source),
					text("", null, source), text(rule.cutOff(), null, source), text(verdict, null, source)), source));
		}
		Double n = numberOf(source, column(table, "n"));
		String title = String.format(Locale.ROOT, "CFA model fit (n = %s)", n == null ? "?" : NumberPolicy.plain(n));
		return Optional.of(new ReportTable(FIT, title, List.of(Column.text("Index"), Column.number("Value"),
				Column.text("90% CI"), Column.text("Conventional cut-off"), Column.text("Met")), rows,
				List.of("lavaan::cfa(std.lv = TRUE). Cut-offs (rules of thumb, read together): Hu and Bentler (1999); "
						+ "RMSEA ≤ .08: Browne and Cudeck (1993).")));
	}

	/** The generic table of an analysis that has a column of the given name. */
	private static Optional<ResultTable> find(TableContext c, String analysisId, String column) {
		return c.results().getTables().stream().filter(t -> analysisId.equals(t.getAnalysisId()))
				.filter(t -> column(t, column) >= 0).findFirst();
	}

	/** The text of a statement ("reversed q07" is q07's text), its English translation when the study has one. */
	private static String statementText(TableContext c, String label) {
		String name = label.startsWith("reversed ") ? label.substring("reversed ".length()) : label;
		Map<String, Indicator> byName = new LinkedHashMap<>();
		c.input().optionalStudy().ifPresent(study -> StudyQueries.indicators(study).forEach(i -> byName.put(i.getName(), i)));
		Indicator indicator = byName.get(name);
		if (indicator == null) {
			return "";
		}
		String text = indicator.getTranslation() != null && !indicator.getTranslation().isBlank()
				? indicator.getTranslation() : indicator.getText();
		return (label.startsWith("reversed ") ? "(reversed) " : "") + (text == null ? "" : text);
	}

	/** Position of the column of that name in an analysis's table, or -1 (also used by {@link ScreeSeries}). */
	static int column(ResultTable table, String name) {
		List<ResultColumn> columns = table.getColumns();
		for (int i = 0; i < columns.size(); i++) {
			if (name.equals(columns.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	private static String textOf(ResultRow row, int column) {
		if (column < 0 || column >= row.getCells().size() || row.getCells().get(column) == null) {
			return "";
		}
		String text = row.getCells().get(column).getText();
		return text == null ? "" : text;
	}

	private static Double numberOf(ResultRow row, int column) {
		if (column < 0 || column >= row.getCells().size()) {
			return null;
		}
		ResultCell cell = row.getCells().get(column);
		return cell == null ? null : cell.getNumber();
	}
}
