package org.factorstudio.dsl.ui.internal.quickfix;

import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;

/**
 * A study's text through the file buffers: the open editor's document when the study is open (so a
 * fix shows at once, undoable, and the editor keeps its unsaved changes), else the file's, written back.
 */
final class StudyText {

	private StudyText() {
	}

	/** Reads the document, without writing anything back. */
	static void read(IFile file, Consumer<IDocument> reader) {
		use(file, reader, false);
	}

	/** Edits the document; when no editor has the study open, the file is saved. */
	static void edit(IFile file, Consumer<IDocument> editor) {
		use(file, editor, true);
	}

	private static void use(IFile file, Consumer<IDocument> user, boolean write) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
				boolean dirtyBefore = buffer.isDirty();
				user.accept(buffer.getDocument());
				// an open editor shares the buffer: it shows the change and saves it with the user's edits
				if (write && !buffer.isShared() && !dirtyBefore && buffer.isDirty()) {
					buffer.commit(new NullProgressMonitor(), true);
				}
			} finally {
				manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
			}
		} catch (CoreException e) {
			throw new IllegalStateException(file.getFullPath() + ": " + e.getStatus().getMessage(), e);
		}
	}
}
