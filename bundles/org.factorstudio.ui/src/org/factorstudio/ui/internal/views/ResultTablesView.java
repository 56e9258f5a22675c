package org.factorstudio.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.results.AnalysisRun;

/** The tables of analyses contributed by plugins (one tab per table), with the same copy and export. */
public final class ResultTablesView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.tables";

	private CTabFolder folder;
	private final List<org.factorstudio.ui.internal.widgets.ResultTable> tables = new ArrayList<>();

	@Override
	protected Control createContent(Composite parent) {
		folder = new CTabFolder(parent, SWT.BORDER | SWT.BOTTOM);
		// whole titles ("Bootstrap confidence intervals") rather than 20 characters and an ellipsis
		folder.setMinimumCharacters(60);
		return folder;
	}

	@Override
	protected void show(AnalysisRun run) {
		for (CTabItem item : folder.getItems()) {
			item.getControl().dispose();
			item.dispose();
		}
		tables.clear();
		List<ResultTable> models = run.results().getTables();
		if (models.isEmpty()) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText("No tables");
			Label label = new Label(folder, SWT.WRAP);
			label.setText("No analysis contributed by a plugin ran. Request one in the study's analysis block, "
					+ "for example: run bootstrap (replicates = 2000)");
			item.setControl(label);
		}
		// the plugin tables of the report, built once by the report's PluginTable
		List<ReportTable> views = ReportTables.pluginTables(input(run), policy());
		for (int i = 0; i < models.size(); i++) {
			ResultTable model = models.get(i);
			CTabItem item = new CTabItem(folder, SWT.NONE);
			item.setText(model.getTitle() == null ? Objects.toString(model.getAnalysisId(), "") : model.getTitle());
			item.setToolTipText(String.join(" ", views.get(i).notes()));
			var table = new org.factorstudio.ui.internal.widgets.ResultTable(folder,
					model.getAnalysisId() == null ? "table" : model.getAnalysisId());
			table.setTable(views.get(i));
			tables.add(table);
			item.setControl(table);
		}
		folder.setSelection(0);
	}

	private org.factorstudio.ui.internal.widgets.ResultTable current() {
		int index = folder.getSelectionIndex();
		return index >= 0 && index < tables.size() ? tables.get(index) : null;
	}

	@Override
	public void copy() {
		var table = current();
		if (table != null) {
			table.copyToClipboard();
		}
	}

	@Override
	public void export() {
		var table = current();
		if (table != null) {
			table.exportWithDialog();
		}
	}

	@Override
	public void setFocus() {
		folder.setFocus();
	}
}
