package org.factorstudio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.ui.internal.widgets.NumberFormat;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Each factor's correlation with the dependent variable: n, r, p, adjusted p, flag, confidence interval. */
public final class CorrelationsView extends TableResultsView<Correlation> {

	public static final String ID = "org.factorstudio.ui.views.correlations";

	@Override
	protected ResultTable<Correlation> createTable(Composite parent) {
		return ResultTables.correlations(parent);
	}

	@Override
	protected List<Correlation> rows(AnalysisRun run) {
		return run.results().getDependentCorrelations();
	}

	@Override
	protected String title(AnalysisRun run) {
		List<Correlation> correlations = rows(run);
		if (correlations.isEmpty()) {
			return "The study declares no dependent variable, or no factor could be correlated with it.";
		}
		Correlation first = correlations.get(0);
		return "Correlations with " + first.getY() + " (" + first.getMethod() + ", " + NumberFormat.text(first.getTails())
				+ "). Flags: * p < .05, ** p < .01, *** p < .001.";
	}
}
