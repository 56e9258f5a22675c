package org.factorstudio.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a run goes, for {@code analyze --timings}: the wall time of each phase the run reports on its
 * progress monitor (loading the study, the import, each analysis), of writing the report, and of what came
 * before the command ran (the JVM, the OSGi runtime), printed on standard error when the run ends.
 */
final class PhaseTimes {

	private final List<String> names = new ArrayList<>();
	private final List<Long> starts = new ArrayList<>();
	private final long beforeCommandMillis = ManagementFactory.getRuntimeMXBean().getUptime();

	/** Starts a phase; the previous one ends here. A repeated name continues nothing: it is a new row. */
	void start(String phase) {
		if (!names.isEmpty() && names.get(names.size() - 1).equals(phase)) {
			return;
		}
		names.add(phase);
		starts.add(System.nanoTime());
	}

	void print(PrintStream err) {
		long end = System.nanoTime();
		err.printf(Locale.ROOT, "%-66s %8d ms%n", "start-up before the command (JVM, OSGi runtime)", beforeCommandMillis);
		for (int i = 0; i < names.size(); i++) {
			long until = i + 1 < starts.size() ? starts.get(i + 1) : end;
			err.printf(Locale.ROOT, "%-66s %8d ms%n", names.get(i), (until - starts.get(i)) / 1_000_000);
		}
		err.printf(Locale.ROOT, "%-66s %8d ms%n", "whole process until now",
				ManagementFactory.getRuntimeMXBean().getUptime());
	}
}
