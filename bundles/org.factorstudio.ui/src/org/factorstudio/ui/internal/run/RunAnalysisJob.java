package org.factorstudio.ui.internal.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.ui.results.RunFailure;

/**
 * Runs one study's analysis in the background with progress and cancel. Success goes to the
 * {@link ResultsService}; a failure is reported there too (the views keep their results) and shown by
 * {@link RunFailureReporter}. Runs of the same study are serialised.
 */
public final class RunAnalysisJob extends Job {

	/** Job family of all analysis runs, for waiting on them. */
	public static final Object FAMILY = RunAnalysisJob.class;

	private final Path studyFile;
	private final String unsavedText;
	private final ResultsService service;
	private volatile StudyAnalysis.Outcome outcome;

	public RunAnalysisJob(Path studyFile, String unsavedText, ResultsService service) {
		super("Analysing " + studyFile.getFileName());
		this.studyFile = studyFile.toAbsolutePath().normalize();
		this.unsavedText = unsavedText;
		this.service = service;
		setUser(true);
		setRule(new StudyRule(this.studyFile));
	}

	public Path studyFile() {
		return studyFile;
	}

	/** What the run gave; null while it runs or when it was cancelled. */
	public StudyAnalysis.Outcome outcome() {
		return outcome;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		StudyAnalysis.Outcome result;
		try {
			result = new StudyAnalysis(AnalysisEngine.fromPlatform()).run(studyFile, unsavedText, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			// A bug, not bad input: still a clear report, and the log keeps the trace.
			ILog.of(getClass()).error("Analysis of " + studyFile + " failed", e);
			result = new StudyAnalysis.Failure(new RunFailure(studyFile,
					List.of(studyFile + ": the analysis failed unexpectedly: " + e), Instant.now()));
		}
		outcome = result;
		if (result instanceof StudyAnalysis.Success success) {
			service.publish(success.run());
		} else if (result instanceof StudyAnalysis.Failure failure) {
			service.fail(failure.failure());
		}
		// Failures are shown by the reporter, not by the job framework's dialog: OK here.
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Two runs of the same study never overlap; runs of different studies may. */
	private record StudyRule(Path file) implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof StudyRule other && other.file.equals(file);
		}
	}
}
