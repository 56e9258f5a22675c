package org.factorstudio.dsl.ui.internal.editing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.text.edits.ReplaceEdit;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/** Format (Ctrl+Shift+F): the selected lines, or the whole study when nothing is selected. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveStudyEditor active = ActiveStudyEditor.of(event);
		if (active == null) {
			return null;
		}
		StudySnapshot snapshot = active.study().current(active.document());
		if (snapshot.hasSyntaxErrors()) {
			active.status("Cannot format: the study has syntax errors", true);
			return null;
		}
		ITextSelection selection = active.selection();
		ReplaceEdit edit;
		try {
			edit = StudyFormatting.format(snapshot, selection.getOffset(), selection.getLength());
		} catch (IllegalStateException e) {
			ILog.of(getClass()).error("Formatting failed", e);
			active.status("Cannot format: " + e.getMessage(), true);
			return null;
		}
		if (edit == null) {
			active.status("The study is already formatted", false);
		} else {
			active.apply(edit);
		}
		return null;
	}
}
