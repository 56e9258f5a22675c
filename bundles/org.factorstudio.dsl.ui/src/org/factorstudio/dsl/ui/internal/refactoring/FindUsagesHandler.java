package org.factorstudio.dsl.ui.internal.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.search.ui.NewSearchUI;
import org.factorstudio.dsl.ui.internal.StudySnapshot;
import org.factorstudio.dsl.ui.internal.editing.ActiveStudyEditor;
import org.factorstudio.model.study.Indicator;

/**
 * Find Usages (Ctrl+Shift+G, the generic editor's "Find References"): lists the declaration,
 * references and including ranges of the indicator at the cursor in the Search view.
 */
public class FindUsagesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ActiveStudyEditor active = ActiveStudyEditor.of(event);
		if (active == null) {
			return null;
		}
		UsagesQuery query = query(active);
		if (query != null) {
			// The usages are already collected; the query only hands them to the Search view.
			NewSearchUI.runQueryInForeground(active.editor().getSite().getWorkbenchWindow(), query);
		}
		return null;
	}

	/** The query for the indicator at the cursor, or null (with a status message) when there is none. */
	public static UsagesQuery query(ActiveStudyEditor active) throws ExecutionException {
		StudySnapshot snapshot = active.study().current(active.document());
		Indicator indicator = IndicatorAtCursor.find(snapshot.resource(), active.selection().getOffset());
		if (indicator == null) {
			active.status("Find usages: place the cursor on an indicator's name", true);
			return null;
		}
		try {
			return new UsagesQuery(active, indicator.getName(), IndicatorUsages.of(snapshot.resource(), indicator));
		} catch (BadLocationException e) {
			throw new ExecutionException("usages outside the document", e);
		}
	}
}
