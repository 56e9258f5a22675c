package org.factorstudio.extensions;

import org.eclipse.core.runtime.ILog;

/** Writes unusable contributions to the platform log, where the IDE's Error Log and the CLI's log find them. */
public final class ContributionLog {

	private ContributionLog() {
	}

	/** Logs the problem as a warning; without a running framework it is dropped (the registry still keeps it). */
	public static void warn(ContributionProblem problem) {
		try {
			ILog.of(ContributionLog.class).warn(problem.toString());
		} catch (RuntimeException | LinkageError outsideOsgi) {
			// plain Java has no platform log
		}
	}
}
