package org.factorstudio.ui.internal.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.RunFailure;

/**
 * One analysis run as a function of its inputs: loads the study (from the editor's unsaved text when
 * there is one, else from its file), imports its data and runs the engine, the same steps as
 * {@code factorstudio analyze}. Never touches widgets, so it runs in a job and in plain tests.
 */
public final class StudyAnalysis {

	/** What a run gave: results, or the errors that stopped it. */
	public sealed interface Outcome permits Success, Failure {
	}

	public record Success(AnalysisRun run) implements Outcome {
	}

	public record Failure(RunFailure failure) implements Outcome {
	}

	private final AnalysisEngine engine;

	public StudyAnalysis(AnalysisEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param studyFile  the study's file; its data file is resolved against its folder
	 * @param unsavedText the editor's text when it differs from the file, else null
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public Outcome run(Path studyFile, String unsavedText, IProgressMonitor monitor) {
		long started = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Analysing " + studyFile.getFileName(), 100);
		progress.subTask("Loading " + studyFile.getFileName());
		StudyLoader loader = StudyLoader.create().withoutDataChecks();
		LoadedStudy loaded = unsavedText == null ? loader.load(studyFile) : loader.load(studyFile, unsavedText);
		progress.worked(10);
		if (loaded.hasErrors()) {
			List<String> messages = new ArrayList<>();
			for (StudyIssue issue : loaded.errors()) {
				messages.add(issue.format());
			}
			if (messages.isEmpty()) {
				messages.add(studyFile + ": the study could not be read");
			}
			return new Failure(new RunFailure(studyFile, messages, Instant.now()));
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		StudyResults results = engine.run(loaded.study(), studyFile, progress.split(90));
		List<String> errors = new ArrayList<>();
		for (Problem problem : results.getProblems()) {
			if (problem.getSeverity() == Severity.ERROR) {
				errors.add(format(studyFile, problem));
			}
		}
		if (!errors.isEmpty()) {
			return new Failure(new RunFailure(studyFile, errors, Instant.now()));
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Success(new AnalysisRun(studyFile, loaded.study(), results, Instant.now(), millis));
	}

	/** {@code file:line: message}, as the command line prints it. */
	static String format(Path studyFile, Problem problem) {
		String file = problem.getFile() != null ? problem.getFile() : studyFile.toString();
		String where = problem.getLine() > 0 ? file + ":" + problem.getLine() : file;
		return where + ": " + problem.getMessage();
	}
}
