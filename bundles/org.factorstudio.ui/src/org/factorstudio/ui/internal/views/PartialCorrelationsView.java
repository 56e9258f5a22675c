package org.factorstudio.ui.internal.views;

import java.util.List;

import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Each factor's partial correlation with the dependent variable, controlling for all other factors. */
public final class PartialCorrelationsView extends TableResultsView {

	public static final String ID = "org.factorstudio.ui.views.partialCorrelations";

	@Override
	protected List<String> tableIds() {
		return List.of(ReportTables.PARTIAL_CORRELATIONS);
	}

	@Override
	protected String emptyText(AnalysisRun run) {
		return "No partial correlations: add 'partial' to the study's analysis block.";
	}
}
