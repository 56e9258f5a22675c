package org.factorstudio.ui.internal.views;

import java.util.List;

import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Descriptives of the index variables above those of the statements (SD with n - 1). */
public final class DescriptivesView extends TableResultsView {

	public static final String ID = "org.factorstudio.ui.views.descriptives";

	@Override
	protected List<String> tableIds() {
		return List.of(ReportTables.DESCRIPTIVES, ReportTables.ITEM_DESCRIPTIVES);
	}

	@Override
	protected String emptyText(AnalysisRun run) {
		return "The run computed no descriptives.";
	}
}
