package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * Each factor's correlation with the dependent variable: n, the coefficient, p (and the adjusted p when the
 * study declares a correction), stars on the p the decisions use, the confidence interval and a note.
 */
public final class CorrelationsTable {

	public static final String ID = "correlations";

	private CorrelationsTable() {
	}

	/**
	 * The test statistic behind p, named as it is: t with its df for Pearson and Spearman; for Kendall z of the
	 * normal approximation, or T (the concordant pairs) where the exact p is used; null when there is none.
	 */
	static String statistic(Correlation r) {
		if (r.getT() == null) {
			return null;
		}
		if (r.getDf() != null) {
			return "t = " + NumberPolicy.fixed(r.getT(), 4) + ", df = " + r.getDf();
		}
		boolean kendall = r.getMethod() != null && r.getMethod().toLowerCase(java.util.Locale.ROOT).contains("kendall");
		return (kendall ? "Kendall's test statistic (z, or T for an exact p) = " : "test statistic = ")
				+ NumberPolicy.fixed(r.getT(), 4);
	}

	public static ReportTable build(TableContext c) {
		List<Correlation> table = c.sorted(c.results().getDependentCorrelations(), Correlation::getX);
		if (table.isEmpty()) {
			return null;
		}
		Correlation first = table.get(0);
		boolean adjusted = table.stream().anyMatch(x -> x.getPAdjusted() != null);
		String symbol = TableContext.symbol(first.getMethod());
		List<Row> rows = new ArrayList<>();
		for (Correlation r : table) {
			String what = symbol + "(" + r.getX() + ", " + r.getY() + ")";
			List<Cell> cells = new ArrayList<>(List.of(text(r.getX(), c.label(r.getX(), null), r),
					c.count(r.getN(), describe("n of " + what, r.getN(), r.getProvenance()), r),
					c.number(Kind.COEFFICIENT, r.getCoefficient(), describe(what, r.getCoefficient(), r.getProvenance(),
							statistic(r)), r),
					c.number(Kind.P, r.getP(), describe("p of " + what, r.getP(), r.getProvenance(), r.getTails()), r)));
			if (adjusted) {
				cells.add(c.number(Kind.P, r.getPAdjusted(), describe("adjusted p of " + what, r.getPAdjusted(),
						r.getProvenance(), c.correction()), r));
			}
			cells.add(stars(c, r.getP(), r.getPAdjusted(), r));
			cells.add(c.number(Kind.SHORT_COEFFICIENT, r.getCiLower(), describe("CI lower limit of " + what, r.getCiLower(),
					r.getProvenance(), c.ciRule()), r));
			cells.add(c.number(Kind.SHORT_COEFFICIENT, r.getCiUpper(), describe("CI upper limit of " + what, r.getCiUpper(),
					r.getProvenance(), c.ciRule()), r));
			cells.add(text(r.getNote(), null, r));
			rows.add(new Row(c.groupOf(r.getX()), cells, r));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Factor"), Column.number("n"), Column.number(symbol),
				Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Sig."), Column.number(c.confidencePercent() + "% CI LL"),
				Column.number(c.confidencePercent() + "% CI UL"), Column.text("Note")));
		List<String> notes = new ArrayList<>();
		notes.add(TableContext.methodName(first.getMethod()) + ", " + (first.getTails() == null ? "" : first.getTails())
				+ ". n: respondents with both values.");
		if (adjusted) {
			notes.add(c.adjustedNote(table.size() + " correlations with " + first.getY()));
		}
		notes.add(c.starsNote(adjusted) + " CI: " + c.ciRule() + ".");
		return new ReportTable(ID, "Correlations of each factor with " + first.getY(), columns, rows, notes);
	}

	/** The stars cell: on the adjusted p when there is one, which the hover text says. */
	static Cell stars(TableContext c, Double p, Double pAdjusted, org.eclipse.emf.ecore.EObject source) {
		Double decision = TableContext.decisionP(p, pAdjusted);
		String stars = NumberPolicy.stars(decision);
		return text(stars, stars.isEmpty() ? null : "on " + (pAdjusted != null ? "adjusted " : "") + "p "
				+ c.policy().pRelation(decision), source);
	}
}
