package org.factorstudio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.ui.internal.widgets.NumberFormat;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;

/** A result view that is one table with a title line above it. */
abstract class TableResultsView<T> extends ResultsViewPart {

	private Label title;
	private ResultTable<T> table;

	@Override
	protected final Control createContent(Composite parent) {
		Composite content = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		content.setLayout(layout);
		title = new Label(content, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = createTable(content);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return content;
	}

	protected abstract ResultTable<T> createTable(Composite parent);

	protected abstract List<T> rows(AnalysisRun run);

	/** The line above the table for this run. */
	protected abstract String title(AnalysisRun run);

	@Override
	protected final void show(AnalysisRun run) {
		title.setText(title(run));
		table.setRows(rows(run));
	}

	@Override
	protected void formatChanged(NumberFormat format) {
		table.setFormat(format);
	}

	@Override
	public void copy() {
		table.copyToClipboard();
	}

	@Override
	public void export() {
		table.exportWithDialog();
	}

	public ResultTable<T> table() {
		return table;
	}

	public String titleText() {
		return title.getText();
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}
}
