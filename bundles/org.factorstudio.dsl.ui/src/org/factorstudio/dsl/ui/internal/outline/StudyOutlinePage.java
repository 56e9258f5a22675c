package org.factorstudio.dsl.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.factorstudio.dsl.ide.outline.OutlineNode;
import org.factorstudio.dsl.ide.outline.StudyOutline;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudySnapshot;
import org.factorstudio.model.study.Study;

/**
 * The Outline of a study editor: areas → factors → index variables → indicators, then the dependent,
 * hypotheses, scales and data (from {@link StudyOutline}). It is rebuilt after each reconcile keeping
 * what was expanded, follows the cursor, and selecting an entry moves the editor to its declaration.
 */
public class StudyOutlinePage extends ContentOutlinePage {

	private static final int DETAIL_LENGTH = 60;

	private final ITextEditor editor;

	private final Consumer<StudySnapshot> onReconcile = this::show;

	private final ISelectionChangedListener onCursor = this::followCursor;

	private StudyDocument study;

	private IDocument document;

	/** True while the page itself moves the tree selection, so the editor is not moved back. */
	private boolean following;

	public StudyOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.setComparer(new SameEntry());
		viewer.setAutoExpandLevel(3);
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			study = StudyDocument.attach(document);
			study.addListener(onReconcile);
			show(study.latest() != null ? study.latest() : study.current(document));
		}
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(onCursor);
		}
	}

	@Override
	public void dispose() {
		if (study != null) {
			study.removeListener(onReconcile);
		}
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(onCursor);
		}
		super.dispose();
	}

	/** The outline shown, or null before the study could be parsed. */
	public OutlineNode root() {
		TreeViewer viewer = getTreeViewer();
		return viewer == null ? null : (OutlineNode) viewer.getInput();
	}

	private void show(StudySnapshot snapshot) {
		TreeViewer viewer = getTreeViewer();
		Study parsed = snapshot.study();
		if (viewer == null || viewer.getControl().isDisposed() || parsed == null) {
			return;
		}
		OutlineNode root = StudyOutline.of(parsed);
		if (viewer.getInput() == null) {
			viewer.setInput(root);
			return;
		}
		TreePath[] expanded = viewer.getExpandedTreePaths();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(root);
			viewer.setExpandedTreePaths(expanded);
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (following || !(event.getSelection() instanceof IStructuredSelection selection)
				|| !(selection.getFirstElement() instanceof OutlineNode node)) {
			return;
		}
		int[] name = nameOf(node);
		editor.selectAndReveal(name[0], name[1]);
	}

	private void followCursor(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		// Follow only the cursor the user moves in the editor, not the moves the outline itself causes.
		if (viewer == null || viewer.getControl().isDisposed() || !(event.getSelection() instanceof ITextSelection text)
				|| editor.getSite().getPage().getActivePart() != editor) {
			return;
		}
		OutlineNode root = root();
		List<OutlineNode> path = root == null ? null : pathTo(root, text.getOffset());
		if (path == null) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		} finally {
			following = false;
		}
	}

	/** The path from the root to the innermost entry whose declaration contains {@code offset}. */
	static List<OutlineNode> pathTo(OutlineNode root, int offset) {
		OutlineNode deepest = root.deepestAt(offset);
		if (deepest == null || deepest == root) {
			return null;
		}
		List<OutlineNode> path = new ArrayList<>();
		return collect(root, deepest, path) ? path : null;
	}

	private static boolean collect(OutlineNode current, OutlineNode wanted, List<OutlineNode> path) {
		path.add(current);
		if (current == wanted) {
			return true;
		}
		for (OutlineNode child : current.children()) {
			if (collect(child, wanted, path)) {
				return true;
			}
		}
		path.remove(path.size() - 1);
		return false;
	}

	/** Offset and length of the entry's name within its declaration (the whole declaration if not found). */
	private int[] nameOf(OutlineNode node) {
		if (document != null && !node.label().isEmpty()) {
			int end = Math.min(node.offset() + node.length(), document.getLength());
			try {
				String declaration = document.get(node.offset(), end - node.offset());
				int at = declaration.indexOf(node.label());
				if (at >= 0) {
					return new int[] { node.offset() + at, node.label().length() };
				}
			} catch (org.eclipse.jface.text.BadLocationException e) {
				// outline older than the text: fall back to the declaration's start
			}
		}
		return new int[] { node.offset(), 0 };
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof OutlineNode root ? new Object[] { root } : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}

	private static final class Labels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			OutlineNode node = (OutlineNode) element;
			StyledString text = new StyledString(kind(node.kind()) + node.label());
			if (node.detail() != null && !node.detail().isBlank()) {
				String detail = node.detail().length() > DETAIL_LENGTH ? node.detail().substring(0, DETAIL_LENGTH) + "…"
						: node.detail();
				text.append("  " + detail, StyledString.DECORATIONS_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		private static String kind(OutlineNode.Kind kind) {
			return switch (kind) {
			case STUDY -> "study ";
			case AREA -> "area ";
			case FACTOR -> "factor ";
			case INDEX -> "index ";
			case DEPENDENT -> "dependent ";
			case HYPOTHESIS -> "hypothesis ";
			case SCALE -> "scale ";
			case DATA -> "data ";
			case PLAN -> "analysis ";
			case INDICATOR -> "";
			};
		}
	}

	/** Entries are the same across rebuilds when kind and name agree (offsets move as the user types). */
	private static final class SameEntry implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof OutlineNode x && b instanceof OutlineNode y ? x.kind() == y.kind()
					&& x.label().equals(y.label()) : Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof OutlineNode node ? Objects.hash(node.kind(), node.label()) : Objects.hashCode(element);
		}
	}
}
