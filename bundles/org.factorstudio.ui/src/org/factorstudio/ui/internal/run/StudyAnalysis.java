package org.factorstudio.ui.internal.run;

import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.RunFailure;
import org.factorstudio.workflow.StudyRun;

/**
 * The IDE's side of the run workflow ({@link StudyRun}, the same steps as {@code factorstudio analyze}): its
 * outcome as the views' {@link AnalysisRun} or as a {@link RunFailure}. Never touches widgets, so it runs in a
 * job and in plain tests.
 */
public final class StudyAnalysis {

	/** What a run gave: results, or the errors that stopped it. */
	public sealed interface Outcome permits Success, Failure {
	}

	public record Success(AnalysisRun run) implements Outcome {
	}

	public record Failure(RunFailure failure) implements Outcome {
	}

	private final StudyRun workflow;

	public StudyAnalysis(AnalysisEngine engine) {
		this.workflow = new StudyRun(engine);
	}

	/**
	 * @param studyFile   the study's file; its data file is resolved against its folder
	 * @param unsavedText the editor's text when it differs from the file, else null
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public Outcome run(Path studyFile, String unsavedText, IProgressMonitor monitor) {
		StudyRun.Outcome outcome = workflow.analyse(studyFile, unsavedText, monitor);
		if (!outcome.errors().isEmpty() || !(outcome instanceof StudyRun.Analysed analysed)) {
			return new Failure(new RunFailure(studyFile, outcome.errors(), Instant.now()));
		}
		return new Success(new AnalysisRun(studyFile, analysed.study(), analysed.results(), Instant.now(), analysed.millis()));
	}
}
