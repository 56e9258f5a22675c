package org.factorstudio.analysis.spi;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An analysis the engine runs on an imported study. The built-in analyses implement this interface
 * as plugins do (extension point {@code org.factorstudio.analysis.analyses}); a plugin analysis runs
 * when the study's plan asks for it with {@code run <id>(...)}.
 */
public interface Analysis {

	/** The id a study uses to ask for this analysis, e.g. {@code bootstrap}. */
	String id();

	/** A short human-readable name. */
	String label();

	/** Whether it runs on every study without being asked for (the built-in analyses). */
	default boolean runsAlways() {
		return false;
	}

	/**
	 * Adds this analysis's results to {@code context.results()}. Problems are reported through
	 * {@link AnalysisContext#problem}, not thrown; cancellation through the monitor.
	 */
	void run(AnalysisContext context, IProgressMonitor monitor);
}
