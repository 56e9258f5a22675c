package org.factorstudio.analysis.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.study.Indicator;

/**
 * A plugin-style analysis contributed by the test fragment: the number of kept respondents who answered at least
 * {@code least} indicators, as a generic result table.
 */
public final class AnsweredItemsAnalysis implements Analysis {

	@Override
	public String id() {
		return "answered";
	}

	@Override
	public String label() {
		return "Answered items";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		int least = Integer.parseInt(context.parameter("least").orElse("0"));
		int rows = context.dataset().rowCount();
		int[] answered = new int[rows];
		for (Indicator indicator : context.indicators()) {
			double[] values = context.values(indicator);
			for (int row = 0; row < rows; row++) {
				if (!Double.isNaN(values[row])) {
					answered[row]++;
				}
			}
		}
		long count = java.util.Arrays.stream(answered).filter(a -> a >= least).count();
		ResultsFactory factory = ResultsFactory.eINSTANCE;
		ResultTable table = factory.createResultTable();
		table.setAnalysisId(id());
		table.setTitle("Respondents with at least " + least + " answers");
		ResultColumn column = factory.createResultColumn();
		column.setName("respondents");
		column.setNumeric(true);
		table.getColumns().add(column);
		ResultRow row = factory.createResultRow();
		ResultCell cell = factory.createResultCell();
		cell.setNumber((double) count);
		cell.setText(Long.toString(count));
		row.getCells().add(cell);
		table.getRows().add(row);
		context.results().getTables().add(table);
	}
}
