package org.factorstudio.ui.results;

/**
 * Told about runs by {@link ResultsService}, on the thread that reported the run (a job's thread):
 * listeners that touch widgets move to the display thread themselves.
 */
public interface ResultsListener {

	/** A run succeeded; its results are now the service's latest. */
	void resultsChanged(AnalysisRun run);

	/** A run failed; the earlier results stay as they are. */
	default void runFailed(RunFailure failure) {
	}
}
