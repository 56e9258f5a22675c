package org.factorstudio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Each factor's partial correlation with the dependent variable, controlling for all other factors. */
public final class PartialCorrelationsView extends TableResultsView<PartialCorrelation> {

	public static final String ID = "org.factorstudio.ui.views.partialCorrelations";

	@Override
	protected ResultTable<PartialCorrelation> createTable(Composite parent) {
		return ResultTables.partialCorrelations(parent);
	}

	@Override
	protected List<PartialCorrelation> rows(AnalysisRun run) {
		return run.results().getPartialCorrelations();
	}

	@Override
	protected String title(AnalysisRun run) {
		List<PartialCorrelation> rows = rows(run);
		if (rows.isEmpty()) {
			return "No partial correlations: add 'partial' to the study's analysis block.";
		}
		PartialCorrelation first = rows.get(0);
		return "Partial correlations with " + first.getY() + ", each controlling for the other " + first.getK()
				+ " factors (" + first.getMethod() + ", listwise, df = n - 2 - k)";
	}
}
