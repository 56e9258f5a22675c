package org.factorstudio.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.ide.StudyIdeSetup;

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

	/**
	 * Has the analysis runs use the editor's injector (runtime and ide modules) instead of a runtime-only one of
	 * their own: the language is then set up once per session, not twice (the second set-up cost about a second
	 * of the UI thread when the first study editor opened, with a run's results waiting behind it).
	 */
	static void shareInjectorWithEditor() {
		StudyLoader.shareInjector(() -> new StudyIdeSetup().createInjectorAndDoEMFRegistration());
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
