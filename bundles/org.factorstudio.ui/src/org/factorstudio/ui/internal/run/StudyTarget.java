package org.factorstudio.ui.internal.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The study a run is for: its file, and the editor's text when the editor holds changes that are not
 * saved (the run analyses what the user sees; the editor's text is only read, never changed).
 */
public record StudyTarget(Path file, String unsavedText) {

	public static final String EXTENSION = "study";

	/** The study open in this editor, if it is one. */
	public static Optional<StudyTarget> ofEditor(IEditorPart editor) {
		if (editor == null) {
			return Optional.empty();
		}
		Optional<Path> file = fileOf(editor.getEditorInput());
		if (file.isEmpty()) {
			return Optional.empty();
		}
		String text = null;
		ITextEditor textEditor = Adapters.adapt(editor, ITextEditor.class);
		if (textEditor != null && textEditor.isDirty()) {
			IDocumentProvider provider = textEditor.getDocumentProvider();
			IDocument document = provider == null ? null : provider.getDocument(textEditor.getEditorInput());
			if (document != null) {
				text = document.get();
			}
		}
		return Optional.of(new StudyTarget(file.get(), text));
	}

	/** The study selected (a .study file, or the only or first study of a selected project or folder). */
	public static Optional<StudyTarget> ofSelection(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return Optional.empty();
		}
		IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
		if (resource instanceof IFile file && isStudy(file)) {
			return location(file).map(path -> new StudyTarget(path, null));
		}
		IContainer container = resource instanceof IContainer c ? c : resource instanceof IFile f ? f.getParent() : null;
		if (container == null) {
			return Optional.empty();
		}
		// a project or folder, or another file of one (its data file): the study beside it
		return studiesIn(container).stream().findFirst().flatMap(StudyTarget::location)
				.map(path -> new StudyTarget(path, null));
	}

	/** The .study files directly in a container, main studies (not "-raw") first, then by name. */
	static List<IFile> studiesIn(IContainer container) {
		List<IFile> studies = new ArrayList<>();
		try {
			for (IResource member : container.members()) {
				if (member instanceof IFile file && isStudy(file)) {
					studies.add(file);
				}
			}
		} catch (CoreException e) {
			return List.of();
		}
		studies.sort(Comparator.comparing((IFile f) -> f.getName().contains("-raw")).thenComparing(IFile::getName));
		return studies;
	}

	static boolean isStudy(IFile file) {
		return EXTENSION.equals(file.getFileExtension());
	}

	private static Optional<Path> location(IFile file) {
		IPath location = file.getLocation();
		return location == null ? Optional.empty() : Optional.of(location.toPath());
	}

	private static Optional<Path> fileOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return isStudy(fileInput.getFile()) ? location(fileInput.getFile()) : Optional.empty();
		}
		Path path = null;
		if (input instanceof IPathEditorInput pathInput) {
			path = pathInput.getPath().toPath();
		} else if (input instanceof IURIEditorInput uriInput) {
			URI uri = uriInput.getURI();
			if (uri != null && "file".equals(uri.getScheme())) {
				path = Path.of(uri);
			}
		}
		if (path == null || !path.getFileName().toString().endsWith("." + EXTENSION)) {
			return Optional.empty();
		}
		return Optional.of(path);
	}
}
