package org.factorstudio.dsl.ui.internal.highlighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * Lays the semantic colours of the latest reconciled snapshot over the syntax colouring. The
 * coloured ranges are kept as document positions, so they move with the text typed before the next
 * reconcile; after a reconcile only the span where the ranges changed is redrawn.
 */
final class SemanticHighlighter implements ITextPresentationListener, ITextInputListener {

	private static final String CATEGORY = "org.factorstudio.dsl.ui.semanticHighlights";

	/** A coloured range that the document keeps up to date. */
	private static final class Highlight extends Position {
		final String style;

		Highlight(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}

		boolean sameAs(Highlight other) {
			return offset == other.offset && length == other.length && style.equals(other.style)
					&& !isDeleted && !other.isDeleted;
		}
	}

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);

	private final Consumer<StudySnapshot> onReconcile = this::update;

	private ITextViewer viewer;

	private IDocument document;

	private StudyDocument study;

	void install(ITextViewer textViewer) {
		viewer = textViewer;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
		viewer.addTextInputListener(this);
		connect(viewer.getDocument());
	}

	void uninstall() {
		if (viewer == null) {
			return;
		}
		disconnect();
		viewer.removeTextInputListener(this);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		viewer = null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	private void connect(IDocument newDocument) {
		if (newDocument == null) {
			return;
		}
		document = newDocument;
		document.addPositionCategory(CATEGORY);
		document.addPositionUpdater(updater);
		study = StudyDocument.attach(document);
		study.addListener(onReconcile);
		if (study.latest() != null && study.latest().stamp() == StudyDocument.stamp(document)) {
			update(study.latest());
		}
	}

	private void disconnect() {
		if (document == null) {
			return;
		}
		study.removeListener(onReconcile);
		document.removePositionUpdater(updater);
		try {
			document.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
		document = null;
		study = null;
	}

	/** Replaces the coloured ranges with those of a snapshot of the current text; UI thread. */
	private void update(StudySnapshot snapshot) {
		if (document == null || snapshot.highlights() == null) {
			return;
		}
		Highlight[] old = highlights();
		List<Highlight> fresh = new ArrayList<>(snapshot.highlights().size());
		for (StudySnapshot.Highlight highlight : snapshot.highlights()) {
			if (StudyColors.semantic(highlight.style()) != null) {
				fresh.add(new Highlight(highlight.offset(), highlight.length(), highlight.style()));
			}
		}
		fresh.sort(Comparator.comparingInt(highlight -> highlight.offset));
		int first = 0;
		while (first < old.length && first < fresh.size() && old[first].sameAs(fresh.get(first))) {
			first++;
		}
		int oldLast = old.length - 1;
		int freshLast = fresh.size() - 1;
		while (oldLast >= first && freshLast >= first && old[oldLast].sameAs(fresh.get(freshLast))) {
			oldLast--;
			freshLast--;
		}
		if (first > oldLast && first > freshLast) {
			return;
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		for (int i = first; i <= oldLast; i++) {
			start = Math.min(start, old[i].offset);
			end = Math.max(end, old[i].offset + old[i].length);
		}
		for (int i = first; i <= freshLast; i++) {
			start = Math.min(start, fresh.get(i).offset);
			end = Math.max(end, fresh.get(i).offset + fresh.get(i).length);
		}
		try {
			// Only the changed window: on thousands of names, replacing every position costs the UI thread.
			for (int i = first; i <= oldLast; i++) {
				document.removePosition(CATEGORY, old[i]);
			}
			for (int i = first; i <= freshLast; i++) {
				document.addPosition(CATEGORY, fresh.get(i));
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			// The snapshot matches the current text; a failure here means the category was removed.
			return;
		}
		int length = Math.min(end, document.getLength()) - start;
		if (length > 0 && viewer instanceof ITextViewerExtension2 extension) {
			extension.invalidateTextPresentation(start, length);
		}
	}

	private Highlight[] highlights() {
		try {
			Position[] positions = document.getPositions(CATEGORY);
			Highlight[] highlights = new Highlight[positions.length];
			for (int i = 0; i < positions.length; i++) {
				highlights[i] = (Highlight) positions[i];
			}
			return highlights;
		} catch (BadPositionCategoryException e) {
			return new Highlight[0];
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (Highlight highlight : highlights()) {
			if (highlight.isDeleted || highlight.offset + highlight.length <= from) {
				continue;
			}
			if (highlight.offset >= to) {
				break;
			}
			TextAttribute attribute = StudyColors.semantic(highlight.style);
			int start = Math.max(from, highlight.offset);
			int end = Math.min(to, highlight.offset + highlight.length);
			StyleRange range = new StyleRange(start, end - start, attribute.getForeground(), null,
					attribute.getStyle());
			ranges.add(range);
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}
}
