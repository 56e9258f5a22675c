package org.factorstudio.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.factorstudio.ui.internal.run.RunAnalysisHandler;
import org.factorstudio.ui.internal.run.RunAnalysisJob;
import org.factorstudio.ui.internal.run.StudyAnalysis;

/**
 * Opens a study and runs its analysis when the IDE starts, if asked to with the system property
 * {@code factorstudio.analyze=PATH} (the {@code ./factorstudio ide --analyze PATH} option sets it).
 * When the results are in the views it prints one line to standard output,
 * {@code FactorStudio: results of FILE shown N ms after launch (workbench window open at W ms,
 * analysis M ms)}, measured from the
 * JVM's start; with {@code factorstudio.exitAfterAnalysis=true} it then closes the workbench. This
 * is how docs/measure-ide-startup.sh measures the time from launch to results.
 */
final class StartupAnalysis {

	static final String ANALYZE = "factorstudio.analyze";
	static final String EXIT_AFTER = "factorstudio.exitAfterAnalysis";

	private StartupAnalysis() {
	}

	/** The start-up run, once {@link #startIfAsked()} scheduled it. */
	private static RunAnalysisJob job;
	private static boolean reported;
	private static long windowOpenMillis;

	/**
	 * Schedules the requested run before the workbench window opens, so that loading the language and
	 * importing the data overlap with the workbench's own start-up on the second core.
	 */
	static void startIfAsked() {
		String requested = System.getProperty(ANALYZE);
		if (requested == null || requested.isBlank()) {
			return;
		}
		Path study = Path.of(requested).toAbsolutePath().normalize();
		if (!Files.isRegularFile(study)) {
			System.err.println("FactorStudio: " + study + ": no such study file (from -D" + ANALYZE + ")");
			return;
		}
		job = RunAnalysisHandler.schedule(study, null);
	}

	/** Opens the study in an editor and reports once the views show the run's results. */
	static void finishIfAsked(IWorkbench workbench) {
		RunAnalysisJob started = job;
		if (started == null) {
			return;
		}
		windowOpenMillis = sinceLaunch();
		open(workbench, started.studyFile());
		Display display = workbench.getDisplay();
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				// queued after the views' own updates, so the line appears once they show the results
				display.asyncExec(() -> report(workbench, started));
			}
		});
		if (started.getState() == Job.NONE && started.outcome() != null) {
			display.asyncExec(() -> report(workbench, started));
		}
	}

	private static void open(IWorkbench workbench, Path study) {
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (page == null) {
			return;
		}
		IFileStore store = EFS.getLocalFileSystem().getStore(study.toUri());
		IEditorDescriptor editor = workbench.getEditorRegistry().getDefaultEditor(study.getFileName().toString());
		String editorId = editor != null && editor.isInternal() ? editor.getId() : "org.eclipse.ui.DefaultTextEditor";
		try {
			page.openEditor(new FileStoreEditorInput(store), editorId);
		} catch (PartInitException e) {
			ILog.of(StartupAnalysis.class).log(e.getStatus());
		}
	}

	private static long sinceLaunch() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}

	private static void report(IWorkbench workbench, RunAnalysisJob job) {
		if (reported) {
			return;
		}
		reported = true;
		long sinceLaunch = sinceLaunch();
		StudyAnalysis.Outcome outcome = job.outcome();
		if (outcome instanceof StudyAnalysis.Success success) {
			System.out.println("FactorStudio: results of " + job.studyFile().getFileName() + " shown " + sinceLaunch
					+ " ms after launch (workbench window open at " + windowOpenMillis + " ms, analysis "
					+ success.run().millis() + " ms)");
		} else if (outcome instanceof StudyAnalysis.Failure failure) {
			System.out.println("FactorStudio: analysis of " + job.studyFile().getFileName() + " failed " + sinceLaunch
					+ " ms after launch: " + failure.failure().summary());
		} else {
			System.out.println("FactorStudio: analysis of " + job.studyFile().getFileName() + " was cancelled");
		}
		System.out.flush();
		if (Boolean.getBoolean(EXIT_AFTER)) {
			workbench.close();
		}
	}
}
