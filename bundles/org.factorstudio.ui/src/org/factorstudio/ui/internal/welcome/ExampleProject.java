package org.factorstudio.ui.internal.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The bundled example (examples/municipal-automation: the studies, the survey data and the codebook, shipped
 * inside this bundle by the build) as a project in the workspace, so that it has markers, the Project Explorer
 * and Run Analysis like any study of the user's. An existing project of that name is opened, never overwritten.
 */
public final class ExampleProject {

	public static final String PROJECT = "municipal-automation";

	public static final String STUDY = "municipal-automation.study";

	static final String ENTRY = "examples/municipal-automation";

	private ExampleProject() {
	}

	/** The example's study in the workspace, the project created (or opened) if needed. */
	public static IFile create(IProgressMonitor monitor) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		IWorkspaceRunnable create = progress -> {
			SubMonitor sub = SubMonitor.convert(progress, "Creating the example project", 10);
			if (!project.exists()) {
				project.create(sub.split(1));
				project.open(sub.split(1));
				List<Source> sources = sources();
				if (sources.isEmpty()) {
					throw new CoreException(Status.error("The example is not installed: no " + ENTRY
							+ " in bundle org.factorstudio.ui"));
				}
				SubMonitor files = sub.split(8).setWorkRemaining(sources.size());
				for (Source source : sources) {
					IFile file = project.getFile(source.name());
					try (InputStream in = source.open()) {
						file.create(in, true, files.split(1));
					} catch (IOException e) {
						throw new CoreException(Status.error("Could not copy the example's " + source.name(), e));
					}
					if (source.name().endsWith(".study") || source.name().endsWith(".csv")) {
						file.setCharset("UTF-8", null);
					}
				}
			} else if (!project.isOpen()) {
				project.open(sub.split(2));
			}
		};
		ResourcesPlugin.getWorkspace().run(create, ResourcesPlugin.getWorkspace().getRoot(), 0, monitor);
		return project.getFile(STUDY);
	}

	/** A file of the example: its name and how to read it. */
	record Source(String name, Opener opener) {
		InputStream open() throws IOException {
			return opener.open();
		}
	}

	interface Opener {
		InputStream open() throws IOException;
	}

	/**
	 * The example's files: the entries the build put into this bundle; without them (a bundle run from its
	 * source folder) the repository's folder named by {@code -Dfactorstudio.repo}.
	 */
	static List<Source> sources() {
		List<Source> sources = new ArrayList<>();
		Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries(ENTRY, "*", false);
		if (entries != null) {
			for (URL url : Collections.list(entries)) {
				String path = url.getPath();
				if (!path.endsWith("/")) {
					sources.add(new Source(path.substring(path.lastIndexOf('/') + 1), url::openStream));
				}
			}
			return sources;
		}
		String repo = System.getProperty("factorstudio.repo");
		Path folder = repo == null ? null : Path.of(repo, ENTRY);
		if (folder != null && Files.isDirectory(folder)) {
			try (var files = Files.list(folder)) {
				files.filter(Files::isRegularFile).sorted().forEach(file -> sources
						.add(new Source(file.getFileName().toString(), () -> Files.newInputStream(file))));
			} catch (IOException e) {
				org.eclipse.core.runtime.ILog.of(ExampleProject.class).log(Status.error("Could not list " + folder, e));
			}
		}
		return sources;
	}

	static IStatus missing() {
		return Status.error("The example is not installed with this FactorStudio");
	}
}
