package org.factorstudio.dsl.ui.internal.refactoring;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Search view page of indicator usages: one row per line, "file:line  text", double-click opens it. */
public class UsagesPage extends AbstractTextSearchViewPage {

	public UsagesPage() {
		super(AbstractTextSearchViewPage.FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		refresh();
	}

	@Override
	protected void clear() {
		refresh();
	}

	private void refresh() {
		StructuredViewer viewer = getViewer();
		AbstractTextSearchResult result = getInput();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			Object[] rows = result == null ? new Object[0] : result.getElements();
			Arrays.sort(rows, Comparator.comparingInt(row -> ((UsageLine) row).line()));
			viewer.setInput(rows);
		}
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new Rows());
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		throw new UnsupportedOperationException("usages are listed flat");
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		UsageLine line = (UsageLine) match.getElement();
		IWorkbenchPage page = getSite().getPage();
		IEditorPart editor = line.file() != null ? IDE.openEditor(page, line.file(), activate) : line.editor();
		if (line.file() == null && activate) {
			page.activate(editor);
		}
		ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
		if (text != null) {
			text.selectAndReveal(offset, length);
		}
	}

	private static final class Rows extends LabelProvider {
		@Override
		public String getText(Object element) {
			UsageLine line = (UsageLine) element;
			return line.fileName() + ":" + line.line() + "  " + line.text();
		}
	}
}
