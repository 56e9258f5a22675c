package org.factorstudio.dsl.ui.internal.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.factorstudio.dsl.ide.hover.StudyHover;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudyElements;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * Hover over a name: an indicator's question and the index variables it belongs to, an index
 * variable's members and rule, a factor's index and recommendation (texts of {@link StudyHover}).
 * Contributed through {@code org.eclipse.ui.genericeditor.hoverProviders}, after the problem hovers.
 */
public class StudyTextHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		StudySnapshot snapshot = snapshot(viewer);
		return snapshot == null ? null : StudyElements.tokenAt(snapshot.resource(), offset);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		StudySnapshot snapshot = snapshot(viewer);
		return snapshot == null ? null : hoverText(snapshot, region.getOffset());
	}

	/** The hover text at {@code offset} of a snapshot, or null when no study element is there. */
	public static String hoverText(StudySnapshot snapshot, int offset) {
		EObject element = StudyElements.at(snapshot.resource(), offset);
		return element == null ? null : StudyHover.describe(element);
	}

	private static StudySnapshot snapshot(ITextViewer viewer) {
		IDocument document = viewer.getDocument();
		StudyDocument study = StudyDocument.find(document);
		return study == null ? null : study.current(document);
	}
}
