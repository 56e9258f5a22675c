package org.factorstudio.ui.internal.views;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.tables.MeasurementSummary;
import org.factorstudio.report.tables.ScreeSeries;
import org.factorstudio.report.tables.TableContext;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.internal.widgets.ScreePlot;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * The measurement results of the last run ({@code run efa}, {@code run cfa}): the loadings with the statements'
 * texts and communalities (EFA and CFA on two tabs), the CFA's fit with the conventional cut-offs, and the scree
 * plot of the parallel analysis. The tables are the presentation model's ({@link MeasurementSummary}), the plot
 * draws the numbers of the parallel-analysis table ({@link ScreeSeries}), as the reports do.
 */
public final class MeasurementView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.measurement";

	private CTabFolder loadingsFolder;
	private CTabItem efaTab;
	private CTabItem cfaTab;
	private Label efaTitle;
	private Label cfaTitle;
	private ResultTable efaLoadings;
	private ResultTable cfaLoadings;
	private Label fitTitle;
	private ResultTable fit;
	private Label screeTitle;
	private ScreePlot scree;

	@Override
	protected Control createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		loadingsFolder = new CTabFolder(sash, SWT.BORDER | SWT.TOP);
		loadingsFolder.setMinimumCharacters(20);
		Composite efa = column(loadingsFolder);
		efaTitle = title(efa);
		efaLoadings = new ResultTable(efa, MeasurementSummary.EFA_LOADINGS);
		efaLoadings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		efaTab = new CTabItem(loadingsFolder, SWT.NONE);
		efaTab.setText("EFA loadings");
		efaTab.setControl(efa);
		Composite cfa = column(loadingsFolder);
		cfaTitle = title(cfa);
		cfaLoadings = new ResultTable(cfa, MeasurementSummary.CFA_LOADINGS);
		cfaLoadings.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		cfaTab = new CTabItem(loadingsFolder, SWT.NONE);
		cfaTab.setText("CFA loadings");
		cfaTab.setControl(cfa);
		loadingsFolder.setSelection(efaTab);

		SashForm right = new SashForm(sash, SWT.VERTICAL);
		Composite fitColumn = column(right);
		fitTitle = title(fitColumn);
		fit = new ResultTable(fitColumn, MeasurementSummary.FIT);
		fit.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite screeColumn = column(right);
		screeTitle = title(screeColumn);
		scree = new ScreePlot(screeColumn);
		scree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		right.setWeights(58, 42);
		sash.setWeights(53, 47);
		trackFocus(efaLoadings, cfaLoadings, fit);
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

	private static Label title(Composite parent) {
		Label title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return title;
	}

	@Override
	protected void show(AnalysisRun run) {
		TableContext context = TableContext.of(input(run), policy());
		Optional<ReportTable> efa = MeasurementSummary.efaLoadings(context);
		Optional<ReportTable> cfa = MeasurementSummary.cfaLoadings(context);
		Optional<ReportTable> fitTable = MeasurementSummary.fit(context);
		efaTitle.setText(efa.map(MeasurementView::labelText)
				.orElse("No exploratory factor analysis: add run efa(...) to the study's analysis block."));
		efaLoadings.setTable(efa.orElse(null));
		narrowText(efaLoadings);
		cfaTitle.setText(cfa.map(MeasurementView::labelText)
				.orElse("No confirmatory factor analysis: add run cfa(...) to the study's analysis block."));
		cfaLoadings.setTable(cfa.orElse(null));
		narrowText(cfaLoadings);
		if (efa.isEmpty() && cfa.isPresent()) {
			loadingsFolder.setSelection(cfaTab);
		}
		fitTitle.setText(fitTable.map(MeasurementView::labelText).orElse("No CFA fit: run cfa(...) to test the framework."));
		fit.setTable(fitTable.orElse(null));
		ScreeSeries data = ScreeSeries.of(run.results()).stream().findFirst().orElse(null);
		screeTitle.setText(data == null ? "No scree plot: run efa(...) for a parallel analysis."
				: data.caption() + "; " + data.suggestion() + ".");
		screeTitle.setToolTipText(data == null ? null : data.note());
		scree.setData(data);
	}

	/** A table's title and notes for a label, where '&' would otherwise underline the next letter (a mnemonic). */
	private static String labelText(ReportTable table) {
		return TableResultsView.title(table).replace("&", "&&");
	}

	/**
	 * The statements' texts are long: their column stops at 240 px so that the loadings beside them stay in view
	 * (the whole text is in the copied and exported table, and the column can be widened by hand).
	 */
	private static void narrowText(ResultTable table) {
		// header(), not columnIndex(): a table without rows has no columns, and columnIndex throws then
		int text = table.header().indexOf("Text");
		if (text >= 0 && table.getTable().getColumn(text).getWidth() > TEXT_WIDTH) {
			table.getTable().getColumn(text).setWidth(TEXT_WIDTH);
		}
	}

	private static final int TEXT_WIDTH = 240;

	public ResultTable efaLoadingsTable() {
		return efaLoadings;
	}

	public ResultTable cfaLoadingsTable() {
		return cfaLoadings;
	}

	public ResultTable fitTable() {
		return fit;
	}

	public ScreePlot screePlot() {
		return scree;
	}

	public String screeTitleText() {
		return screeTitle.getText();
	}

	@Override
	public void setFocus() {
		efaLoadings.getTable().setFocus();
	}
}
