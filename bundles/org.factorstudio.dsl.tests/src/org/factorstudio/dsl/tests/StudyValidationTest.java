package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Every check of the Study language, each with a study that triggers it (at the expected offset) and
 * one that does not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class StudyValidationTest {

	@Inject
	private ParseHelper<Study> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	/** A valid study; each test breaks one thing in it. */
	private static final String VALID = """
			study Valid
			scale Likert5 1..5 { missing 9 = "vet ikke" }
			indicators scale Likert5 {
				a1 "one"
				a2 "two"
				a3 "three"
				b1 "four"
				b2 "five"
				d1 "dependent"
			}
			index A = a1..a3 min 2
			index B = b1, reversed b2
			index D = d1
			dependent D
			area Org { factor FA measured by A factor FB measured by B }
			hypothesis H1: FA positive
			hypothesis H2: FB negative
			analysis { tails one reliability for A, B significance 0.05 }
			""";

	private List<Issue> issues(String text) throws Exception {
		Study study = parseHelper.parse(text);
		assertTrue(study.eResource().getErrors().isEmpty(), () -> "syntax errors: " + study.eResource().getErrors());
		return validation.validate(study);
	}

	private static String codes(List<Issue> issues) {
		return issues.stream().map(i -> i.getCode() + "@" + i.getOffset()).collect(Collectors.joining(", "));
	}

	/** Asserts exactly one issue with this code, starting at the first occurrence of {@code at} after {@code after}. */
	private void assertIssue(String text, String code, String after, String at) throws Exception {
		List<Issue> found = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> "expected one " + code + " but got: " + codes(found));
		int expectedOffset = text.indexOf(at, text.indexOf(after));
		assertEquals(expectedOffset, found.get(0).getOffset().intValue(), () -> "offset of " + code);
	}

	private void assertNoIssue(String text, String code) throws Exception {
		List<Issue> found = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(found.isEmpty(), () -> "unexpected: " + codes(found));
	}

	@Test
	void theValidStudyHasNoIssuesButItsMissingData() throws Exception {
		// the fixture declares no data so that no test reads a file; a run needs it, so that is an error
		List<Issue> all = issues(VALID);
		assertEquals(List.of(StudyIssueCodes.NO_DATA_DECLARATION), all.stream().map(Issue::getCode).toList(),
				() -> codes(all));
	}

	@Test
	void aStudyWithoutDataIsAnError() throws Exception {
		assertIssue(VALID, StudyIssueCodes.NO_DATA_DECLARATION, "study", "Valid");
		assertNoIssue(VALID + "data \"responses.csv\"\n", StudyIssueCodes.NO_DATA_DECLARATION);
	}

	@Test
	void readingOptionsARunWouldRefuse() throws Exception {
		String data = VALID + "data \"responses.csv\" { delimiter \";\" decimal \",\" encoding \"windows-1252\" }\n";
		assertNoIssue(data, StudyIssueCodes.INVALID_DATA_OPTION);
		assertNoIssue(data.replace("\";\"", "\"tab\""), StudyIssueCodes.INVALID_DATA_OPTION);
		assertIssue(data.replace("\";\"", "\";;\""), StudyIssueCodes.INVALID_DATA_OPTION, "delimiter", "\";;\"");
		assertIssue(data.replace("\",\" encoding", "\"1\" encoding"), StudyIssueCodes.INVALID_DATA_OPTION, "decimal",
				"\"1\"");
		assertIssue(data.replace("\";\"", "\",\""), StudyIssueCodes.INVALID_DATA_OPTION, "decimal", "\",\"");
		assertIssue(data.replace("windows-1252", "klingon-8"), StudyIssueCodes.INVALID_DATA_OPTION, "encoding",
				"\"klingon-8\"");
	}

	@Test
	void controlCharactersInTheStudyText() throws Exception {
		String text = VALID.replace("a2 \"two\"", "a2 \"tw\u001Bo\"");
		assertIssue(text, StudyIssueCodes.CONTROL_CHARACTER, "a2", "\u001B");
		assertIssue(VALID.replace("\"four\"", "\"fo\u0000ur\""), StudyIssueCodes.CONTROL_CHARACTER, "b1", "\u0000");
		// tabs and line breaks are white space
		assertNoIssue(VALID, StudyIssueCodes.CONTROL_CHARACTER);
	}

	@Test
	void aSecondDependentDataOrAnalysisBlockOrSetting() throws Exception {
		assertIssue(VALID.replace("dependent D\n", "dependent D\ndependent A\n"), StudyIssueCodes.REPEATED_DECLARATION,
				"dependent D\ndependent", "A");
		String data = VALID + "data \"a.csv\"\n";
		assertIssue(data + "data \"b.csv\"\n", StudyIssueCodes.REPEATED_DECLARATION, "a.csv", "data \"b.csv\"");
		assertIssue(VALID + "analysis { tails two }\n", StudyIssueCodes.REPEATED_DECLARATION, "significance",
				"analysis { tails two");
		assertIssue(VALID.replace("tails one", "tails one tails two"), StudyIssueCodes.REPEATED_DECLARATION,
				"tails one", "tails two");
		assertIssue(data.replace("\"a.csv\"", "\"a.csv\" { delimiter \";\" delimiter \",\" }"),
				StudyIssueCodes.REPEATED_DECLARATION, "delimiter \";\"", "delimiter \",\"");
		assertNoIssue(data, StudyIssueCodes.REPEATED_DECLARATION);
	}

	@Test
	void twoFactorsMeasuredByOneIndex() throws Exception {
		String text = VALID.replace("factor FB measured by B", "factor FB measured by A");
		assertIssue(text, StudyIssueCodes.FACTORS_SHARE_INDEX, "factor FB", "A }");
		assertNoIssue(VALID, StudyIssueCodes.FACTORS_SHARE_INDEX);
	}

	@Test
	void aOneTailedPlanWithAFactorWithoutHypothesis() throws Exception {
		String text = VALID.replace("hypothesis H2: FB negative\n", "");
		assertIssue(text, StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS, "area", "FB");
		assertNoIssue(text.replace("tails one", "tails two"), StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS);
		assertNoIssue(VALID, StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS);
	}

	@Test
	void aNumberTooLargeSaysSo() throws Exception {
		Study study = parseHelper.parse(VALID.replace("a1..a3 min 2", "a1..a3 min 99999999999"));
		var errors = study.eResource().getErrors();
		assertEquals(1, errors.size(), () -> errors.toString());
		assertTrue(errors.get(0).getMessage().contains("'99999999999' is too large"), errors.get(0).getMessage());
		assertTrue(!errors.get(0).getMessage().contains("For input string"), errors.get(0).getMessage());
	}

	@Test
	void duplicateNamesOfOneKind() throws Exception {
		String text = VALID.replace("\tb2 \"five\"", "\tb2 \"five\"\n\ta1 \"again\"");
		assertIssue(text, StudyIssueCodes.DUPLICATE_NAME, "\"five\"", "a1");
		// a factor may share its name with the index that measures it: kinds are separate namespaces
		assertNoIssue(VALID.replace("factor FA measured by A", "factor A measured by A").replace("H1: FA", "H1: A"),
				StudyIssueCodes.DUPLICATE_NAME);
	}

	@Test
	void unknownNamesAreLinkingErrors() throws Exception {
		String text = VALID.replace("index B = b1, reversed b2", "index B = b1, reversed b9");
		assertIssue(text, Diagnostic.LINKING_DIAGNOSTIC, "index B", "b9");
		String hypothesis = VALID.replace("hypothesis H2: FB", "hypothesis H2: FX");
		assertIssue(hypothesis, Diagnostic.LINKING_DIAGNOSTIC, "H2", "FX");
	}

	@Test
	void anIndicatorTwiceInOneIndex() throws Exception {
		String text = VALID.replace("index A = a1..a3 min 2", "index A = a1..a3, a2 min 2");
		assertIssue(text, StudyIssueCodes.DUPLICATE_MEMBER, "index A", "a2 min");
		assertNoIssue(VALID, StudyIssueCodes.DUPLICATE_MEMBER);
	}

	@Test
	void aBackwardRange() throws Exception {
		String text = VALID.replace("index A = a1..a3 min 2", "index A = a3..a1");
		assertIssue(text, StudyIssueCodes.BACKWARD_RANGE, "index A", "a1\n");
	}

	@Test
	void aReversedIndicatorNeedsAScaleWithARange() throws Exception {
		String text = VALID.replace("scale Likert5 1..5 {", "scale Open {").replace("indicators scale Likert5",
				"indicators scale Open");
		assertIssue(text, StudyIssueCodes.REVERSED_WITHOUT_RANGE, "index B", "b2");
		assertNoIssue(VALID, StudyIssueCodes.REVERSED_WITHOUT_RANGE);
	}

	@Test
	void aMinimumValidRuleLargerThanTheIndex() throws Exception {
		String text = VALID.replace("a1..a3 min 2", "a1..a3 min 4");
		assertIssue(text, StudyIssueCodes.MIN_VALID_TOO_LARGE, "index A", "4");
		assertIssue(VALID.replace("a1..a3 min 2", "a1..a3 min 0"), StudyIssueCodes.MIN_VALID_TOO_SMALL, "index A", "0");
		assertNoIssue(VALID.replace("a1..a3 min 2", "a1..a3 min 3"), StudyIssueCodes.MIN_VALID_TOO_LARGE);
	}

	@Test
	void theDependentUsedAsAFactor() throws Exception {
		String text = VALID.replace("factor FB measured by B", "factor FB measured by D");
		assertIssue(text, StudyIssueCodes.DEPENDENT_AS_FACTOR, "factor FB", "D }");
		assertNoIssue(VALID, StudyIssueCodes.DEPENDENT_AS_FACTOR);
	}

	@Test
	void hypothesesNeedADependent() throws Exception {
		String text = VALID.replace("dependent D\n", "").replace("hypothesis H2: FB negative\n", "");
		assertIssue(text, StudyIssueCodes.NO_DEPENDENT, "hypothesis H1", "H1");
	}

	@Test
	void oneTailedTestsNeedDirectedHypotheses() throws Exception {
		String text = VALID.replace("H2: FB negative", "H2: FB");
		assertIssue(text, StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION, "H2", "FB");
		assertNoIssue(text.replace("tails one", "tails two"), StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION);
	}

	@Test
	void reliabilityOfASingleItemIndexIsAWarning() throws Exception {
		String text = VALID.replace("reliability for A, B", "reliability for A, D");
		assertIssue(text, StudyIssueCodes.SINGLE_ITEM_RELIABILITY, "reliability", "D significance");
		assertNoIssue(VALID, StudyIssueCodes.SINGLE_ITEM_RELIABILITY);
	}

	@Test
	void anIndicatorInNoIndexIsAWarning() throws Exception {
		String text = VALID.replace("\td1 \"dependent\"", "\td1 \"dependent\"\n\tloose \"unused\"");
		assertIssue(text, StudyIssueCodes.UNUSED_INDICATOR, "d1", "loose");
	}

	@Test
	void indicatorsInNoIndexAreOneWarningPerBlockNamingThem() throws Exception {
		String text = VALID.replace("\td1 \"dependent\"", "\td1 \"dependent\"\n\tloose1 \"unused\"\n\tloose2 \"unused\"")
				+ "indicators \"Page 2\" scale Likert5 { extra1 \"x\" extra2 \"y\" extra3 \"z\" }\n";
		List<Issue> found = issues(text).stream().filter(i -> StudyIssueCodes.UNUSED_INDICATOR.equals(i.getCode()))
				.toList();
		assertEquals(2, found.size(), () -> codes(found));
		// on each block's keyword, with the names as data for the quick fix
		int firstBlock = text.indexOf("indicators scale");
		int secondBlock = text.indexOf("indicators \"Page 2\"");
		assertEquals(firstBlock, found.get(0).getOffset().intValue());
		assertEquals("indicators".length(), found.get(0).getLength().intValue());
		assertEquals(List.of("loose1", "loose2"), List.of(found.get(0).getData()));
		assertEquals(secondBlock, found.get(1).getOffset().intValue());
		assertEquals(List.of("extra1", "extra2", "extra3"), List.of(found.get(1).getData()));
		assertEquals(Severity.WARNING, found.get(1).getSeverity());
		assertTrue(found.get(1).getMessage().contains("'Page 2'") && found.get(1).getMessage().endsWith("extra1, extra2, extra3"),
				found.get(1).getMessage());
	}

	@Test
	void aLevelOutsideZeroAndOne() throws Exception {
		String text = VALID.replace("significance 0.05", "significance 5");
		assertIssue(text, StudyIssueCodes.LEVEL_OUT_OF_RANGE, "analysis", "5 }");
	}

	@Test
	void anInvalidScaleRangeAndAMissingCodeInsideIt() throws Exception {
		assertIssue(VALID.replace("1..5", "5..1"), StudyIssueCodes.INVALID_SCALE_RANGE, "scale", "5..1");
		assertIssue(VALID.replace("missing 9", "missing 3"), StudyIssueCodes.MISSING_CODE_IN_RANGE, "missing", "3");
	}

	@Test
	void anIndicatorWithoutAnyScale() throws Exception {
		String text = VALID.replace("indicators scale Likert5 {", "indicators {");
		List<Issue> found = issues(text).stream().filter(i -> StudyIssueCodes.INDICATOR_WITHOUT_SCALE.equals(i.getCode()))
				.toList();
		assertEquals(6, found.size(), () -> codes(found));
	}
	@Test
	void aPlanMayOnlyRunInstalledAnalysesWithTheirDeclaredParameters() throws Exception {
		// "resample" is declared by this test bundle's plugin.xml, the built-ins by the engine's
		String valid = VALID.replace("significance 0.05 }", "significance 0.05 run resample(replicates = 500, level = 0.9) }");
		assertNoIssue(valid, StudyIssueCodes.UNKNOWN_ANALYSIS);
		assertNoIssue(valid, StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER);
		assertNoIssue(valid, StudyIssueCodes.INVALID_ANALYSIS_PARAMETER);
		assertIssue(valid.replace("run resample", "run bootstrap"), StudyIssueCodes.UNKNOWN_ANALYSIS, "analysis",
				"bootstrap");
		assertIssue(valid.replace("level = 0.9", "seed = 1"), StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER, "analysis",
				"seed");
		assertIssue(valid.replace("level = 0.9", "replicates = 600"), StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER,
				"analysis", "replicates = 600");
		assertIssue(valid.replace("replicates = 500", "replicates = 2.5"), StudyIssueCodes.INVALID_ANALYSIS_PARAMETER,
				"analysis", "2.5");
		assertIssue(valid.replace("replicates = 500", "replicates = 50"), StudyIssueCodes.INVALID_ANALYSIS_PARAMETER,
				"analysis", "50");
		assertIssue(valid.replace("level = 0.9", "level = many"), StudyIssueCodes.INVALID_ANALYSIS_PARAMETER,
				"analysis", "many");
	}
}
