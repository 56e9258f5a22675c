package org.factorstudio.ui.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Study;

/**
 * A successful analysis run: the study as it was analysed (the factor framework view needs its areas
 * and recommendations, which the results model does not repeat) and the results it gave.
 *
 * @param studyFile  the study file, absolute and normalised (the key of its results)
 * @param study      the study model the engine ran on
 * @param results    the engine's results, without errors
 * @param finishedAt when the run ended
 * @param millis     how long the run took, loading and import included
 * @param restored   whether these are results kept from an earlier session (not run in this one)
 */
public record AnalysisRun(Path studyFile, Study study, StudyResults results, Instant finishedAt, long millis,
		boolean restored) {

	public AnalysisRun(Path studyFile, Study study, StudyResults results, Instant finishedAt, long millis) {
		this(studyFile, study, results, finishedAt, millis, false);
	}

	public AnalysisRun {
		Objects.requireNonNull(studyFile, "studyFile");
		Objects.requireNonNull(study, "study");
		Objects.requireNonNull(results, "results");
		Objects.requireNonNull(finishedAt, "finishedAt");
		studyFile = studyFile.toAbsolutePath().normalize();
	}
}
