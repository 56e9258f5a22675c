package org.factorstudio.dsl.ui.internal.navigation;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.factorstudio.dsl.ide.contentassist.StudyContentAssist;
import org.factorstudio.dsl.ide.contentassist.StudyContentAssist.Proposal;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

/**
 * Content assist (Ctrl+Space): keywords and names of indicators, index variables, factors and scales
 * that fit at the cursor, from {@link StudyContentAssist}. Contributed through
 * {@code org.eclipse.ui.genericeditor.contentAssistProcessors}; the generic editor calls it off the UI
 * thread. Sessions auto-activated while typing get nothing (see {@link AssistSessions}).
 */
public class StudyContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		if (AssistSessions.autoActivated(viewer)) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		StudyDocument study = StudyDocument.find(document);
		if (study == null) {
			study = StudyDocument.attach(document);
		}
		StudySnapshot snapshot = study.current(document);
		List<Proposal> proposals = StudyLanguage.injector().getInstance(StudyContentAssist.class)
				.proposals(snapshot.resource(), snapshot.text(), offset);
		return proposals.stream().map(StudyContentAssistProcessor::completion).toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal completion(Proposal proposal) {
		String shown = proposal.description() == null || proposal.description().isBlank() ? proposal.label()
				: proposal.label() + " - " + proposal.description();
		return new CompletionProposal(proposal.insert(), proposal.replaceOffset(), proposal.replaceLength(),
				proposal.insert().length(), null, shown, null, null);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
