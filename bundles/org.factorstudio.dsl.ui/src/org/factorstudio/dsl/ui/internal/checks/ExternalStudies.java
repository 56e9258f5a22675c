package org.factorstudio.dsl.ui.internal.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Studies opened from outside the workspace (File > Open File, {@code --analyze}): the workspace can only put
 * markers on its own files, so each such study is linked, by its location, into the project
 * {@value #PROJECT}. The link is a workspace entry only: nothing is written into the study's folder
 * (the project's metadata lives in the workspace). The editor that shows the outside file keeps its
 * annotations and also reports its problems as markers on the link, so they are in the Problems view; the
 * workspace checks then keep the link's markers current once the editor is closed.
 */
public final class ExternalStudies {

	/** The workspace project that links the studies opened from outside the workspace. */
	public static final String PROJECT = "External Studies";

	/** Links whose study an editor shows from outside the workspace: that editor reports their problems. */
	private static final Map<IFile, Integer> SHOWN = new ConcurrentHashMap<>();

	private ExternalStudies() {
	}

	/**
	 * Links the study at {@code location} into {@value #PROJECT} (reusing an existing link to it) in a
	 * background job, then hands the link to {@code linked}; nothing when it is not a local file.
	 */
	public static void link(Path location, Consumer<IFile> linked) {
		if (location == null || !Files.isRegularFile(location)) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		WorkspaceJob job = new WorkspaceJob("Linking " + location.getFileName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IFile file = linkNow(location, monitor);
				if (file != null) {
					linked.accept(file);
				}
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setRule(workspace.getRoot());
		job.schedule();
	}

	/** The link to the study at {@code location}, made if needed (call with the workspace rule). */
	static IFile linkNow(Path location, IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		IPath wanted = IPath.fromOSString(location.toAbsolutePath().normalize().toString());
		for (IResource member : project.members()) {
			if (member instanceof IFile file && file.isLinked() && wanted.equals(file.getLocation())) {
				return file;
			}
		}
		String name = location.getFileName().toString();
		String stem = name.endsWith(".study") ? name.substring(0, name.length() - ".study".length()) : name;
		IFile file = project.getFile(name);
		for (int i = 2; file.exists(); i++) {
			file = project.getFile(stem + "-" + i + ".study");
		}
		file.createLink(wanted, IResource.NONE, monitor);
		file.setCharset("UTF-8", monitor);
		return file;
	}

	/** An editor shows {@code link}'s study from outside the workspace (counts editors). */
	public static void shown(IFile link) {
		SHOWN.merge(link, 1, Integer::sum);
	}

	/** That editor closed. */
	public static void hidden(IFile link) {
		SHOWN.computeIfPresent(link, (file, count) -> count > 1 ? count - 1 : null);
	}

	static boolean isShownExternally(IFile file) {
		return SHOWN.containsKey(file);
	}

	static void log(CoreException e) {
		ILog.of(ExternalStudies.class).log(e.getStatus());
	}
}
