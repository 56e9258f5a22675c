package org.factorstudio.dsl.ui.internal.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.INavigationHistory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudyElements;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * Go to definition: a reference to an indicator, index variable, factor or scale links to its
 * declaration (Ctrl+click, and F3 through the generic editor's "Open Hyperlink" binding).
 */
public class StudyHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer.getDocument();
		StudyDocument study = StudyDocument.find(document);
		if (study == null) {
			return null;
		}
		StudySnapshot snapshot = study.current(document);
		INode reference = StudyElements.referenceAt(snapshot.resource(), region.getOffset());
		EObject target = reference == null ? null : StudyElements.target(reference);
		IRegion declaration = target == null ? null : StudyElements.nameRegion(target);
		if (declaration == null) {
			return null;
		}
		ITextEditor editor = getAdapter(ITextEditor.class);
		return new IHyperlink[] { new DeclarationLink(StudyElements.region(reference), declaration, editor, viewer) };
	}

	/** Selects a declaration's name in the editor. */
	private record DeclarationLink(IRegion getHyperlinkRegion, IRegion declaration, ITextEditor editor,
			ITextViewer viewer) implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return "Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration";
		}

		@Override
		public void open() {
			if (editor != null) {
				// where we came from and where we went are in the navigation history: Alt+Left comes back
				INavigationHistory history = editor.getSite().getPage().getNavigationHistory();
				history.markLocation(editor);
				editor.selectAndReveal(declaration.getOffset(), declaration.getLength());
				history.markLocation(editor);
			} else {
				viewer.setSelectedRange(declaration.getOffset(), declaration.getLength());
				viewer.revealRange(declaration.getOffset(), declaration.getLength());
			}
		}
	}
}
