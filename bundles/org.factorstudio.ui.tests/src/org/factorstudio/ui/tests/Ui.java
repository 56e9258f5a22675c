package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Helpers of the UI tests: the example project, waiting for jobs while the UI thread keeps running. */
final class Ui {

	static final String EXAMPLE_PROJECT = "municipal-automation";

	private Ui() {
	}

	/** The repository checkout (set by the build), where the example and its reference results are. */
	static Path repo() {
		String repo = System.getProperty("factorstudio.repo");
		if (repo == null) {
			fail("system property factorstudio.repo is not set (the parent POM sets it for tests)");
		}
		return Path.of(repo);
	}

	static Path exampleFolder() {
		return repo().resolve("examples/municipal-automation");
	}

	/**
	 * The example as a workspace project: its files are copied into a project in the test workspace,
	 * so the checkout is never written to.
	 */
	static IProject exampleProject() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLE_PROJECT);
		if (project.exists()) {
			return project;
		}
		project.create(null);
		project.open(null);
		try (var files = Files.list(exampleFolder())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				IFile target = project.getFile(file.getFileName().toString());
				try (InputStream in = Files.newInputStream(file)) {
					target.create(in, true, null);
				}
			}
		}
		return project;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	static void waitUntil(BooleanSupplier condition, long timeoutMillis, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + timeoutMillis + " ms waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted");
				}
			}
		}
		flush();
	}

	/** Waits for a job to end, then for the views' updates it queued. */
	static void waitForJob(Job job) {
		waitUntil(() -> job.getState() == Job.NONE, 60_000, job.getName());
	}

	/** Waits for a top-level shell with this title to open. */
	static Shell waitForShell(String title) {
		Shell[] found = new Shell[1];
		waitUntil(() -> {
			for (Shell shell : Display.getCurrent().getShells()) {
				if (title.equals(shell.getText()) && !shell.isDisposed() && shell.isVisible()) {
					found[0] = shell;
					return true;
				}
			}
			return false;
		}, 30_000, "a shell titled " + title);
		return found[0];
	}

	/** The text of every label and text field in a control tree, one per line. */
	static String allText(Control control) {
		StringBuilder text = new StringBuilder();
		collect(control, text);
		return text.toString();
	}

	private static void collect(Control control, StringBuilder text) {
		if (control instanceof Label label) {
			text.append(label.getText()).append('\n');
		} else if (control instanceof Text field) {
			text.append(field.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, text);
			}
		}
	}

	/** Runs what is queued on the display thread. */
	static void flush() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}
}
