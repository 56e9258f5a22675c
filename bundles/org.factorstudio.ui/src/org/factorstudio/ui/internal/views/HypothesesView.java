package org.factorstudio.ui.internal.views;

import java.util.List;

import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * Whether each hypothesis is supported at the study's significance level; above the table, when a hypothesis counts
 * as supported and how many are ("15 of 17 hypotheses supported (p adjusted by Holm, one-tailed, α = .05)."), the
 * table's notes as the reports print them.
 */
public final class HypothesesView extends TableResultsView {

	public static final String ID = "org.factorstudio.ui.views.hypotheses";

	@Override
	protected List<String> tableIds() {
		return List.of(ReportTables.HYPOTHESES);
	}

	/** The title, then each note on a line of its own: the count of supported hypotheses stands out. */
	@Override
	protected String heading(ReportTable model) {
		return model.title() + (model.notes().isEmpty() ? "" : "\n" + String.join("\n", model.notes()));
	}

	@Override
	protected String emptyText(AnalysisRun run) {
		return "The study declares no hypotheses.";
	}
}
