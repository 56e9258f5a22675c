package org.factorstudio.dsl.ui.internal.highlighting;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.factorstudio.dsl.ui.internal.StudyLanguage;

/**
 * Colours a study: keywords, strings, comments and numbers as the text is typed (on the UI thread, per
 * damaged partition), with the semantic colours of the last reconcile laid over them by a
 * {@link SemanticHighlighter}. Contributed through {@code org.eclipse.ui.genericeditor.presentationReconcilers}.
 */
public class StudyPresentationReconciler extends PresentationReconciler {

	private final SemanticHighlighter semantic = new SemanticHighlighter();

	private final ITextInputListener partitioning = new ITextInputListener() {
		@Override
		public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
			if (newInput != null) {
				StudyPartitions.install(newInput);
			}
		}

		@Override
		public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
			// partitioner installed before the change
		}
	};

	public StudyPresentationReconciler() {
		setDocumentPartitioning(StudyPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(codeScanner());
		setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comments = new DefaultDamagerRepairer(single(StudyColors.COMMENT));
		setDamager(comments, StudyPartitions.COMMENT);
		setRepairer(comments, StudyPartitions.COMMENT);
		DefaultDamagerRepairer strings = new DefaultDamagerRepairer(single(StudyColors.STRING));
		setDamager(strings, StudyPartitions.STRING);
		setRepairer(strings, StudyPartitions.STRING);
	}

	@Override
	public void install(ITextViewer viewer) {
		// Before the reconciler's own input listener, so the partitioner is there when it repairs.
		viewer.addTextInputListener(partitioning);
		if (viewer.getDocument() != null) {
			StudyPartitions.install(viewer.getDocument());
		}
		super.install(viewer);
		semantic.install(viewer);
	}

	@Override
	public void uninstall() {
		semantic.uninstall();
		super.uninstall();
	}

	private static RuleBasedScanner codeScanner() {
		IToken keyword = new Token(StudyColors.KEYWORD);
		// Names are consumed whole (plain), so the digits of q01 never look like a number.
		WordRule words = new WordRule(new StudyWords(), new Token(null));
		for (String word : StudyLanguage.wordKeywords()) {
			words.addWord(word, keyword);
		}
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words,
				new NumberRule(new Token(StudyColors.NUMBER)) });
		return scanner;
	}

	private static RuleBasedScanner single(org.eclipse.jface.text.TextAttribute attribute) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(attribute));
		return scanner;
	}

	/** Words of the language: names (letters of many scripts, digits, underscore) and hyphenated keywords. */
	private static final class StudyWords implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_' || c == '^';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
