package org.factorstudio.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.factorstudio.model.study.Indicator;

/**
 * Name proposals say what the name stands for: an indicator's statement (its translation when it has one, as the
 * reader of the study most likely wrote the names against it), shortened to a line; other names keep Xtext's
 * description (their kind).
 */
public class StudyCrossrefProposals extends IdeCrossrefProposalProvider {

	/** Longer statements are cut here, with an ellipsis: the popup is one line per proposal. */
	static final int MAX_DESCRIPTION = 80;

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		EObject object = candidate.getEObjectOrProxy();
		if (entry != null && object instanceof Indicator indicator && !indicator.eIsProxy()) {
			String statement = indicator.getTranslation() != null ? indicator.getTranslation() : indicator.getText();
			if (statement != null && !statement.isBlank()) {
				entry.setDescription(shortened(statement.strip()));
			}
		}
		return entry;
	}

	static String shortened(String text) {
		return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1).stripTrailing() + "…";
	}
}
