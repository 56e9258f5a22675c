package org.factorstudio.dsl.ui.internal.refactoring;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/** The usages of an indicator; the Search view also marks them in the open editor. */
public final class UsagesResult extends AbstractTextSearchResult implements IEditorMatchAdapter, IFileMatchAdapter {

	private final UsagesQuery query;

	UsagesResult(UsagesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return query.getLabel() + " - " + count + (count == 1 ? " usage" : " usages");
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		UsageLine line = (UsageLine) match.getElement();
		return line.file() != null ? editor.getEditorInput() instanceof IFileEditorInput input
				&& line.file().equals(input.getFile()) : editor == line.editor();
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		List<Match> contained = new ArrayList<>();
		for (Object element : getElements()) {
			for (Match match : getMatches(element)) {
				if (isShownInEditor(match, editor)) {
					contained.add(match);
				}
			}
		}
		return contained.toArray(Match[]::new);
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		List<Match> contained = new ArrayList<>();
		for (Object element : getElements()) {
			if (file.equals(((UsageLine) element).file())) {
				contained.addAll(List.of(getMatches(element)));
			}
		}
		return contained.toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof UsageLine line ? line.file() : null;
	}
}
