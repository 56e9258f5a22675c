package org.factorstudio.dsl.ui.internal.refactoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;
import org.factorstudio.dsl.ui.internal.editing.ActiveStudyEditor;

/**
 * "Find usages of q01": the usages found in the editor's text when the command ran, shown in the
 * Search view one line per row.
 */
public final class UsagesQuery implements ISearchQuery {

	private final String indicator;

	private final UsagesResult result = new UsagesResult(this);

	private final List<Match> matches;

	public UsagesQuery(ActiveStudyEditor active, String indicator, List<IndicatorUsages.Usage> usages)
			throws BadLocationException {
		this.indicator = indicator;
		IDocument document = active.document();
		Map<Integer, UsageLine> lines = new HashMap<>();
		String fileName = active.editor().getEditorInput().getName();
		List<Match> found = new java.util.ArrayList<>();
		for (IndicatorUsages.Usage usage : usages) {
			int line = document.getLineOfOffset(usage.offset());
			UsageLine row = lines.get(line);
			if (row == null) {
				IRegion region = document.getLineInformation(line);
				row = new UsageLine(active.study().file(), active.study().file() == null ? active.editor() : null,
						fileName, line + 1, document.get(region.getOffset(), region.getLength()).strip());
				lines.put(line, row);
			}
			found.add(new Match(row, usage.offset(), usage.length()));
		}
		matches = List.copyOf(found);
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		result.addMatches(matches.toArray(Match[]::new));
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return "Usages of indicator '" + indicator + "'";
	}

	@Override
	public boolean canRerun() {
		return false;
	}

	@Override
	public boolean canRunInBackground() {
		return false;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
