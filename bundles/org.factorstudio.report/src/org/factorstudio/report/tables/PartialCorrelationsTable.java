package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * Each factor's partial correlation with the dependent variable, controlling for the other factors or the plan's
 * declared controls, with its confidence interval.
 */
public final class PartialCorrelationsTable {

	public static final String ID = "partial-correlations";

	private PartialCorrelationsTable() {
	}

	public static ReportTable build(TableContext c) {
		List<PartialCorrelation> table = c.sorted(c.results().getPartialCorrelations(), PartialCorrelation::getX);
		if (table.isEmpty()) {
			return null;
		}
		PartialCorrelation first = table.get(0);
		boolean adjusted = table.stream().anyMatch(x -> x.getPAdjusted() != null);
		List<Row> rows = new ArrayList<>();
		for (PartialCorrelation r : table) {
			String what = "partial r(" + r.getX() + ", " + r.getY() + ")";
			List<Cell> cells = new ArrayList<>(List.of(text(r.getX(), c.label(r.getX(), null), r),
					c.count(r.getN(), describe("n of " + what, r.getN(), r.getProvenance()), r),
					c.count(r.getDf(), r.getDf() == null ? null
							: describe("df of " + what, r.getDf(), r.getProvenance(), "df = n - 2 - k"), r),
					c.number(Kind.COEFFICIENT, r.getR(), describe(what, r.getR(), r.getProvenance(),
							"controls: " + TableContext.someOf(r.getControls(), 12)), r),
					c.number(Kind.P, r.getP(), describe("p of " + what, r.getP(), r.getProvenance()), r)));
			if (adjusted) {
				cells.add(c.number(Kind.P, r.getPAdjusted(), describe("adjusted p of " + what, r.getPAdjusted(),
						r.getProvenance(), c.correction()), r));
			}
			cells.add(CorrelationsTable.stars(c, r.getP(), r.getPAdjusted(), r));
			String ciRule = c.confidencePercent() + "% confidence interval, Fisher z with se 1/sqrt(n - 3 - k)";
			cells.add(c.number(Kind.SHORT_COEFFICIENT, r.getCiLower(), describe("CI lower limit of " + what,
					r.getCiLower(), r.getProvenance(), ciRule), r));
			cells.add(c.number(Kind.SHORT_COEFFICIENT, r.getCiUpper(), describe("CI upper limit of " + what,
					r.getCiUpper(), r.getProvenance(), ciRule), r));
			cells.add(text(r.getNote(), null, r));
			rows.add(new Row(c.groupOf(r.getX()), cells, r));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Factor"), Column.number("n"), Column.number("df"),
				Column.number("Partial r"), Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Sig."), Column.number(c.confidencePercent() + "% CI LL"),
				Column.number(c.confidencePercent() + "% CI UL"), Column.text("Note")));
		List<String> notes = new ArrayList<>();
		List<String> declared = c.declaredControls();
		String controls = declared.isEmpty() ? "the other " + first.getK() + " factors"
				: String.join(", ", declared) + " (declared; a factor is not controlled for itself)";
		notes.add("Each factor with " + first.getY() + ", controlling for " + controls + " ("
				+ TableContext.methodName(first.getMethod())
				+ ("spearman".equals(first.getMethod()) ? ": Pearson partial correlation of the ranks" : "")
				+ "; listwise, df = n - 2 - k).");
		if (adjusted) {
			notes.add(c.adjustedNote(table.size() + " partial correlations"));
		}
		notes.add(c.starsNote(adjusted) + " CI: " + c.confidencePercent() + "% confidence interval, Fisher z with"
				+ " se 1/sqrt(n - 3 - k).");
		return new ReportTable(ID, "Partial correlations with " + first.getY(), columns, rows, notes);
	}
}
