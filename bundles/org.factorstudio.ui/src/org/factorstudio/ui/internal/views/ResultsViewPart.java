package org.factorstudio.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.ui.internal.preferences.UiPreferences;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsListener;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.ui.results.RunFailure;

/**
 * Base of the result views: a header line saying which run the view shows (and, after a failed run,
 * that these are the last good results), the view's own content below, Copy (Ctrl+C) and Export CSV
 * in the view's tool bar. Follows the {@link ResultsService} and the number preferences (the parameters of the
 * one {@link NumberPolicy}: the views show the tables of the reports, built by the same classes).
 */
public abstract class ResultsViewPart extends ViewPart implements ResultsListener {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final ResultsService service = ResultsService.getDefault();
	private final IPreferenceChangeListener formatListener = event -> {
		if (UiPreferences.DECIMALS.equals(event.getKey()) || UiPreferences.P_DECIMALS.equals(event.getKey())) {
			runInUi(() -> {
				preferencesChanged();
			});
		}
	};
	private Composite root;
	private Label header;
	private AnalysisRun shown;
	private NumberPolicy policy = NumberPolicy.APA;
	private ResultTable focused;

	@Override
	public final void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setText("No results yet: open a study and run the analysis (Ctrl+R).");
		Control content = createContent(root);
		content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		refreshPolicy();
		contributeActions(getViewSite().getActionBars());
		service.latest().ifPresent(this::display);
		// only a failure of the study shown (or of any study when none is shown): a failure of another
		// study would stay as a stale banner over results it is not about
		if (shown != null) {
			service.failureFor(shown.studyFile()).ifPresent(this::displayFailure);
		} else {
			service.lastFailure().ifPresent(this::displayFailure);
		}
		service.addListener(this);
		UiPreferences.instanceNode().addPreferenceChangeListener(formatListener);
	}

	/** The view's widgets, filling the area under the header. */
	protected abstract Control createContent(Composite parent);

	/** Shows a run's results (on the display thread). */
	protected abstract void show(AnalysisRun run);

	private void preferencesChanged() {
		refreshPolicy();
		if (shown != null) {
			show(shown);
		}
	}

	/**
	 * The preferences' decimals, with the significance levels of the shown run's study: a p just below the study's
	 * own level is told from it in the tables and the heat map's tips alike.
	 */
	private void refreshPolicy() {
		policy = UiPreferences.numberPolicy().withLevelsOf(shown == null ? null : shown.study());
		formatChanged(policy);
	}

	/**
	 * Hands a new number policy to widgets that format numbers themselves (the heat map); the tables are
	 * built again with it ({@link #show(AnalysisRun)} follows).
	 */
	protected void formatChanged(NumberPolicy newPolicy) {
	}

	/** The number policy of the tables: the report's, with the decimals of the preferences. */
	protected NumberPolicy policy() {
		return policy;
	}

	/** What the run's tables are made from. */
	protected static ReportInput input(AnalysisRun run) {
		return ReportInput.of(run.results(), run.study());
	}

	/**
	 * Follows the focus among the view's tables: Copy and Export act on the one that had it last (the first
	 * until then).
	 */
	protected void trackFocus(ResultTable... tables) {
		focused = tables[0];
		for (ResultTable table : tables) {
			table.getTable().addListener(SWT.FocusIn, e -> focused = table);
		}
	}

	/** Copies the view's table that had the focus last (selected rows, else all) as tab-separated text. */
	public void copy() {
		if (focused != null) {
			focused.copyToClipboard();
		}
	}

	/** Asks for a file and writes the view's table that had the focus last as CSV. */
	public void export() {
		if (focused != null) {
			focused.exportWithDialog();
		}
	}

	/** The run shown, or null. */
	public AnalysisRun shownRun() {
		return shown;
	}

	public String headerText() {
		return header.getText();
	}

	private void contributeActions(IActionBars bars) {
		Action copy = new Action("Copy") {
			@Override
			public void run() {
				copy();
			}
		};
		copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		Action export = new Action("Export CSV...") {
			@Override
			public void run() {
				export();
			}
		};
		export.setToolTipText("Export the table as CSV");
		export.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		IToolBarManager toolBar = bars.getToolBarManager();
		toolBar.add(export);
		bars.getMenuManager().add(export);
		bars.updateActionBars();
	}

	@Override
	public void resultsChanged(AnalysisRun run) {
		runInUi(() -> display(run));
	}

	@Override
	public void runFailed(RunFailure failure) {
		runInUi(() -> displayFailure(failure));
	}

	private void display(AnalysisRun run) {
		shown = run;
		refreshPolicy();
		header.setForeground(null);
		header.setText(describe(run));
		header.setToolTipText(run.studyFile().toString());
		show(run);
		setExportFolder(root, run.studyFile().getParent());
		root.layout(true, true);
	}

	/** The folder of the study shown (where Export CSV starts), or null. */
	protected java.nio.file.Path studyFolder() {
		return shown == null ? null : shown.studyFile().getParent();
	}

	/** Export CSV starts in the study's folder, not in the folder the IDE was started from. */
	private static void setExportFolder(Control control, java.nio.file.Path folder) {
		if (control instanceof ResultTable table) {
			table.setExportFolder(folder);
		} else if (control instanceof org.factorstudio.ui.internal.widgets.HeatMap heatMap) {
			heatMap.setExportFolder(folder);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				setExportFolder(child, folder);
			}
		}
	}

	private void displayFailure(RunFailure failure) {
		header.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		String kept = shown == null ? "No results to show."
				: "Showing the results of " + shown.studyFile().getFileName() + " from " + TIME.format(shown.finishedAt()) + ".";
		header.setText("The last run (" + failure.studyFile().getFileName() + ", " + TIME.format(failure.at())
				+ ") failed: " + failure.summary() + "  " + kept);
		root.layout(true, true);
	}

	static String describe(AnalysisRun run) {
		StringBuilder text = new StringBuilder();
		text.append(run.results().getStudyName()).append(" (").append(run.studyFile().getFileName()).append("), analysed ")
				.append(run.restored() ? DAY_TIME.format(run.finishedAt()) + " (last results kept from an earlier session)"
						: "at " + TIME.format(run.finishedAt()));
		ImportReport report = run.results().getImportReport();
		if (report != null) {
			text.append(": ").append(report.getRowsRead()).append(" rows read, ").append(report.getRowsKept()).append(" kept");
		}
		return text.toString();
	}

	private void runInUi(Runnable runnable) {
		if (root == null || root.isDisposed()) {
			return;
		}
		root.getDisplay().asyncExec(() -> {
			if (!root.isDisposed()) {
				runnable.run();
			}
		});
	}

	@Override
	public void dispose() {
		service.removeListener(this);
		UiPreferences.instanceNode().removePreferenceChangeListener(formatListener);
		super.dispose();
	}
}
