package org.factorstudio.dsl.ui.internal.navigation;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ContentAssistantFacade;
import org.eclipse.jface.text.source.ISourceViewerExtension4;

/**
 * Tells content assist whether the current session was opened by Ctrl+Space or by the generic
 * editor's auto-activation while typing. The generic editor waits on the UI thread for the proposals
 * of an auto-activated session; proposing in a study means parsing it up to the cursor, which on a
 * study of 2,000 indicators takes a few hundred milliseconds, so auto-activated sessions get no
 * proposals and typing never waits. Ctrl+Space is unaffected.
 */
public final class AssistSessions {

	private static final Map<ITextViewer, Boolean> AUTO_ACTIVATED = Collections.synchronizedMap(new WeakHashMap<>());

	private static final Map<ITextViewer, Boolean> FOLLOWED = Collections.synchronizedMap(new WeakHashMap<>());

	private AssistSessions() {
	}

	/** Starts following the content assist sessions of a study editor's viewer (once; once it has an assistant). */
	public static void follow(ITextViewer viewer) {
		if (!(viewer instanceof ISourceViewerExtension4 extension) || FOLLOWED.containsKey(viewer)) {
			return;
		}
		ContentAssistantFacade facade = extension.getContentAssistantFacade();
		if (facade == null) {
			return;
		}
		FOLLOWED.put(viewer, Boolean.TRUE);
		facade.addCompletionListener(new ICompletionListener() {
			@Override
			public void assistSessionStarted(ContentAssistEvent event) {
				AUTO_ACTIVATED.put(viewer, event.isAutoActivated);
			}

			@Override
			public void assistSessionEnded(ContentAssistEvent event) {
				AUTO_ACTIVATED.remove(viewer);
			}

			@Override
			public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
				// nothing to follow
			}
		});
	}

	static boolean autoActivated(ITextViewer viewer) {
		return Boolean.TRUE.equals(AUTO_ACTIVATED.get(viewer));
	}
}
