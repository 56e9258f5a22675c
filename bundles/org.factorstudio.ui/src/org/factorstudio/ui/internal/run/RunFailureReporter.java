package org.factorstudio.ui.internal.run;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsListener;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.ui.results.RunFailure;

/**
 * Tells the user how a run went: a failed run opens an "Analysis failed" dialog listing the errors
 * (modeless, so the user can go on editing the study beside it) and puts its first error in the
 * status line; a successful run says so in the status line.
 */
public final class RunFailureReporter implements ResultsListener {

	public static final String DIALOG_TITLE = "Analysis failed";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private static RunFailureReporter installed;

	private final Display display;
	private FailureDialog open;

	private RunFailureReporter(Display display) {
		this.display = display;
	}

	/** Registers the reporter with the workbench's results service once. */
	public static synchronized void install(Display display) {
		if (installed == null) {
			installed = new RunFailureReporter(display);
			ResultsService.getDefault().addListener(installed);
		}
	}

	@Override
	public void resultsChanged(AnalysisRun run) {
		String text = "Analysed " + run.studyFile().getFileName() + " at " + TIME.format(run.finishedAt()) + " ("
				+ run.millis() + " ms)";
		asyncExec(() -> {
			closeDialog();
			statusLine(text, false);
		});
	}

	@Override
	public void runFailed(RunFailure failure) {
		asyncExec(() -> {
			statusLine(failure.summary(), true);
			showDialog(failure);
		});
	}

	private void asyncExec(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}

	private void showDialog(RunFailure failure) {
		closeDialog();
		Shell parent = display.getActiveShell();
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		}
		StringBuilder message = new StringBuilder("The analysis of ").append(failure.studyFile().getFileName())
				.append(" stopped. The results shown are those of the last successful run.\n\n");
		int shown = 0;
		for (String line : failure.messages()) {
			if (shown++ == 15) {
				message.append("... and ").append(failure.messages().size() - 15).append(" more\n");
				break;
			}
			message.append(line).append('\n');
		}
		open = new FailureDialog(parent, message.toString().stripTrailing());
		open.open();
	}

	private void closeDialog() {
		if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
			open.close();
		}
		open = null;
	}

	private static void statusLine(String text, boolean error) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		IWorkbenchPart part = window.getActivePage().getActivePart();
		IStatusLineManager status = null;
		if (part instanceof IViewPart view) {
			status = view.getViewSite().getActionBars().getStatusLineManager();
		} else if (part instanceof IEditorPart editor) {
			status = editor.getEditorSite().getActionBars().getStatusLineManager();
		}
		if (status != null) {
			if (error) {
				status.setErrorMessage(text);
			} else {
				status.setErrorMessage(null);
				status.setMessage(text);
			}
		}
	}

	/** A modeless error dialog: it does not block the workbench while the user fixes the study. */
	static final class FailureDialog extends MessageDialog {

		FailureDialog(Shell parent, String message) {
			super(parent, DIALOG_TITLE, null, message, MessageDialog.ERROR, 0, IDialogConstants.OK_LABEL);
			setShellStyle(SWT.DIALOG_TRIM | SWT.MODELESS | SWT.RESIZE);
			setBlockOnOpen(false);
		}
	}
}
