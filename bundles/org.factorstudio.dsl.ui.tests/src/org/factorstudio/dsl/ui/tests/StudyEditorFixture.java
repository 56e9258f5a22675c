package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * A copy of the example study (with its data) in a fresh workspace project, opened in the study
 * editor; helpers that let the UI thread run until the editor has reconciled.
 */
final class StudyEditorFixture implements AutoCloseable {

	static final Path EXAMPLE = Path.of(System.getProperty("factorstudio.repo", "../.."), "examples",
			"municipal-automation");

	private static int projects;

	final IProject project;

	final IFile file;

	final ITextEditor editor;

	final IDocument document;

	final ISourceViewer viewer;

	private StudyEditorFixture(IProject project, IFile file, ITextEditor editor) {
		this.project = project;
		this.file = file;
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		this.viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** The example study and its data in a new project, opened and reconciled once. */
	static StudyEditorFixture openExample() throws CoreException, IOException {
		return open("municipal-automation.study",
				Files.readString(EXAMPLE.resolve("municipal-automation.study"), StandardCharsets.UTF_8), true);
	}

	/** A study of the given text in a new project (with the example's data when asked), opened and reconciled. */
	static StudyEditorFixture open(String name, String text, boolean withData) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("study-editor-test-" + ++projects);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		if (withData) {
			IFile data = project.getFile("responses.csv");
			data.create(Files.newInputStream(EXAMPLE.resolve("responses.csv")), true, new NullProgressMonitor());
		}
		IFile file = createStudy(project, name, text);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file, true);
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		assertTrue(editor != null, "the study did not open in a text editor: " + part);
		StudyEditorFixture fixture = new StudyEditorFixture(project, file, editor);
		fixture.awaitReconciled();
		return fixture;
	}

	/**
	 * A study file created with its charset in one workspace operation, so that the checks of saved studies
	 * never read it in the platform's default charset.
	 */
	static IFile createStudy(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, monitor);
			file.setCharset("UTF-8", monitor);
		}, null, IWorkspace.AVOID_UPDATE, new NullProgressMonitor());
		return file;
	}

	StudyDocument study() {
		return StudyDocument.find(document);
	}

	/** Runs the UI event loop until the editor has reconciled its current text. */
	StudySnapshot awaitReconciled() {
		waitUntil("the editor reconciled its text", () -> {
			StudyDocument study = StudyDocument.find(document);
			return study != null && study.latest() != null && study.latest().stamp() == StudyDocument.stamp(document);
		}, 20_000);
		return StudyDocument.find(document).latest();
	}

	/** The study's markers once they satisfy {@code condition} (the marker update follows the reconcile). */
	List<IMarker> awaitMarkers(String what, java.util.function.Predicate<List<IMarker>> condition) {
		waitUntil(what, () -> condition.test(markers()), 20_000);
		return markers();
	}

	/**
	 * The markers once they are those of the editor's check of its current text (the markers are written after
	 * the check is published): the same issues, by code and offset.
	 */
	List<IMarker> awaitCurrentMarkers() {
		StudySnapshot snapshot = awaitReconciled();
		assertTrue(snapshot.validated(), "the editor's check of its text is validated");
		int length = document.getLength();
		List<String> expected = snapshot.issues().stream()
				.map(issue -> issue.getCode() + "@" + (issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), length))))
				.sorted().toList();
		return awaitMarkers("the markers of the editor's latest check: " + expected, list -> list.stream()
				.map(m -> m.getAttribute(StudyEditorIds.ISSUE_CODE, (String) null) + "@" + m.getAttribute(IMarker.CHAR_START, -1))
				.sorted().toList().equals(expected));
	}

	List<IMarker> markers() {
		return markersOf(file);
	}

	/**
	 * The study markers of a file as one reporter left them. A reporter replaces them one by one inside a
	 * workspace operation, and {@code findMarkers} alone can see the list half written; read under the
	 * workspace lock, it sees the list before or after a report, never during one.
	 */
	static List<IMarker> markersOf(IFile file) {
		List<IMarker> found = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				if (file.exists()) {
					found.addAll(Arrays.asList(file.findMarkers(StudyEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)));
				}
			}, null, IWorkspace.AVOID_UPDATE, new NullProgressMonitor());
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
		return List.copyOf(found);
	}

	int offsetOf(String text) {
		int offset = document.get().indexOf(text);
		assertTrue(offset >= 0, "not in the study: " + text);
		return offset;
	}

	int lineOf(int offset) {
		try {
			return document.getLineOfOffset(offset) + 1;
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted");
				}
			}
		}
	}

	/** Lets queued UI work run (repaints, async runnables). */
	static void drainEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run everything queued
		}
	}

	@Override
	public void close() throws CoreException {
		editor.getSite().getPage().closeEditor(editor, false);
		drainEvents();
		project.delete(true, true, new NullProgressMonitor());
	}
}
