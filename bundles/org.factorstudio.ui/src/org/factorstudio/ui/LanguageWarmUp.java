package org.factorstudio.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.factorstudio.dsl.StudyLoader;

/**
 * Creates the study language's injector in the background after start-up (about a second of Guice and
 * Xtext set-up), so that the first Run Analysis does not wait for it.
 */
final class LanguageWarmUp extends Job {

	private LanguageWarmUp() {
		super("Loading the study language");
		setSystem(true);
		setPriority(DECORATE);
	}

	static void start() {
		new LanguageWarmUp().schedule(500);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		StudyLoader.create();
		return Status.OK_STATUS;
	}
}
