package org.factorstudio.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * A result view that shows tables of the presentation model ({@link ReportTables}), the ones the reports and
 * the terminal print, one above the other, each with its title and notes above it (the notes say on which p the
 * stars are). Copy and Export act on the table that last had the focus.
 */
abstract class TableResultsView extends ResultsViewPart {

	private final List<Label> titles = new ArrayList<>();
	private final List<ResultTable> tables = new ArrayList<>();

	/** The ids of the tables, top to bottom (constants of {@link ReportTables}). */
	protected abstract List<String> tableIds();

	/** What the view says when the run has none of its tables. */
	protected abstract String emptyText(AnalysisRun run);

	@Override
	protected final Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		for (String id : tableIds()) {
			Composite content = new Composite(sash, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			content.setLayout(layout);
			Label title = new Label(content, SWT.WRAP);
			title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			ResultTable table = new ResultTable(content, id);
			table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			titles.add(title);
			tables.add(table);
		}
		trackFocus(tables.toArray(ResultTable[]::new));
		return sash;
	}

	@Override
	protected final void show(AnalysisRun run) {
		boolean any = false;
		for (int i = 0; i < tables.size(); i++) {
			ReportTable model = ReportTables.table(input(run), policy(), tableIds().get(i));
			any |= model != null;
			titles.get(i).setText(model == null ? "" : heading(model));
			tables.get(i).setTable(model);
		}
		if (!any) {
			titles.get(0).setText(emptyText(run));
		}
	}

	/** What stands above a table: its title and its notes ({@link #title}). */
	protected String heading(ReportTable model) {
		return title(model);
	}

	/** The title and the notes of a table. */
	static String title(ReportTable model) {
		return model.title() + (model.notes().isEmpty() ? "" : "\n" + model.notes().stream().collect(Collectors.joining(" ")));
	}

	/** The first (or only) table. */
	public ResultTable table() {
		return tables.get(0);
	}

	public ResultTable table(int index) {
		return tables.get(index);
	}

	public String titleText() {
		return titles.get(0).getText();
	}

	@Override
	public void setFocus() {
		tables.get(0).getTable().setFocus();
	}
}
