package org.factorstudio.dsl.ui.internal.editing;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.TextEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factorstudio.dsl.ui.internal.StudyDocument;

/** The study editor a command works on: its document, selection, and one undoable way to edit it. */
public record ActiveStudyEditor(ITextEditor editor, IDocument document, StudyDocument study) {

	/** The active editor if it shows a study, otherwise null. */
	public static ActiveStudyEditor of(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		return of(part);
	}

	public static ActiveStudyEditor of(IEditorPart part) {
		ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || editor.getDocumentProvider() == null) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StudyDocument study = StudyDocument.find(document);
		return study == null ? null : new ActiveStudyEditor(editor, document, study);
	}

	public ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/** Applies an edit as one undo step; false (and a beep) when the editor is read-only. */
	public boolean apply(TextEdit edit) {
		if (!editor.isEditable()) {
			Display.getCurrent().beep();
			return false;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			edit.apply(document, TextEdit.NONE);
			return true;
		} catch (MalformedTreeException | BadLocationException e) {
			throw new IllegalStateException("edit does not fit the document", e);
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** Shows a message in the editor's status line (errors in red). */
	public void status(String message, boolean error) {
		var statusLine = editor.getEditorSite().getActionBars().getStatusLineManager();
		if (error) {
			statusLine.setErrorMessage(message);
			Display.getCurrent().beep();
		} else {
			statusLine.setMessage(message);
		}
	}
}
