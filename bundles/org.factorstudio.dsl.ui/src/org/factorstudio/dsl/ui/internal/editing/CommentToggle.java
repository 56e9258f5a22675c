package org.factorstudio.dsl.ui.internal.editing;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.text.edits.DeleteEdit;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.MultiTextEdit;

/**
 * Toggle comment (Ctrl+/): if every non-blank line touched by the selection starts with {@code //},
 * the markers are removed; otherwise {@code //} is put at the start of each line.
 */
public final class CommentToggle {

	static final String MARK = "//";

	private CommentToggle() {
	}

	/** The edit toggling the lines of {@code offset..offset+length} (an empty edit if there are none). */
	public static MultiTextEdit toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		// A selection ending at the start of a line does not include that line.
		if (last > first && document.getLineOffset(last) == offset + length) {
			last--;
		}
		boolean allCommented = true;
		boolean anyText = false;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank()) {
				anyText = true;
				allCommented &= text.stripLeading().startsWith(MARK);
			}
		}
		MultiTextEdit edit = new MultiTextEdit();
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			int start = document.getLineOffset(line);
			if (allCommented && anyText) {
				if (!text.isBlank()) {
					edit.addChild(new DeleteEdit(start + text.indexOf(MARK), MARK.length()));
				}
			} else if (!text.isBlank() || first == last) {
				edit.addChild(new InsertEdit(start, MARK));
			}
		}
		return edit;
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
