package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factorstudio.dsl.ui.internal.checks.ExternalStudies;
import org.junit.jupiter.api.Test;

/** A study opened from outside the workspace has no file to put markers on: its problems are annotations. */
class StudyOutsideWorkspaceTest {

	private static final String STUDY = """
			study Outside
			scale L 1..5
			indicators scale L {
				a1 "one"
				a2 "two"
			}
			index A = a1, a3
			dependent A
			""";

	@Test
	void aStudyOutsideTheWorkspaceShowsItsProblemsAsAnnotations() throws Exception {
		Path folder = Files.createTempDirectory("outside");
		Path file = Files.writeString(folder.resolve("outside.study"), STUDY, StandardCharsets.UTF_8);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()))
				.getAdapter(ITextEditor.class);
		try {
			IAnnotationModel model = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getAnnotationModel();
			StudyEditorFixture.waitUntil("the unknown indicator is annotated",
					() -> errors(model).stream().anyMatch(text -> text.contains("a3")), 20_000);
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			// the study also has no data declaration (an error on its name): take the unknown indicator's
			Annotation error = errorAnnotations(model).stream().filter(a -> a.getText().contains("a3")).findFirst()
					.orElseThrow();
			assertEquals(STUDY.indexOf("a3"), model.getPosition(error).getOffset());
			assertEquals(2, model.getPosition(error).getLength());

			document.replace(STUDY.indexOf("a3"), 2, "a2");
			StudyEditorFixture.waitUntil("the annotation went away",
					() -> errors(model).stream().noneMatch(text -> text.contains("a3")), 20_000);
			assertTrue(Files.readString(file).contains("a3"), "the file on disk is untouched");
		} finally {
			page.closeEditor(editor, false);
			StudyEditorFixture.drainEvents();
			// the link the IDE made for the Problems view goes too: a later test's study of the same name must not
			// find it (deleting the project removes the link, never the linked file)
			IProject external = ResourcesPlugin.getWorkspace().getRoot().getProject(ExternalStudies.PROJECT);
			if (external.exists()) {
				external.delete(true, true, new NullProgressMonitor());
			}
			Files.delete(file);
			Files.delete(folder);
		}
	}

	private static List<String> errors(IAnnotationModel model) {
		return errorAnnotations(model).stream().map(Annotation::getText).toList();
	}

	private static List<Annotation> errorAnnotations(IAnnotationModel model) {
		List<Annotation> errors = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if ("org.eclipse.ui.workbench.texteditor.error".equals(annotation.getType())) {
				errors.add(annotation);
			}
		}
		return errors;
	}
}
