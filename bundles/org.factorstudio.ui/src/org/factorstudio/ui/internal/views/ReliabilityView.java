package org.factorstudio.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * Cronbach's alpha of each index variable; selecting an index shows its item statistics (corrected
 * item-total correlation, alpha if deleted, items that look mis-keyed) beside it.
 */
public final class ReliabilityView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.reliability";

	private ResultTable indices;
	private ResultTable items;
	private Label indicesTitle;
	private Label itemsTitle;
	private ReportTable itemTable;

	@Override
	protected Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = column(sash);
		indicesTitle = new Label(left, SWT.WRAP);
		indicesTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		indices = new ResultTable(left, ReportTables.RELIABILITY);
		indices.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite right = column(sash);
		itemsTitle = new Label(right, SWT.WRAP);
		itemsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		itemsTitle.setText("Select an index variable to see its item statistics.");
		items = new ResultTable(right, ReportTables.ITEM_RELIABILITY);
		items.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(55, 45);
		trackFocus(indices, items);
		indices.addSelectionListener(row -> showItems(row == null ? null : (Reliability) row.source()));
		return sash;
	}

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		column.setLayout(layout);
		return column;
	}

	/** The rows of the item table that belong to the selected index (its group), as the report lists them. */
	private void showItems(Reliability reliability) {
		if (reliability == null || itemTable == null) {
			items.setTable(itemTable, row -> false);
			itemsTitle.setText("Select an index variable to see its item statistics.");
			return;
		}
		itemsTitle.setText("Items of " + reliability.getIndex() + " (" + reliability.getModel() + ", n = "
				+ reliability.getN() + ")\n" + String.join(" ", itemTable.notes()));
		items.setTable(itemTable, row -> reliability.getIndex().equals(row.group()));
	}

	@Override
	protected void show(AnalysisRun run) {
		ReportTable model = ReportTables.table(input(run), policy(), ReportTables.RELIABILITY);
		itemTable = ReportTables.table(input(run), policy(), ReportTables.ITEM_RELIABILITY);
		indicesTitle.setText(model == null ? "No index variable has more than one statement: no reliability to show."
				: TableResultsView.title(model));
		indices.setTable(model);
		showItems(null);
	}

	public ResultTable indicesTable() {
		return indices;
	}

	public ResultTable itemsTable() {
		return items;
	}

	@Override
	public void setFocus() {
		indices.getTable().setFocus();
	}
}
