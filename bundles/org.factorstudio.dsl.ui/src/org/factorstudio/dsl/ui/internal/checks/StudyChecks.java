package org.factorstudio.dsl.ui.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.ProblemReporter;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudyReconciler;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * Markers for every study in the workspace, opened or not (the workspace's "builder"): a resource change
 * listener queues a study when it is added or its text changes, and every study of a project when a data file
 * in it changes (the checks read the data) or the project is opened; at start-up every study is queued once.
 * One background job checks the queue, each study as saved on disk. A study an editor has open is left to the
 * editor, which checks its unsaved text as you type.
 */
public final class StudyChecks implements IResourceChangeListener {

	private static final Set<String> DATA_EXTENSIONS = Set.of("csv", "tsv", "txt", "sav");

	private static final StudyChecks INSTANCE = new StudyChecks();

	private static boolean started;

	private final Set<IFile> queue = new LinkedHashSet<>();

	private final Job job = new Job("Checking studies") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return checkQueued(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == StudyEditorIds.CHECK_JOB_FAMILY;
		}
	};

	private StudyChecks() {
		job.setPriority(Job.DECORATE);
		job.setSystem(true);
	}

	/** Starts listening and queues every study of the workspace once; later calls do nothing. */
	public static synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(INSTANCE, IResourceChangeEvent.POST_CHANGE);
		INSTANCE.queueAll();
	}

	/** Checks every study again: the open editors and every study of the workspace (severities changed). */
	public static void recheckAll() {
		StudyReconciler.reconcileAll();
		INSTANCE.queueAll();
	}

	/** Waits until the queued studies are checked (tests). */
	public static void join() throws InterruptedException {
		INSTANCE.job.join();
	}

	private void queueAll() {
		List<IFile> studies = new ArrayList<>();
		collectStudies(ResourcesPlugin.getWorkspace().getRoot(), studies);
		queue(studies);
	}

	private void queue(List<IFile> studies) {
		if (studies.isEmpty()) {
			return;
		}
		synchronized (queue) {
			queue.addAll(studies);
		}
		job.schedule(200);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<IFile> studies = new ArrayList<>();
		Set<IProject> projectsWithNewData = new LinkedHashSet<>();
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource instanceof IProject project && (child.getFlags() & IResourceDelta.OPEN) != 0
						&& project.isOpen()) {
					projectsWithNewData.add(project);
					return false;
				}
				if (!(resource instanceof IFile file) || child.getKind() == IResourceDelta.REMOVED) {
					return true;
				}
				boolean contentChanged = child.getKind() == IResourceDelta.ADDED
						|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
				if (!contentChanged) {
					return false;
				}
				String extension = file.getFileExtension() == null ? "" : file.getFileExtension().toLowerCase(Locale.ROOT);
				if ("study".equals(extension)) {
					studies.add(file);
				} else if (DATA_EXTENSIONS.contains(extension) && !file.isDerived() && !inReportFolder(file)) {
					projectsWithNewData.add(file.getProject());
				}
				return false;
			});
		} catch (CoreException e) {
			ILog.of(StudyChecks.class).log(e.getStatus());
		}
		for (IProject project : projectsWithNewData) {
			collectStudies(project, studies);
		}
		queue(studies);
	}

	/** Report folders ({@code <study>-report}, written by Export Report and the CLI) hold no data of a study. */
	private static boolean inReportFolder(IFile file) {
		for (String segment : file.getProjectRelativePath().removeLastSegments(1).segments()) {
			if (segment.endsWith("-report")) {
				return true;
			}
		}
		return false;
	}

	private static void collectStudies(IContainer container, List<IFile> studies) {
		if (container instanceof IWorkspaceRoot root) {
			for (IProject project : root.getProjects()) {
				collectStudies(project, studies);
			}
			return;
		}
		if (!container.isAccessible()) {
			return;
		}
		try {
			container.accept(proxy -> {
				if (proxy.getType() == IResource.FILE) {
					if (proxy.getName().endsWith(".study")) {
						studies.add((IFile) proxy.requestResource());
					}
					return false;
				}
				// a report folder holds no studies; the report folders of large runs are not walked
				return !proxy.isDerived() && !proxy.getName().startsWith(".");
			}, IResource.NONE);
		} catch (CoreException e) {
			ILog.of(StudyChecks.class).log(e.getStatus());
		}
	}

	private IStatus checkQueued(IProgressMonitor monitor) {
		while (true) {
			IFile file;
			synchronized (queue) {
				if (queue.isEmpty()) {
					return Status.OK_STATUS;
				}
				file = queue.iterator().next();
				queue.remove(file);
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				check(file, SubMonitor.convert(monitor));
			} catch (OperationCanceledException | OperationCanceledError e) {
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				// one broken study must not stop the others' checks
				ILog.of(StudyChecks.class).warn("Could not check " + file.getFullPath(), e);
			}
		}
	}

	/** Checks one study as saved, unless an editor has it open (the editor reports its own text). */
	static void check(IFile file, IProgressMonitor monitor) {
		if (!file.isAccessible() || StudyDocument.isOpenInEditor(file) || ExternalStudies.isShownExternally(file)) {
			return;
		}
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException | CoreException e) {
			return; // deleted or unreadable meanwhile: the next change queues it again
		}
		StudySnapshot snapshot = StudyReconciler.checkFile(file, text, monitor::isCanceled);
		if (snapshot != null) {
			// an editor that opened the file meanwhile reports its own text: this check must not overwrite it
			new ProblemReporter.Markers(file, () -> !StudyDocument.isOpenInEditor(file)).report(snapshot);
		}
	}
}
