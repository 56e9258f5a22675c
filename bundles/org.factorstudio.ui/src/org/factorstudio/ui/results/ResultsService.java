package org.factorstudio.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;

/**
 * Holds the last good results of each study and tells the views about new runs and failed ones. A
 * failed run never replaces results: the views keep showing the last good run.
 * <p>
 * A plain class (no OSGi service) so that views and tests can use their own instance; the workbench
 * uses {@link #getDefault()}.
 */
public final class ResultsService {

	private static final ResultsService DEFAULT = new ResultsService();

	private final Map<Path, AnalysisRun> byStudy = new ConcurrentHashMap<>();
	private final List<ResultsListener> listeners = new CopyOnWriteArrayList<>();
	private volatile AnalysisRun latest;
	private volatile RunFailure lastFailure;

	/** The workbench's instance. */
	public static ResultsService getDefault() {
		return DEFAULT;
	}

	/** The most recent successful run of any study. */
	public Optional<AnalysisRun> latest() {
		return Optional.ofNullable(latest);
	}

	/** The last successful run of this study. */
	public Optional<AnalysisRun> forStudy(Path studyFile) {
		return Optional.ofNullable(byStudy.get(studyFile.toAbsolutePath().normalize()));
	}

	/** The most recent failed run, if the last run of its study failed. */
	public Optional<RunFailure> lastFailure() {
		return Optional.ofNullable(lastFailure);
	}

	public void publish(AnalysisRun run) {
		synchronized (this) {
			byStudy.put(run.studyFile(), run);
			latest = run;
			if (lastFailure != null && lastFailure.studyFile().equals(run.studyFile())) {
				lastFailure = null;
			}
		}
		for (ResultsListener listener : listeners) {
			try {
				listener.resultsChanged(run);
			} catch (RuntimeException e) {
				// one broken view must not keep the others from updating
				ILog.of(ResultsService.class).error("A results listener failed", e);
			}
		}
	}

	public void fail(RunFailure failure) {
		lastFailure = failure;
		for (ResultsListener listener : listeners) {
			try {
				listener.runFailed(failure);
			} catch (RuntimeException e) {
				ILog.of(ResultsService.class).error("A results listener failed", e);
			}
		}
	}

	public void addListener(ResultsListener listener) {
		listeners.add(listener);
	}

	public void removeListener(ResultsListener listener) {
		listeners.remove(listener);
	}

	/** Forgets all runs (tests start from an empty service). */
	public void clear() {
		byStudy.clear();
		latest = null;
		lastFailure = null;
	}
}
