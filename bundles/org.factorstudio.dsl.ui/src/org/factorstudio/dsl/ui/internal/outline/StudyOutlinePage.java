package org.factorstudio.dsl.ui.internal.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
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
 * hypotheses, scales and data (from {@link StudyOutline}). It follows the cursor, and selecting an
 * entry moves the editor to its declaration.
 * <p>
 * The tree's elements are stable keys (the path of kinds and names), not the outline's nodes, so that
 * after a reconcile only the entries that changed are redrawn and expansion is kept: on a study of
 * 2,000 indicators, rebuilding the whole tree after every pause in typing would freeze the editor.
 */
public class StudyOutlinePage extends ContentOutlinePage {

	private static final int DETAIL_LENGTH = 60;

	private static final String ROOT = "";

	private static final Object INPUT = new Object();

	private final ITextEditor editor;

	private final Consumer<StudySnapshot> onReconcile = this::show;

	private final ISelectionChangedListener onCursor = this::followCursor;

	private StudyDocument study;

	private IDocument document;

	/** The outline shown: the root node, each key's node, children and parent. */
	private OutlineNode root;
	private Map<String, OutlineNode> nodes = Map.of();
	private Map<String, List<String>> children = Map.of();
	private Map<String, String> parents = Map.of();
	private Map<OutlineNode, String> keys = Map.of();

	/** True while the page itself moves the tree selection, so the editor is not moved back. */
	private boolean following;

	public StudyOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.setAutoExpandLevel(3);
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			study = StudyDocument.attach(document);
			study.addListener(onReconcile);
			// before the editor's first check (moments away, in the background) the outline waits for it:
			// parsing here held the UI thread while a new editor opened (at start-up, before the results showed)
			if (study.latest() != null) {
				show(study.latest());
			}
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
		return root;
	}

	/** The outline node of a tree element (for tests and tools reading the tree). */
	public OutlineNode nodeOf(Object element) {
		return nodes.get(element);
	}

	/** The tree element of a node of {@link #root()}. */
	public Object elementOf(OutlineNode node) {
		return keys.get(node);
	}

	private void show(StudySnapshot snapshot) {
		TreeViewer viewer = getTreeViewer();
		Study parsed = snapshot.study();
		if (viewer == null || viewer.getControl().isDisposed() || parsed == null) {
			return;
		}
		OutlineNode fresh = StudyOutline.of(parsed);
		Map<String, OutlineNode> oldNodes = nodes;
		Map<String, List<String>> oldChildren = children;
		index(fresh);
		if (viewer.getInput() == null) {
			viewer.setInput(INPUT);
			return;
		}
		List<String> restructured = new ArrayList<>();
		List<String> relabelled = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : children.entrySet()) {
			String key = entry.getKey();
			List<String> before = oldChildren.get(key);
			if (before == null) {
				continue; // a new entry: its parent is restructured
			}
			if (!before.equals(entry.getValue())) {
				restructured.add(key);
			} else if (!text(oldNodes.get(key)).equals(text(nodes.get(key)))) {
				relabelled.add(key);
			}
		}
		if (restructured.contains(ROOT)) {
			viewer.refresh();
			return;
		}
		for (String key : restructured) {
			if (!hasAncestorIn(key, restructured)) {
				viewer.refresh(key);
			}
		}
		for (String key : relabelled) {
			viewer.update(key, null);
		}
	}

	private boolean hasAncestorIn(String key, List<String> candidates) {
		for (String parent = parents.get(key); parent != null; parent = parents.get(parent)) {
			if (candidates.contains(parent)) {
				return true;
			}
		}
		return false;
	}

	private void index(OutlineNode fresh) {
		Map<String, OutlineNode> newNodes = new HashMap<>();
		Map<String, List<String>> newChildren = new HashMap<>();
		Map<String, String> newParents = new HashMap<>();
		Map<OutlineNode, String> newKeys = new IdentityHashMap<>();
		index(fresh, ROOT, newNodes, newChildren, newParents, newKeys);
		root = fresh;
		nodes = newNodes;
		children = newChildren;
		parents = newParents;
		keys = newKeys;
	}

	/** Keys are the path of kinds and names; a repeated name among siblings gets its rank (#2, #3). */
	private static void index(OutlineNode node, String key, Map<String, OutlineNode> nodes,
			Map<String, List<String>> children, Map<String, String> parents, Map<OutlineNode, String> keys) {
		nodes.put(key, node);
		keys.put(node, key);
		List<String> childKeys = new ArrayList<>(node.children().size());
		Map<String, Integer> seen = new HashMap<>();
		for (OutlineNode child : node.children()) {
			String base = key + "/" + child.kind() + ":" + child.label();
			int rank = seen.merge(base, 1, Integer::sum);
			String childKey = rank == 1 ? base : base + "#" + rank;
			childKeys.add(childKey);
			parents.put(childKey, key);
			index(child, childKey, nodes, children, parents, keys);
		}
		children.put(key, List.copyOf(childKeys));
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (following || !(event.getSelection() instanceof IStructuredSelection selection)) {
			return;
		}
		OutlineNode node = nodes.get(selection.getFirstElement());
		if (node != null) {
			int[] name = nameOf(node);
			editor.selectAndReveal(name[0], name[1]);
		}
	}

	private void followCursor(SelectionChangedEvent event) {
		TreeViewer viewer = getTreeViewer();
		// Follow only the cursor the user moves in the editor, not the moves the outline itself causes.
		if (viewer == null || viewer.getControl().isDisposed() || root == null
				|| !(event.getSelection() instanceof ITextSelection text)
				|| editor.getSite().getPage().getActivePart() != editor) {
			return;
		}
		List<OutlineNode> path = pathTo(root, text.getOffset());
		if (path == null) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new TreeSelection(new TreePath(path.stream().map(keys::get).toArray())), true);
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

	private static String text(OutlineNode node) {
		return node.label() + "\u0000" + node.detail();
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return root == null ? new Object[0] : new Object[] { ROOT };
		}

		@Override
		public Object[] getChildren(Object parent) {
			return children.getOrDefault(parent, List.of()).toArray();
		}

		@Override
		public Object getParent(Object element) {
			return parents.get(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			return !children.getOrDefault(element, List.of()).isEmpty();
		}
	}

	private final class Labels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			OutlineNode node = nodes.get(element);
			if (node == null) {
				return new StyledString("");
			}
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
}
