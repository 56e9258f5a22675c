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
	private final long start = System.currentTimeMillis();
	private boolean shown;

	Progress(PrintStream err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
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
