package org.factorstudio.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.factorstudio.dsl.ide.contentassist.StudyCrossrefProposals;
import org.factorstudio.dsl.ide.contentassist.StudyIdeContentProposalProvider;
import org.factorstudio.dsl.ide.highlighting.StudyHighlighting;

/** Guice bindings of the Study language's ide services (content assist, highlighting). */
public class StudyIdeModule extends AbstractStudyIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return StudyHighlighting.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return StudyIdeContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return StudyCrossrefProposals.class;
	}
}
