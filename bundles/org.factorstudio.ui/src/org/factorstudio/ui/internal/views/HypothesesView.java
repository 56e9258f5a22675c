package org.factorstudio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Whether each hypothesis is supported at the study's significance level. */
public final class HypothesesView extends TableResultsView<HypothesisOutcome> {

	public static final String ID = "org.factorstudio.ui.views.hypotheses";

	@Override
	protected ResultTable<HypothesisOutcome> createTable(Composite parent) {
		return ResultTables.hypotheses(parent);
	}

	@Override
	protected List<HypothesisOutcome> rows(AnalysisRun run) {
		return run.results().getHypotheses();
	}

	@Override
	protected String title(AnalysisRun run) {
		List<HypothesisOutcome> rows = rows(run);
		long supported = rows.stream().filter(HypothesisOutcome::isSupported).count();
		return rows.isEmpty() ? "The study declares no hypotheses."
				: supported + " of " + rows.size() + " hypotheses supported";
	}
}
