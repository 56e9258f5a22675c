package org.factorstudio.dsl.ide.contentassist;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.factorstudio.dsl.analyses.AnalysisCatalog;
import org.factorstudio.dsl.analyses.AnalysisInfo;
import org.factorstudio.model.study.AnalysisRequest;
import org.factorstudio.model.study.StudyPackage.Literals;

/**
 * Adds what the grammar cannot know to the keyword and cross-reference proposals: after {@code run}, the analyses
 * installed plugins declare; inside {@code run id(...)}, that analysis's parameters. Punctuation ({@code ,},
 * {@code ..}, {@code =}, braces) is not proposed: typing it is shorter than choosing it.
 */
public class StudyIdeContentProposalProvider extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String value = keyword.getValue();
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && super.filterKeyword(keyword, context);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String feature = assignment.getFeature();
		if (Literals.ANALYSIS_REQUEST__ANALYSIS_ID.getName().equals(feature)) {
			AnalysisCatalog.platform().ifPresent(catalog -> {
				for (AnalysisInfo analysis : catalog.onRequest()) {
					accept(analysis.id(), analysis.name(), describe(analysis), context, acceptor);
				}
			});
			return;
		}
		if (Literals.PARAMETER__KEY.getName().equals(feature)) {
			Optional<AnalysisInfo> analysis = request(context.getCurrentModel())
					.flatMap(r -> AnalysisCatalog.platform().flatMap(c -> c.find(r.getAnalysisId())));
			analysis.ifPresent(a -> a.parameters().forEach(p -> accept(p.name() + " = ", p.name(),
					p.type().name().toLowerCase() + (p.defaultValue() == null ? "" : ", default " + p.defaultValue())
							+ (p.description() == null ? "" : ": " + p.description()),
					context, acceptor)));
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	private static String describe(AnalysisInfo analysis) {
		return analysis.description() == null ? "from " + analysis.pluginId()
				: analysis.description() + " (" + analysis.pluginId() + ")";
	}

	private static Optional<AnalysisRequest> request(EObject model) {
		for (EObject current = model; current != null; current = current.eContainer()) {
			if (current instanceof AnalysisRequest request) {
				return Optional.of(request);
			}
		}
		return Optional.empty();
	}

	private void accept(String proposal, String label, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
			e.setLabel(label);
			e.setDescription(description);
			e.setKind(ContentAssistEntry.KIND_VALUE);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
