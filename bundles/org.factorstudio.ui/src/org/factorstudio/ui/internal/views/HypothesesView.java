package org.factorstudio.ui.internal.views;

import java.util.List;

import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Whether each hypothesis is supported at the study's significance level. */
public final class HypothesesView extends TableResultsView {

	public static final String ID = "org.factorstudio.ui.views.hypotheses";

	@Override
	protected List<String> tableIds() {
		return List.of(ReportTables.HYPOTHESES);
	}

	@Override
	protected String emptyText(AnalysisRun run) {
		return "The study declares no hypotheses.";
	}
}
