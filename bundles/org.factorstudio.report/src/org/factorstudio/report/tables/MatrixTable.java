package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * The correlation matrix of the index variables as APA prints it: a lower triangle, rows "1. Name", columns
 * numbered 1 to k - 1 (the last variable has no column: it would be empty), the coefficient with its stars.
 */
public final class MatrixTable {

	public static final String ID = "correlation-matrix";

	/**
	 * A correlation matrix of more variables than this is too large for a table on a page (40 variables are 780
	 * cells in the lower triangle): documents show it as a heat map and point to its CSV table instead.
	 */
	public static final int LARGE = 40;

	private MatrixTable() {
	}

	public static ReportTable build(TableContext c) {
		CorrelationMatrix matrix = c.results().getMatrix();
		if (matrix == null || matrix.getVariables().isEmpty()) {
			return null;
		}
		List<String> variables = matrix.getVariables();
		ReportTables.CellIndex index = ReportTables.CellIndex.of(matrix);
		// a large matrix goes to CSV only, where hover texts have no place: one string less per cell
		boolean large = variables.size() > LARGE;
		boolean adjusted = matrix.getCells().stream().anyMatch(x -> x.getPAdjusted() != null);
		int k = variables.size();
		List<Column> columns = new ArrayList<>();
		columns.add(Column.text("Variable"));
		for (int j = 0; j < k - 1; j++) {
			columns.add(Column.number(String.valueOf(j + 1)));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			List<Cell> cells = new ArrayList<>();
			cells.add(TableContext.text((i + 1) + ". " + variables.get(i), c.label(variables.get(i), null), null));
			for (int j = 0; j < k - 1; j++) {
				Correlation cell = j < i ? index.get(i, j) : null;
				cells.add(cell == null ? Cell.EMPTY : cell(c, cell, large));
			}
			rows.add(new Row(null, cells, matrix));
		}
		return new ReportTable(ID, "Correlation matrix of the index variables ("
				+ (matrix.getMethod() == null ? "" : matrix.getMethod()) + ")", columns, rows,
				List.of("Two-tailed. " + c.starsNote(adjusted) + " Hover a cell (HTML) for n, p and the adjusted p."));
	}

	/**
	 * The display text of a cell of the matrix: the coefficient, two decimals, with the stars of the p the
	 * decisions use; the heat map prints the same.
	 */
	public static String text(NumberPolicy policy, Correlation cell) {
		String number = policy.format(Kind.SHORT_COEFFICIENT, cell.getCoefficient());
		return number.isEmpty() ? "" : number + NumberPolicy.stars(TableContext.decisionP(cell.getP(), cell.getPAdjusted()));
	}

	static Cell cell(TableContext c, Correlation cell, boolean withoutProvenance) {
		Cell number = c.number(Kind.SHORT_COEFFICIENT, cell.getCoefficient(), withoutProvenance ? null
				: describe("r(" + cell.getX() + ", " + cell.getY() + ")", cell.getCoefficient(), null, "n = " + cell.getN(),
						cell.getP() == null ? null : "p two-tailed = " + NumberPolicy.plain(cell.getP()),
						cell.getPAdjusted() == null ? null : "adjusted p = " + NumberPolicy.plain(cell.getPAdjusted()),
						cell.getNote()), cell);
		return number.value() == null ? number
				: new Cell(text(c.policy(), cell), number.value(), number.provenance(), number.kind(), cell);
	}
}
