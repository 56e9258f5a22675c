package org.factorstudio.ui.internal.views;

import java.util.List;

import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Each factor's correlation with the dependent variable: n, r, p, adjusted p, flag, confidence interval. */
public final class CorrelationsView extends TableResultsView {

	public static final String ID = "org.factorstudio.ui.views.correlations";

	@Override
	protected List<String> tableIds() {
		return List.of(ReportTables.CORRELATIONS);
	}

	@Override
	protected String emptyText(AnalysisRun run) {
		return "The study declares no dependent variable, or no factor could be correlated with it.";
	}
}
