package org.factorstudio.dsl.ui.internal.checks;

import org.eclipse.ui.IStartup;

/** Starts the workspace checks once the workbench is up (in a background thread, after the window opened). */
public final class StudyChecksStartup implements IStartup {

	@Override
	public void earlyStartup() {
		StudyChecks.start();
	}
}
