package org.factorstudio.ui.internal.widgets;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.ItemReliability;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.ui.internal.widgets.ResultTable.Column;

/** The tables of the result views, one factory per results model type. */
public final class ResultTables {

	private ResultTables() {
	}

	/** Correlations with the dependent variable: n, rho, p, adjusted p, flag, confidence interval. */
	public static ResultTable<Correlation> correlations(Composite parent) {
		List<Column<Correlation>> columns = List.of(
				Column.text("Factor", 170, Correlation::getX),
				Column.number("n", 40, Correlation::getN, (c, f) -> String.valueOf(c.getN())),
				Column.number("r", 60, Correlation::getCoefficient, (c, f) -> f.number(c.getCoefficient())),
				Column.number("p", 60, Correlation::getP, (c, f) -> f.p(c.getP())),
				Column.number("p adj.", 60, Correlation::getPAdjusted, (c, f) -> f.p(c.getPAdjusted())),
				Column.text("Flag", 40, Correlation::getFlag),
				Column.interval("CI", 110, Correlation::getCiLower, Correlation::getCiUpper,
						(c, f) -> f.interval(c.getCiLower(), c.getCiUpper())),
				Column.number("p (two-tailed)", 100, Correlation::getPTwoTailed, (c, f) -> f.p(c.getPTwoTailed())),
				Column.text("Tails", 70, Correlation::getTails),
				Column.text("Note", 250, Correlation::getNote));
		ResultTable<Correlation> table = new ResultTable<>(parent, columns, c -> ProvenanceText.of(c.getProvenance()));
		table.setExportName("correlations");
		return table;
	}

	/** Partial correlations of each factor with the dependent variable, controlling for the others. */
	public static ResultTable<PartialCorrelation> partialCorrelations(Composite parent) {
		List<Column<PartialCorrelation>> columns = List.of(
				Column.text("Factor", 200, PartialCorrelation::getX),
				Column.number("n", 50, PartialCorrelation::getN, (c, f) -> String.valueOf(c.getN())),
				Column.number("k", 40, PartialCorrelation::getK, (c, f) -> String.valueOf(c.getK())),
				Column.number("df", 50, PartialCorrelation::getDf, (c, f) -> NumberFormat.integer(c.getDf())),
				Column.number("r", 70, PartialCorrelation::getR, (c, f) -> f.number(c.getR())),
				Column.number("p", 70, PartialCorrelation::getP, (c, f) -> f.p(c.getP())),
				Column.number("p adj.", 70, PartialCorrelation::getPAdjusted, (c, f) -> f.p(c.getPAdjusted())),
				Column.text("Flag", 45, PartialCorrelation::getFlag),
				Column.text("Note", 250, PartialCorrelation::getNote));
		ResultTable<PartialCorrelation> table = new ResultTable<>(parent, columns,
				c -> "Controls: " + String.join(", ", c.getControls()) + " | " + ProvenanceText.of(c.getProvenance()));
		table.setExportName("partial-correlations");
		return table;
	}

	public static ResultTable<Descriptives> descriptives(Composite parent) {
		List<Column<Descriptives>> columns = List.of(
				Column.text("Variable", 200, Descriptives::getVariable),
				Column.text("Kind", 70, d -> d.getKind() == null ? "" : d.getKind().getLiteral()),
				Column.number("N", 50, Descriptives::getN, (d, f) -> String.valueOf(d.getN())),
				Column.number("Missing", 60, Descriptives::getMissing, (d, f) -> String.valueOf(d.getMissing())),
				Column.number("Mean", 70, Descriptives::getMean, (d, f) -> f.number(d.getMean())),
				Column.number("SD", 70, Descriptives::getSd, (d, f) -> f.number(d.getSd())),
				Column.number("Median", 70, Descriptives::getMedian, (d, f) -> f.number(d.getMedian())),
				Column.number("Min", 60, Descriptives::getMin, (d, f) -> f.number(d.getMin())),
				Column.number("Max", 60, Descriptives::getMax, (d, f) -> f.number(d.getMax())),
				Column.text("Label", 300, Descriptives::getLabel));
		ResultTable<Descriptives> table = new ResultTable<>(parent, columns, d -> ProvenanceText.of(d.getProvenance()));
		table.setExportName("descriptives");
		return table;
	}

	public static ResultTable<Reliability> reliability(Composite parent) {
		List<Column<Reliability>> columns = List.of(
				Column.text("Index variable", 200, Reliability::getIndex),
				Column.number("Items", 50, Reliability::getK, (r, f) -> String.valueOf(r.getK())),
				Column.number("n", 50, Reliability::getN, (r, f) -> String.valueOf(r.getN())),
				Column.number("Alpha", 70, Reliability::getAlpha, (r, f) -> f.number(r.getAlpha())),
				Column.number("Std. alpha", 80, Reliability::getStandardizedAlpha,
						(r, f) -> f.number(r.getStandardizedAlpha())),
				Column.number("Mean r", 70, Reliability::getMeanInterItemCorrelation,
						(r, f) -> f.number(r.getMeanInterItemCorrelation())),
				Column.text("Model", 80, Reliability::getModel),
				Column.text("Note", 250, Reliability::getNote));
		ResultTable<Reliability> table = new ResultTable<>(parent, columns, r -> ProvenanceText.of(r.getProvenance()));
		table.setExportName("reliability");
		return table;
	}

	public static ResultTable<ItemReliability> itemStatistics(Composite parent) {
		List<Column<ItemReliability>> columns = List.of(
				Column.text("Item", 80, ItemReliability::getItem),
				Column.text("Reversed", 70, i -> i.isReversed() ? "yes" : ""),
				Column.number("Mean", 70, ItemReliability::getMean, (i, f) -> f.number(i.getMean())),
				Column.number("SD", 70, ItemReliability::getSd, (i, f) -> f.number(i.getSd())),
				Column.number("Corrected item-total r", 150, ItemReliability::getCorrectedItemTotal,
						(i, f) -> f.number(i.getCorrectedItemTotal())),
				Column.number("Alpha if deleted", 120, ItemReliability::getAlphaIfDeleted,
						(i, f) -> f.number(i.getAlphaIfDeleted())),
				Column.text("Check", 200, i -> i.isSuspectedMisKeyed() ? "check keying (reversal)" : ""));
		ResultTable<ItemReliability> table = new ResultTable<>(parent, columns,
				i -> i.getItem() + (i.isReversed() ? " (reversed: min + max - x on the declared scale)" : ""));
		table.setExportName("item-statistics");
		return table;
	}

	public static ResultTable<HypothesisOutcome> hypotheses(Composite parent) {
		List<Column<HypothesisOutcome>> columns = List.of(
				Column.text("Hypothesis", 80, HypothesisOutcome::getHypothesis),
				Column.text("Factor", 200, HypothesisOutcome::getFactor),
				Column.text("Direction", 80, HypothesisOutcome::getDirection),
				Column.number("r", 70, HypothesisOutcome::getCoefficient, (h, f) -> f.number(h.getCoefficient())),
				Column.number("p", 70, HypothesisOutcome::getP, (h, f) -> f.p(h.getP())),
				Column.number("p adj.", 70, HypothesisOutcome::getPAdjusted, (h, f) -> f.p(h.getPAdjusted())),
				Column.text("Outcome", 100, h -> h.isSupported() ? "supported" : "not supported"),
				Column.text("Note", 250, HypothesisOutcome::getNote));
		ResultTable<HypothesisOutcome> table = new ResultTable<>(parent, columns,
				h -> NumberFormat.text(h.getText()) + (h.getIndex() == null ? "" : " | Index: " + h.getIndex()));
		table.setExportName("hypotheses");
		return table;
	}

	public static ResultTable<RowExclusion> exclusions(Composite parent) {
		List<Column<RowExclusion>> columns = List.of(
				Column.text("Reason", 300, RowExclusion::getReason),
				Column.number("Rows", 60, RowExclusion::getCount, (r, f) -> String.valueOf(r.getCount())));
		ResultTable<RowExclusion> table = new ResultTable<>(parent, columns, r -> {
			List<Integer> rows = r.getRows();
			String listed = rows.subList(0, Math.min(50, rows.size())).toString();
			return "File rows: " + listed + (rows.size() > 50 ? " ..." : "");
		});
		table.setExportName("excluded-rows");
		return table;
	}

	public static ResultTable<CellProblem> cellProblems(Composite parent) {
		List<Column<CellProblem>> columns = List.of(
				Column.number("Row", 60, CellProblem::getRow, (c, f) -> String.valueOf(c.getRow())),
				Column.text("Respondent", 90, CellProblem::getRespondentId),
				Column.text("Column", 80, CellProblem::getColumn),
				Column.text("Value", 70, CellProblem::getValue),
				Column.text("Problem", 120, CellProblem::getKind),
				Column.text("Action", 120, CellProblem::getAction),
				Column.text("Message", 350, CellProblem::getMessage));
		ResultTable<CellProblem> table = new ResultTable<>(parent, columns,
				c -> "Double-click to see row " + c.getRow() + " of the data file");
		table.setExportName("problem-cells");
		return table;
	}

	/**
	 * A table an analysis contributed by a plugin produced: its own columns; numeric cells sort by
	 * number and print in the number format unless the analysis gave their text.
	 */
	public static ResultTable<ResultRow> generic(Composite parent, org.factorstudio.model.results.ResultTable model) {
		List<Column<ResultRow>> columns = new ArrayList<>();
		for (int i = 0; i < model.getColumns().size(); i++) {
			ResultColumn column = model.getColumns().get(i);
			int index = i;
			if (column.isNumeric()) {
				columns.add(Column.number(column.getName(), 90, row -> cell(row, index) == null ? null : cell(row, index).getNumber(),
						(row, format) -> {
							ResultCell cell = cell(row, index);
							if (cell == null) {
								return "";
							}
							return cell.getNumber() != null ? format.number(cell.getNumber()) : NumberFormat.text(cell.getText());
						}, row -> {
							ResultCell cell = cell(row, index);
							return cell == null ? ""
									: cell.getNumber() != null ? ExportValues.number(cell.getNumber()) : NumberFormat.text(cell.getText());
						}));
			} else {
				columns.add(Column.text(column.getName(), 160,
						row -> cell(row, index) == null ? "" : cell(row, index).getText()));
			}
		}
		String provenance = ProvenanceText.of(model.getProvenance());
		String note = NumberFormat.text(model.getNote());
		ResultTable<ResultRow> table = new ResultTable<>(parent, columns,
				row -> note.isEmpty() ? provenance : note + " | " + provenance);
		table.setExportName(model.getAnalysisId() == null ? "table" : model.getAnalysisId());
		table.setRows(model.getRows());
		return table;
	}

	private static ResultCell cell(ResultRow row, int index) {
		return index < row.getCells().size() ? row.getCells().get(index) : null;
	}
}
