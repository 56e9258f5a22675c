package org.factorstudio.dsl.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.EcoreUtil2;
import org.factorstudio.dsl.parser.StudyRecoveringParser.UnclosedTextException;
import org.factorstudio.dsl.validation.ClosestNames;

import com.google.inject.Inject;

/**
 * Syntax errors in words a study's author understands: ANTLR's "missing EOF at 'xindex'" and "no viable
 * alternative at input 'Holm'" become messages that name what may stand at that point (the keywords that
 * may follow the previous word, read from the grammar) and point out keywords written in the wrong case.
 */
public class StudySyntaxErrorMessages extends SyntaxErrorMessageProvider {

	/** The issue code of every syntax error rewritten here (Xtext's own code otherwise). */
	public static final String SYNTAX = "org.factorstudio.dsl.syntax";

	private static final String DECLARATIONS = "a declaration: scale, indicators, index, area, dependent, hypothesis, data"
			+ " or analysis";

	/** The keyword that begins every study file. */
	private static final String STUDY = "study";

	private static final List<String> DECLARATION_KEYWORDS = List.of("scale", "indicators", "index", "area", "dependent",
			"hypothesis", "data", "analysis");

	@Inject
	private IGrammarAccess grammar;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception instanceof UnclosedTextException) {
			String quote = exception.token.getText().substring(0, 1);
			return new SyntaxErrorMessage("The text in quotes is not closed: expected '" + quote + "' before the end of line "
					+ exception.token.getLine(), SYNTAX);
		}
		String defaultMessage = context.getDefaultMessage();
		if (exception == null || exception.token == null || exception.token.getType() == Token.EOF) {
			return super.getSyntaxErrorMessage(context);
		}
		String found = exception.token.getText();
		if (exception instanceof MismatchedTokenException mismatch && expects(context, mismatch, STUDY)) {
			return new SyntaxErrorMessage(beforeStudy(found), SYNTAX);
		}
		String previous = previousWord(exception);
		Set<String> expected = previous == null ? Set.of() : expectedAfter(previous, context.getCurrentContext());
		String caseHint = caseHint(found, expected);
		StringBuilder message = new StringBuilder();
		if (defaultMessage != null && defaultMessage.contains("EOF")) {
			// "missing EOF at 'x'", "extraneous input 'x' expecting EOF": the top-level loop stopped
			message.append("Unexpected '").append(found).append("'");
			if (caseHint == null) {
				message.append(": expected ").append(DECLARATIONS);
				String keyword = keywordIgnoringCase(found);
				String meant = declarationKeywordIn(found);
				if (keyword != null) {
					message.append(lowerCase(keyword));
				} else if (meant != null) {
					message.append(didYouMean(meant));
				}
			} else {
				message.append(caseHint);
			}
			return new SyntaxErrorMessage(message.toString(), SYNTAX);
		}
		if (exception instanceof MismatchedTokenException || expected.isEmpty()) {
			String keyword = keywordIgnoringCase(found);
			if (keyword != null && !keyword.equals(found)) {
				return new SyntaxErrorMessage(defaultMessage + lowerCase(keyword), SYNTAX);
			}
			return super.getSyntaxErrorMessage(context);
		}
		message.append("Unexpected '").append(found).append("' after '").append(previous).append("': expected ")
				.append(expected.size() == 1 ? "" : "one of ").append(String.join(", ", expected));
		if (caseHint != null) {
			message.append(caseHint);
		}
		return new SyntaxErrorMessage(message.toString(), SYNTAX);
	}

	/** Whether the parser expected the keyword {@code keyword} where it stopped. */
	private static boolean expects(IParserErrorContext context, MismatchedTokenException mismatch, String keyword) {
		String[] names = context.getTokenNames();
		return names != null && mismatch.expecting >= 0 && mismatch.expecting < names.length
				&& ("'" + keyword + "'").equals(names[mismatch.expecting]);
	}

	/** A word before the study's header: what a study file begins with, and the keyword meant if it looks like one. */
	private static String beforeStudy(String found) {
		StringBuilder message = new StringBuilder("Unexpected '").append(found).append("': expected '").append(STUDY)
				.append("' and the study's name first (").append(STUDY).append(" Name \"Title\")");
		if (found.equalsIgnoreCase(STUDY)) {
			message.append(lowerCase(STUDY));
		} else if (ClosestNames.distance(found.toLowerCase(Locale.ROOT), STUDY) <= 2) {
			message.append(didYouMean(STUDY));
		}
		return message.toString();
	}

	/** The hint for a keyword written with capitals: " (keywords are lower case: write 'index')". */
	private static String lowerCase(String keyword) {
		return " (keywords are lower case: write '" + keyword + "')";
	}

	/** The hint for a near miss: " (did you mean 'study'?)". */
	private static String didYouMean(String word) {
		return " (did you mean '" + word + "'?)";
	}

	/** The declaration keyword a stray word was meant to be, one character typed before or after it: 'xindex'. */
	private static String declarationKeywordIn(String word) {
		for (String keyword : DECLARATION_KEYWORDS) {
			if (word.length() == keyword.length() + 1 && (word.endsWith(keyword) || word.startsWith(keyword))) {
				return keyword;
			}
		}
		return null;
	}

	private static String caseHint(String found, Set<String> expected) {
		for (String candidate : expected) {
			if (!candidate.equals(found) && candidate.equalsIgnoreCase(found)) {
				return lowerCase(candidate);
			}
		}
		return null;
	}

	/** The grammar's keyword spelled like {@code word} but for case, or null. */
	private String keywordIgnoringCase(String word) {
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(grammar.getGrammar(), Keyword.class)) {
			if (keyword.getValue().equalsIgnoreCase(word) && Character.isLetter(keyword.getValue().charAt(0))) {
				return keyword.getValue();
			}
		}
		return null;
	}

	/** The last word before the offending token on the default channel, or null at the start of the file. */
	private static String previousWord(RecognitionException exception) {
		if (!(exception.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = exception.token.getTokenIndex() - 1; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				return token.getText();
			}
		}
		return null;
	}

	/**
	 * What may follow the keyword {@code previous} anywhere in the grammar: the keywords and enum literals
	 * that can start the element after it, and "a name", "a number", "a text in quotes" for terminals.
	 */
	Set<String> expectedAfter(String previous, EObject current) {
		Set<String> inContext = expectedAfter(previous, current, true);
		return inContext.isEmpty() ? expectedAfter(previous, current, false) : inContext;
	}

	/** @param sameRule only where the keyword is in a rule that builds what the parser is building now */
	private Set<String> expectedAfter(String previous, EObject current, boolean sameRule) {
		Set<String> expected = new LinkedHashSet<>();
		for (Keyword keyword : EcoreUtil2.getAllContentsOfType(grammar.getGrammar(), Keyword.class)) {
			if (!keyword.getValue().equals(previous) || !(keyword.eContainer() instanceof Group group)
					|| keyword.eContainer() instanceof UnorderedGroup) {
				continue;
			}
			if (sameRule) {
				AbstractRule rule = GrammarUtil.containingRule(keyword);
				if (current == null || rule.getType() == null
						|| !rule.getType().getClassifier().getName().equals(current.eClass().getName())) {
					continue;
				}
			}
			List<AbstractElement> elements = group.getElements();
			int at = elements.indexOf(keyword);
			for (int i = at + 1; i < elements.size(); i++) {
				AbstractElement next = elements.get(i);
				firsts(next, expected, new ArrayList<>());
				if (!GrammarUtil.isOptionalCardinality(next)) {
					break;
				}
			}
		}
		return expected;
	}

	private static void firsts(AbstractElement element, Set<String> out, List<AbstractRule> visiting) {
		if (element instanceof Keyword keyword) {
			out.add(keyword.getValue());
		} else if (element instanceof EnumLiteralDeclaration literal) {
			out.add(literal.getLiteral().getValue());
		} else if (element instanceof Assignment assignment) {
			firsts(assignment.getTerminal(), out, visiting);
		} else if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(e -> firsts(e, out, visiting));
		} else if (element instanceof Group group) {
			for (AbstractElement e : group.getElements()) {
				firsts(e, out, visiting);
				if (!GrammarUtil.isOptionalCardinality(e)) {
					break;
				}
			}
		} else if (element instanceof org.eclipse.xtext.CrossReference reference) {
			out.add("a name");
		} else if (element instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule enumRule) {
				firsts(enumRule.getAlternatives(), out, visiting);
			} else if (rule instanceof TerminalRule terminal) {
				out.add(switch (terminal.getName()) {
				case "INT" -> "a number";
				case "STRING" -> "a text in quotes";
				default -> "a name";
				});
			} else if (rule instanceof ParserRule parser && !visiting.contains(parser) && visiting.size() < 4) {
				visiting.add(parser);
				if (GrammarUtil.isDatatypeRule(parser) && parser.getName().equals("Decimal")) {
					out.add("a number");
				} else {
					firsts(parser.getAlternatives(), out, visiting);
				}
				visiting.remove(parser);
			}
		}
	}

}
