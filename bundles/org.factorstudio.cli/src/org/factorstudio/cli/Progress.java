package org.factorstudio.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress on stderr for runs longer than a second: the current task, rewritten in place, and
 * cleared when the run ends. Short runs print nothing.
 */
final class Progress extends NullProgressMonitor {

	private static final long QUIET_MILLIS = 1000;

	private final PrintStream err;
	private final boolean enabled;
	private final PhaseTimes times;
	private final long start = System.currentTimeMillis();
	private boolean shown;

	/** @param times where the phases are timed (--timings), or null */
	Progress(PrintStream err, boolean enabled, PhaseTimes times) {
		this.err = err;
		this.enabled = enabled;
		this.times = times;
	}

	@Override
	public void subTask(String name) {
		show(name);
	}

	@Override
	public void setTaskName(String name) {
		show(name);
	}

	private void show(String name) {
		if (times != null && name != null && !name.isBlank()) {
			times.start(name);
		}
		if (!enabled || name == null || System.currentTimeMillis() - start < QUIET_MILLIS) {
			return;
		}
		err.print("\r\033[K" + name + "...");
		err.flush();
		shown = true;
	}

	void clear() {
		if (shown) {
			err.print("\r\033[K");
			err.flush();
		}
	}
}
