package org.factorstudio.dsl.parser;

import java.util.HashSet;
import java.util.Set;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.factorstudio.dsl.conversion.QuotedText;
import org.factorstudio.dsl.parser.antlr.StudyParser;
import org.factorstudio.dsl.parser.antlr.internal.InternalStudyParser;
import org.factorstudio.dsl.services.StudyGrammarAccess;

/**
 * The Study parser with one recovery ANTLR 3 lacks: resynchronising between declarations.
 * <p>
 * A study is {@code 'study' name title? (declaration)*}. When a word that starts no declaration stands between
 * two declarations ({@code xindex} for {@code index}), the generated loop simply ends there and the parser
 * expects the end of the file: "missing EOF at 'xindex'", and everything after it is skipped, so every later
 * name is unknown, every indicator seems unused and the editor loses its colouring. (ANTLR 4 would
 * resynchronise inside the loop; ANTLR 3, which Xtext uses, does not, and the generated rule methods are final.)
 * <p>
 * This parser checks the next word at each point where the loop decides ("after the title, after each
 * declaration"). If it cannot start a declaration, one syntax error is reported there ("Unexpected 'xindex':
 * expected a declaration: ...", see {@link StudySyntaxErrorMessages}) and the words up to the next declaration
 * keyword that begins a line become error nodes, so the rest of the study is parsed and linked as usual. Errors inside a declaration
 * already recovered at the next declaration keyword (ANTLR's rule-level recovery); they are left as they are.
 * <p>
 * Two more places lost the rest of the file:
 * <ul>
 * <li>Words before {@code study} (a line of prose, {@code x study}, a mistyped {@code xstudy}): ANTLR deletes one
 * stray word at most, and takes a second word for the study's name. Here the words up to {@code study} are skipped
 * with one error ("expected 'study'"); a single word standing for the keyword ({@code Study Name}) is skipped and
 * the keyword taken as given.</li>
 * <li>A text in quotes without its closing quote: the STRING terminal ends it at the end of its line (Study.xtext);
 * it is reported here, once, at its opening quote, and the error that follows from it in the same declaration (the
 * {@code '{'} the text took with it) is not reported again.</li>
 * </ul>
 */
public class StudyRecoveringParser extends StudyParser {

	@Override
	protected InternalStudyParser createParser(XtextTokenStream stream) {
		return new Internal(stream, getGrammarAccess());
	}

	/** The generated parser with the resynchronisation; hooks into the node-building calls every rule makes. */
	static final class Internal extends InternalStudyParser {

		private final ParserRule studyRule;
		/** The words that end the study header or the declaration 'dependent' X: after them the loop decides. */
		private final Set<EObject> loopDecisionPoints = new HashSet<>();
		/** After the study's name the title may follow too. */
		private final EObject studyName;
		/** Token types of the keywords that start a declaration, and the end of the file. */
		private final Set<Integer> declarationStarts = new HashSet<>();
		private final int stringType;
		private final int studyKeywordType;
		private final int idType;
		/** Whether the words before 'study' have been looked at (once, when the Study rule starts). */
		private boolean headerChecked;

		Internal(TokenStream input, StudyGrammarAccess grammar) {
			super(input, grammar);
			studyRule = grammar.getStudyRule();
			studyName = grammar.getStudyAccess().getNameIDTerminalRuleCall_1_0();
			loopDecisionPoints.add(studyName);
			loopDecisionPoints.add(grammar.getStudyAccess().getTitleSTRINGTerminalRuleCall_2_0());
			Alternatives declarations = GrammarUtil.containedAssignments(studyRule).stream()
					.map(a -> a.eContainer() instanceof Alternatives alt ? alt : null).filter(a -> a != null)
					.findFirst().orElseThrow();
			for (AbstractElement declaration : declarations.getElements()) {
				if (!(declaration instanceof Assignment)) {
					loopDecisionPoints.add(lastElement(declaration)); // 'dependent' X: ends with a name, not a rule call
				}
				Keyword first = GrammarUtil.containedKeywords(declaration).stream().findFirst().orElse(null);
				if (first == null) {
					// a rule call: its rule's first keyword
					var call = GrammarUtil.containedRuleCalls(declaration).get(0);
					first = GrammarUtil.containedKeywords(call.getRule()).get(0);
				}
				declarationStarts.add(tokenType("'" + first.getValue() + "'"));
			}
			declarationStarts.add(Token.EOF);
			stringType = tokenType("RULE_STRING");
			studyKeywordType = tokenType("'" + grammar.getStudyAccess().getStudyKeyword_0().getValue() + "'");
			idType = tokenType("RULE_ID");
		}

		private int tokenType(String name) {
			String[] names = getTokenNames();
			for (int i = 0; i < names.length; i++) {
				if (name.equals(names[i])) {
					return i;
				}
			}
			throw new IllegalStateException("No token " + name + " in the Study grammar");
		}

		/** The element whose parsing ends a declaration: the rule call, or the cross reference of 'dependent'. */
		private static EObject lastElement(AbstractElement element) {
			if (element instanceof Assignment assignment) {
				return assignment.getTerminal();
			}
			if (element instanceof Group group) {
				return lastElement(group.getElements().get(group.getElements().size() - 1));
			}
			return element;
		}

		@Override
		protected void afterParserOrEnumRuleCall() {
			super.afterParserOrEnumRuleCall();
			// back at the study's level: a declaration (the only rule calls the Study rule makes) has ended
			// (the declaration's own node may be wrapped in an action's node, {study::IndicatorGroup}, so it is not
			// looked at)
			ICompositeNode node = getCurrentNode();
			if (node != null && node.getGrammarElement() == studyRule) {
				resynchronise(false);
			}
		}

		@Override
		protected void newCompositeNode(EObject grammarElement) {
			super.newCompositeNode(grammarElement);
			if (grammarElement == studyRule && !headerChecked) {
				headerChecked = true;
				skipWordsBeforeStudy();
			}
		}

		/**
		 * Skips the words before the {@code study} keyword with one error at the first: up to the keyword when it
		 * follows before the first declaration, else (the keyword mistyped or in the wrong case) the one word that
		 * stands for it when the study's name follows; ANTLR then takes the missing keyword as given, without a
		 * second error (it reports none while recovering from this one).
		 */
		private void skipWordsBeforeStudy() {
			int next = input.LA(1);
			if (next == studyKeywordType || next == Token.EOF || declarationStarts.contains(next)) {
				return;
			}
			int keyword = studyKeywordAhead();
			boolean standsForKeyword = keyword < 0 && next == idType && input.LA(2) == idType;
			if (keyword < 0 && !standsForKeyword) {
				return; // no study header to recover: ANTLR reports what it finds
			}
			reportError(new MismatchedTokenException(studyKeywordType, input));
			beginResync();
			if (standsForKeyword) {
				input.consume();
			} else {
				while (input.LA(1) != studyKeywordType) {
					input.consume();
				}
			}
			endResync();
			appendSkippedTokens();
		}

		/** How far ahead the 'study' keyword stands before the first line that starts a declaration, or -1. */
		private int studyKeywordAhead() {
			for (int i = 1;; i++) {
				int type = input.LA(i);
				if (type == studyKeywordType) {
					return i;
				}
				if (type == Token.EOF
						|| declarationStarts.contains(type) && (i == 1 || input.LT(i).getLine() > input.LT(i - 1).getLine())) {
					return -1;
				}
			}
		}

		@Override
		protected void newLeafNode(Token token, EObject grammarElement) {
			if (token != null && token.getType() == stringType && !QuotedText.isClosed(token.getText())) {
				// before the leaf is made, so the error is the leaf's: it marks the text from its opening quote; the
				// parser is then recovering, so the next mismatch (the '{' the text took) is not reported as well
				reportError(new UnclosedTextException(input, token));
			}
			super.newLeafNode(token, grammarElement);
			if (grammarElement != null && loopDecisionPoints.contains(grammarElement)) {
				resynchronise(grammarElement == studyName);
			}
		}

		/**
		 * Whether the next word is a declaration keyword that begins its line, or the end of the file. Declarations
		 * begin lines; a keyword further on is part of the skipped text (after a stray {@code xindicators "Side 3"},
		 * resuming at the {@code scale} on the same line would only turn the block's indicators into a second error).
		 */
		private boolean startsDeclarationLine() {
			int next = input.LA(1);
			if (next == Token.EOF) {
				return true;
			}
			Token previous = input.LT(-1);
			return declarationStarts.contains(next) && (previous == null || input.LT(1).getLine() > previous.getLine());
		}

		/**
		 * Reports the word that starts no declaration and skips to the next line that starts one, or only the word
		 * when a declaration keyword follows it directly.
		 */
		private void resynchronise(boolean titleMayFollow) {
			int next = input.LA(1);
			if (declarationStarts.contains(next) || (titleMayFollow && next == stringType)) {
				return;
			}
			// reported like ANTLR's own "expecting EOF", which StudySyntaxErrorMessages words for the reader
			reportError(new MismatchedTokenException(Token.EOF, input));
			beginResync();
			input.consume();
			// a character typed apart from the keyword ("x index", "9index"): only it is skipped
			if (!declarationStarts.contains(input.LA(1))) {
				while (!startsDeclarationLine()) {
					input.consume();
				}
			}
			endResync();
			appendSkippedTokens();
		}
	}

	/** A text in quotes whose closing quote is missing; {@link StudySyntaxErrorMessages} words it. */
	static final class UnclosedTextException extends RecognitionException {

		private static final long serialVersionUID = 1L;

		UnclosedTextException(TokenStream input, Token text) {
			super(input);
			token = text;
			line = text.getLine();
			charPositionInLine = text.getCharPositionInLine();
			index = text.getTokenIndex();
		}
	}
}
