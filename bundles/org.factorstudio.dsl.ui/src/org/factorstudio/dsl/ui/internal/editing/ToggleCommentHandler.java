package org.factorstudio.dsl.ui.internal.editing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.ITextSelection;

/** Toggle comment (Ctrl+/) on the lines of the selection; see {@link CommentToggle}. */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ActiveStudyEditor active = ActiveStudyEditor.of(event);
		if (active == null) {
			return null;
		}
		ITextSelection selection = active.selection();
		try {
			active.apply(CommentToggle.toggle(active.document(), selection.getOffset(), selection.getLength()));
		} catch (BadLocationException e) {
			throw new ExecutionException("selection outside the document", e);
		}
		return null;
	}
}
