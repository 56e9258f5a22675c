package org.factorstudio.ui.internal.views;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
import org.factorstudio.ui.results.AnalysisRun;

/** Descriptives of the index variables first, then of the indicators (SD with n - 1). */
public final class DescriptivesView extends TableResultsView<Descriptives> {

	public static final String ID = "org.factorstudio.ui.views.descriptives";

	@Override
	protected ResultTable<Descriptives> createTable(Composite parent) {
		return ResultTables.descriptives(parent);
	}

	@Override
	protected List<Descriptives> rows(AnalysisRun run) {
		List<Descriptives> all = run.results().getDescriptives();
		return Stream
				.concat(all.stream().filter(d -> d.getKind() == VariableKind.INDEX),
						all.stream().filter(d -> d.getKind() != VariableKind.INDEX))
				.toList();
	}

	@Override
	protected String title(AnalysisRun run) {
		long indices = run.results().getDescriptives().stream().filter(d -> d.getKind() == VariableKind.INDEX).count();
		return "Descriptives of " + indices + " index variables and "
				+ (run.results().getDescriptives().size() - indices) + " indicators (SD with n - 1)";
	}
}
