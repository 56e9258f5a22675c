package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.row;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.ItemReliability;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/** The statements of each index variable: mean, SD, corrected item-total r, alpha if deleted; grouped by index. */
public final class ItemReliabilityTable {

	public static final String ID = "item-reliability";

	private ItemReliabilityTable() {
	}

	public static ReportTable build(TableContext c) {
		List<Row> rows = new ArrayList<>();
		for (Reliability r : c.sorted(c.results().getReliabilities(), Reliability::getIndex)) {
			for (ItemReliability item : r.getItems()) {
				String what = "(" + item.getItem() + " in " + r.getIndex() + ")";
				rows.add(row(r.getIndex(), item, text(item.getItem(), null, item), text(item.isReversed() ? "yes" : "no", null, item),
						c.number(Kind.STATISTIC, item.getMean(), describe("M " + what, item.getMean(), r.getProvenance(),
								"after reverse coding"), item),
						c.number(Kind.STATISTIC, item.getSd(), describe("SD " + what, item.getSd(), r.getProvenance()), item),
						c.number(Kind.SHORT_COEFFICIENT, item.getCorrectedItemTotal(), describe("corrected item-total r " + what,
								item.getCorrectedItemTotal(), r.getProvenance()), item),
						c.number(Kind.SHORT_COEFFICIENT, item.getAlphaIfDeleted(), describe("alpha if deleted " + what,
								item.getAlphaIfDeleted(), r.getProvenance()), item),
						text(item.isSuspectedMisKeyed() ? "check reverse coding" : "", null, item)));
			}
		}
		return new ReportTable(ID, "Item statistics within each index variable",
				List.of(Column.text("Statement"), Column.text("Reversed"), Column.number("M"), Column.number("SD"),
						Column.number("r item-total"), Column.number("α if deleted"), Column.text("Note")),
				rows, List.of("r item-total: corrected item-total correlation (the item against the sum of the others)."));
	}
}
