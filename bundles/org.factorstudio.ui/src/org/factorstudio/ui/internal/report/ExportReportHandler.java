package org.factorstudio.ui.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressConstants;
import org.factorstudio.report.ReportException;
import org.factorstudio.ui.internal.run.StudyTarget;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;

/**
 * "Export Report...": writes the last good results of the study in the editor (or the latest run) as a report in
 * every installed format, into a folder the user picks. A failure leaves an earlier report in that folder intact.
 */
public final class ExportReportHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.factorstudio.ui.commands.exportReport";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<AnalysisRun> run = runFor(HandlerUtil.getActiveEditor(event));
		if (run.isEmpty()) {
			MessageDialog.openInformation(shell, "Export Report",
					"There are no results to export yet. Run the analysis (Ctrl+R) first.");
			return null;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Export Report");
		dialog.setMessage("The folder for report.html, report.md, report.tex, csv/ and results.json");
		dialog.setFilterPath(ReportExport.defaultFolder(run.get().studyFile()).toString());
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Job job = exportJob(run.get(), Path.of(chosen), shell.getDisplay());
		job.schedule();
		return job;
	}

	private static Optional<AnalysisRun> runFor(IEditorPart editor) {
		Optional<AnalysisRun> ofEditor = StudyTarget.ofEditor(editor)
				.flatMap(target -> ResultsService.getDefault().forStudy(target.file()));
		return ofEditor.isPresent() ? ofEditor : ResultsService.getDefault().latest();
	}

	/**
	 * The job that writes the report. It tells the user how it went in a dialog that does not block (so a run
	 * started from a script or a test is never stuck), and its result says the same.
	 */
	public static Job exportJob(AnalysisRun run, Path folder, Display display) {
		Job job = Job.create("Exporting the report of " + run.studyFile().getFileName(), (IProgressMonitor monitor) -> {
			try {
				List<Path> written = ReportExport.write(run, folder, ReportExport.installedFormats());
				String names = written.stream().map(p -> folder.relativize(p).toString()).collect(Collectors.joining(", "));
				inform(display, MessageDialog.INFORMATION, "Report written to " + folder + ":\n" + names);
				return Status.OK_STATUS;
			} catch (IOException | ReportException e) {
				String message = "The report could not be written to " + folder + ": " + e.getMessage()
						+ "\nAn earlier report in that folder was left as it was.";
				inform(display, MessageDialog.ERROR, message);
				return new Status(IStatus.ERROR, "org.factorstudio.ui", message);
			}
		});
		// the failure is shown by our own dialog; the workbench need not prompt a second time
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		return job;
	}

	private static void inform(Display display, int kind, String message) {
		display.asyncExec(() -> {
			MessageDialog dialog = new MessageDialog(display.getActiveShell(), "Export Report", null, message, kind, 0,
					"OK");
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}
}
