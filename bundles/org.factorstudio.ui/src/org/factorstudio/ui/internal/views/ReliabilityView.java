package org.factorstudio.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.model.results.ItemReliability;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.ui.internal.widgets.NumberFormat;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ResultTables;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * Cronbach's alpha of each index variable; selecting an index shows its item statistics (corrected
 * item-total correlation, alpha if deleted, items that look mis-keyed) beside it.
 */
public final class ReliabilityView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.reliability";

	private ResultTable<Reliability> indices;
	private ResultTable<ItemReliability> items;
	private Label itemsTitle;
	private ResultTable<?> focused;

	@Override
	protected Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		indices = ResultTables.reliability(sash);
		Composite right = new Composite(sash, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		right.setLayout(layout);
		itemsTitle = new Label(right, SWT.NONE);
		itemsTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		itemsTitle.setText("Select an index variable to see its item statistics.");
		items = ResultTables.itemStatistics(right);
		items.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(55, 45);
		focused = indices;
		indices.addSelectionListener(this::showItems);
		indices.getTable().addListener(SWT.FocusIn, e -> focused = indices);
		items.getTable().addListener(SWT.FocusIn, e -> focused = items);
		return sash;
	}

	private void showItems(Reliability reliability) {
		if (reliability == null) {
			items.setRows(List.of());
			itemsTitle.setText("Select an index variable to see its item statistics.");
			return;
		}
		itemsTitle.setText("Items of " + reliability.getIndex() + " (" + reliability.getModel() + ", n = "
				+ reliability.getN() + ")");
		items.setRows(reliability.getItems());
	}

	@Override
	protected void show(AnalysisRun run) {
		indices.setRows(run.results().getReliabilities());
		showItems(null);
	}

	@Override
	protected void formatChanged(NumberFormat format) {
		indices.setFormat(format);
		items.setFormat(format);
	}

	@Override
	public void copy() {
		focused.copyToClipboard();
	}

	@Override
	public void export() {
		focused.exportWithDialog();
	}

	public ResultTable<Reliability> indicesTable() {
		return indices;
	}

	public ResultTable<ItemReliability> itemsTable() {
		return items;
	}

	@Override
	public void setFocus() {
		indices.getTable().setFocus();
	}
}
