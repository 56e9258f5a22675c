package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/** The hypotheses: factor, direction, coefficient, p (adjusted p), and whether each is supported. */
public final class HypothesesTable {

	public static final String ID = "hypotheses";

	private HypothesesTable() {
	}

	public static ReportTable build(TableContext c) {
		List<HypothesisOutcome> table = c.results().getHypotheses();
		if (table.isEmpty()) {
			return null;
		}
		boolean adjusted = table.stream().anyMatch(h -> h.getPAdjusted() != null);
		List<Row> rows = new ArrayList<>();
		for (HypothesisOutcome h : table) {
			Correlation source = c.results().getDependentCorrelations().stream()
					.filter(x -> h.getIndex() != null && h.getIndex().equals(x.getX())).findFirst().orElse(null);
			Provenance provenance = source == null ? null : source.getProvenance();
			String what = h.getHypothesis() + " (" + (h.getIndex() == null ? "?" : h.getIndex()) + ")";
			List<Cell> cells = new ArrayList<>(List.of(text(h.getHypothesis(), h.getText(), h), text(h.getFactor(), null, h),
					text(h.getDirection(), null, h),
					c.number(Kind.COEFFICIENT, h.getCoefficient(), describe("coefficient of " + what, h.getCoefficient(),
							provenance), h),
					c.number(Kind.P, h.getP(), describe("p of " + what, h.getP(), provenance), h)));
			if (adjusted) {
				cells.add(c.number(Kind.P, h.getPAdjusted(), describe("adjusted p of " + what, h.getPAdjusted(), provenance,
						c.correction()), h));
			}
			cells.add(text(h.getFactor() == null && h.getCoefficient() == null ? "not tested"
					: h.isSupported() ? "supported" : "not supported", h.getNote(), h));
			cells.add(text(h.getNote(), null, h));
			rows.add(new Row(null, cells, h));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Hypothesis"), Column.text("Factor"),
				Column.text("Direction"), Column.number("r"), Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Outcome"), Column.text("Note")));
		return new ReportTable(ID, "Hypotheses", columns, rows,
				List.of("A hypothesis is supported when its correlation has the hypothesised sign and its "
						+ (adjusted ? "adjusted " : "") + "p is below the significance level" + c.significance() + "."));
	}
}
