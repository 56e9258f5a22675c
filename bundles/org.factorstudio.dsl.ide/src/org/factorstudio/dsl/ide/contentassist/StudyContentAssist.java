package org.factorstudio.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * Content assist for a study at a cursor offset: keywords and cross-references, from Xtext's
 * grammar-driven context factory and proposal provider. Free of any UI toolkit, so the editor, tests
 * and other front ends share it.
 */
@Singleton
public class StudyContentAssist {

	/** One proposal: the text to insert at {@code replaceOffset} over {@code replaceLength} characters. */
	public record Proposal(String insert, String label, String description, String kind, int replaceOffset,
			int replaceLength) {
	}

	private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "study content assist");
		thread.setDaemon(true);
		return thread;
	});

	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/** Proposals for {@code text} (the resource's current content) at {@code offset}, best first. */
	public List<Proposal> proposals(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<Proposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			int prefixLength = entry.getPrefix() == null ? 0 : entry.getPrefix().length();
			String label = entry.getLabel() == null ? entry.getProposal() : entry.getLabel();
			proposals.add(new Proposal(entry.getProposal(), label, entry.getDescription(), entry.getKind(),
					offset - prefixLength, prefixLength));
		}
		return proposals;
	}
}
