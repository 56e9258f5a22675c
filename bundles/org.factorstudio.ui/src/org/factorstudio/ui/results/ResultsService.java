package org.factorstudio.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Holds the last good results of each study and tells the views about new runs and failed ones. A
 * failed run never replaces results: the views keep showing the last good run. A failure belongs to
 * its study: a later good run of that study clears it. With a {@link Store}, each good run is kept
 * across restarts and {@link #restore(Path)} brings a study's last results back.
 * <p>
 * A plain class (no OSGi service) so that views and tests can use their own instance; the workbench
 * uses {@link #getDefault()}.
 */
public final class ResultsService {

	private static final ResultsService DEFAULT = new ResultsService();

	/** Where the last results of each study outlive the workbench. */
	public interface Store {

		/** Keeps a run's results (atomically: a failed write leaves the earlier ones). */
		void save(AnalysisRun run) throws IOException;

		/** The last results kept for a study, if any can be read. */
		Optional<AnalysisRun> load(Path studyFile);
	}

	private final Map<Path, AnalysisRun> byStudy = new ConcurrentHashMap<>();
	private final Map<Path, RunFailure> failures = new ConcurrentHashMap<>();
	private volatile Store store;
	/** One save at a time, in the order of the runs, so the newest results are the ones kept. */
	private final ISchedulingRule saveRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	/** Job family of the jobs that keep results in the store. */
	public static final Object SAVE_FAMILY = new Object();
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

	/** The failure of this study's last run, if its last run failed. */
	public Optional<RunFailure> failureFor(Path studyFile) {
		return Optional.ofNullable(failures.get(studyFile.toAbsolutePath().normalize()));
	}

	/** Keeps every good run from now on in this store (null: in memory only). */
	public void setStore(Store newStore) {
		store = newStore;
	}

	/**
	 * Shows the last kept results of a study that has none in this session (after a restart); does
	 * nothing when it has some or none were kept. Any thread.
	 *
	 * @return whether results were restored
	 */
	public boolean restore(Path studyFile) {
		Path key = studyFile.toAbsolutePath().normalize();
		Store current = store;
		if (current == null || byStudy.containsKey(key)) {
			return false;
		}
		Optional<AnalysisRun> kept;
		try {
			kept = current.load(key);
		} catch (RuntimeException e) {
			ILog.of(ResultsService.class).warn("Could not read the last results of " + key, e);
			return false;
		}
		// the check, the put and the notification are one step against publish: a run that finishes while the
		// kept results are read must not be followed by them (the views would show the older results)
		synchronized (this) {
			if (kept.isEmpty() || byStudy.putIfAbsent(key, kept.get()) != null) {
				return false; // nothing kept, or a run finished meanwhile: that one is newer
			}
			notifyResults(kept.get(), false);
		}
		return true;
	}

	public void publish(AnalysisRun run) {
		// listeners only queue their work on the UI thread, so they are called under the lock (see restore)
		synchronized (this) {
			byStudy.put(run.studyFile(), run);
			notifyResults(run, true);
		}
		Store current = store;
		if (current != null) {
			// in a job of its own: writing the results must not delay the run's end (launch to results)
			Job save = new Job("Keeping the results of " + run.studyFile().getFileName()) {
				@Override
				protected IStatus run(IProgressMonitor monitor) {
					try {
						current.save(run);
					} catch (IOException | RuntimeException e) {
						ILog.of(ResultsService.class)
								.warn("Could not keep the results of " + run.studyFile() + " for the next start", e);
					}
					return Status.OK_STATUS;
				}

				@Override
				public boolean belongsTo(Object family) {
					return family == SAVE_FAMILY;
				}
			};
			save.setSystem(true);
			save.setRule(saveRule);
			save.schedule();
		}
	}

	private void notifyResults(AnalysisRun run, boolean newRun) {
		synchronized (this) {
			latest = run;
			if (newRun) {
				failures.remove(run.studyFile());
				if (lastFailure != null && lastFailure.studyFile().equals(run.studyFile())) {
					lastFailure = null;
				}
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
		failures.put(failure.studyFile(), failure);
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
		failures.clear();
		latest = null;
		lastFailure = null;
	}
}
