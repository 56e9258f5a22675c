package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Reliability;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/** Cronbach's alpha of each index variable, grouped by the framework's areas. */
public final class ReliabilityTable {

	public static final String ID = "reliability";

	private ReliabilityTable() {
	}

	public static ReportTable build(TableContext c) {
		List<Row> rows = new ArrayList<>();
		String model = null;
		for (Reliability r : c.sorted(c.results().getReliabilities(), Reliability::getIndex)) {
			model = model == null ? r.getModel() : model;
			String what = "(" + r.getIndex() + ")";
			rows.add(row(c.groupOf(r.getIndex()), r, text(r.getIndex(), c.label(r.getIndex(), null), r),
					c.count(r.getK(), describe("k " + what, r.getK(), r.getProvenance()), r),
					c.count(r.getN(), describe("n " + what, r.getN(), r.getProvenance()), r),
					c.number(Kind.SHORT_COEFFICIENT, r.getAlpha(), describe("Cronbach's alpha " + what, r.getAlpha(),
							r.getProvenance(), r.getModel()), r),
					c.number(Kind.SHORT_COEFFICIENT, r.getStandardizedAlpha(), describe("standardized alpha " + what,
							r.getStandardizedAlpha(), r.getProvenance(), r.getModel()), r),
					c.number(Kind.SHORT_COEFFICIENT, r.getMeanInterItemCorrelation(), describe("mean inter-item r " + what,
							r.getMeanInterItemCorrelation(), r.getProvenance()), r),
					text(r.getNote(), null, r)));
		}
		return new ReportTable(ID, "Reliability of the index variables (Cronbach's alpha" + (model == null ? "" : ", " + model)
				+ ")",
				List.of(Column.text("Index variable"), Column.number("Items"), Column.number("n"), Column.number("α"),
						Column.number("Std. α"), Column.number("Mean r"), Column.text("Note")),
				rows, List.of("Mean r: mean inter-item correlation. Single-statement indices have no alpha."));
	}
}
