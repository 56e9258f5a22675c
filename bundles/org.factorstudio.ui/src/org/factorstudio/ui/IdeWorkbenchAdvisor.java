package org.factorstudio.ui;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.factorstudio.ui.internal.run.LastResults;
import org.factorstudio.ui.internal.run.ResultsRestorer;
import org.factorstudio.ui.internal.welcome.WelcomeEditor;
import org.factorstudio.ui.results.ResultsService;
import org.osgi.framework.FrameworkUtil;

/**
 * Workbench of the IDE: resources (projects, markers) as in the Eclipse IDE, the FactorStudio
 * perspective first, the workspace saved on exit; studies re-run on save when the preference says so,
 * and a study given with {@code -Dfactorstudio.analyze} is opened and analysed at start-up; otherwise the
 * welcome page opens on a workspace's first start.
 */
public class IdeWorkbenchAdvisor extends WorkbenchAdvisor {

	/** How often the UI thread looks whether the workbench's initialization thread has finished (see openWindows). */
	private static final int STARTUP_WAKE_MILLIS = 25;

	private final RerunOnSave rerunOnSave = new RerunOnSave();

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		LanguageWarmUp.shareInjectorWithEditor();
		// Project Explorer, Problems and the editors adapt workspace resources through these.
		IDE.registerAdapters();
		// The Problems view and the markers' annotations take their icons from images the IDE's own
		// advisor declares; an RCP advisor has to declare them itself.
		IdeImages.declare(configurer);
		configurer.setSaveAndRestore(true);
		// the last results of each study outlive a restart (in the workspace, not the report folders)
		ResultsService.getDefault().setStore(new LastResults(
				Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).append("last-results").toPath()));
	}

	@Override
	public void preStartup() {
		super.preStartup();
		StartupAnalysis.startIfAsked();
	}

	/**
	 * Opens the windows as the workbench does, with a timer that wakes the UI thread meanwhile. The workbench
	 * restores its state on an initialization thread while the UI thread sleeps in {@code Display.sleep()} until
	 * that thread's {@code Display.wake()}; on GTK that wake-up is sometimes lost, and the UI thread then slept,
	 * doing nothing, until some other event arrived: the window opened 4-6 s late in about one launch in four
	 * (thread dumps of such launches show the initialization finished and the process idle; docs/ide.md,
	 * start-up). A timer event also ends the sleep, so the UI thread sees the initialization is done within
	 * {@link #STARTUP_WAKE_MILLIS} ms; the timer stops with the method.
	 */
	@Override
	public boolean openWindows() {
		Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
		Runnable wake = new Runnable() {
			@Override
			public void run() {
				display.timerExec(STARTUP_WAKE_MILLIS, this);
			}
		};
		display.timerExec(STARTUP_WAKE_MILLIS, wake);
		try {
			return super.openWindows();
		} finally {
			// the timer runs on this thread: cancelled here, it cannot schedule itself again
			display.timerExec(-1, wake);
		}
	}

	@Override
	public void postStartup() {
		super.postStartup();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(rerunOnSave, IResourceChangeEvent.POST_CHANGE);
		StartupAnalysis.finishIfAsked(getWorkbenchConfigurer().getWorkbench());
		ResultsRestorer restorer = new ResultsRestorer(ResultsService.getDefault());
		String requested = System.getProperty(StartupAnalysis.ANALYZE);
		for (IWorkbenchWindow window : getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()) {
			restorer.install(window);
			WelcomeEditor.startup(window, requested != null && !requested.isBlank());
		}
		LanguageWarmUp.start();
	}

	@Override
	public void postShutdown() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(rerunOnSave);
		super.postShutdown();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return FactorStudioPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new IdeWindowAdvisor(configurer);
	}

	@Override
	public boolean preShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
