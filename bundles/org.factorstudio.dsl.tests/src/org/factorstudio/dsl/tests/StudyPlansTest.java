package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.Plans;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Direction;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.Tails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Several analysis plans in one study (issue 16): named plans and {@code extends}, declared controls,
 * scoring rules and correction families, each check with a study that triggers it (at its offset) and one
 * that does not; and the syntax errors as the author reads them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class StudyPlansTest {

	@Inject
	private ParseHelper<Study> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private org.eclipse.xtext.testing.formatter.FormatterTestHelper formatter;

	@Test
	void theExampleWithPlansIsFormatted() throws Exception {
		String example = Examples.read(Examples.municipalAutomation("municipal-automation-plans.study"));
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(example);
			request.setExpectation(example);
		});
	}

	/** A valid study with an unnamed (primary) plan; each test adds plans or settings. */
	private static final String VALID = """
			study Valid
			scale Likert5 1..5
			indicators scale Likert5 {
				a1 "one"
				a2 "two"
				a3 "three"
				b1 "four"
				b2 "five"
				d1 "dependent"
			}
			index A = a1..a3
			index B = b1, reversed b2
			index D = d1
			dependent D
			area Org { factor FA measured by A factor FB measured by B }
			hypothesis H1: FA positive
			hypothesis H2: FB negative
			data "none.csv" { background county, population_band }
			analysis { tails one correction holm partial }
			""";

	private Study parse(String text) throws Exception {
		Study study = parseHelper.parse(text);
		assertTrue(study.eResource().getErrors().isEmpty(), () -> "syntax errors: " + study.eResource().getErrors());
		return study;
	}

	private List<Issue> issues(String text) throws Exception {
		return validation.validate(parse(text));
	}

	private static String codes(List<Issue> issues) {
		return issues.stream().map(i -> i.getCode() + "@" + i.getOffset()).collect(Collectors.joining(", "));
	}

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
	void namedPlansExtendTheUnnamedPrimaryAndInheritWhatTheyDoNotState() throws Exception {
		Study study = parse(VALID + """
				analysis robust extends primary { missing listwise score A min 2 }
				analysis pearson extends robust { method pearson partial controlling for county, FB
					family main = H1, partial H1 }
				""");
		assertEquals(3, study.getPlans().size());
		assertEquals("primary", Plans.name(study.getPlan()));
		AnalysisPlan pearson = Plans.effective(study.getPlans().get(2));
		assertEquals(CorrelationMethod.PEARSON, pearson.getMethod());
		assertEquals(MissingPolicy.LISTWISE, pearson.getMissing());
		assertEquals(Tails.ONE, pearson.getTails());
		assertEquals(Correction.HOLM, pearson.getCorrection());
		assertTrue(pearson.isPartial());
		assertEquals(List.of("county", "FB"), pearson.getControls());
		assertEquals(2, Plans.minValid(pearson, study.getIndexVariables().get(0)));
		assertEquals(3, Plans.minValid(Plans.effective(study.getPlan()), study.getIndexVariables().get(0)));
		assertEquals("main", pearson.getFamilies().get(0).getName());
		assertTrue(pearson.getFamilies().get(0).getMembers().get(1).isPartial());
		// a plan that restates the default overrides its base (unsettable settings)
		Study back = parse(VALID.replace("tails one", "tails one method pearson")
				+ "analysis spearman extends primary { method spearman }\n");
		assertEquals(CorrelationMethod.SPEARMAN, Plans.effective(back.getPlans().get(1)).getMethod());
		assertEquals(CorrelationMethod.PEARSON, Plans.effective(back.getPlan()).getMethod());
		// the only error of the valid study is its data file, which these tests do not need
		List<Issue> errors = issues(VALID + "analysis robust extends primary { missing listwise }\n").stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertEquals(List.of(StudyIssueCodes.DATA_FILE_MISSING), errors.stream().map(Issue::getCode).toList(), codes(errors));
	}

	@Test
	void aPlanNameTwice() throws Exception {
		String text = VALID + "analysis primary { missing listwise }\n";
		assertIssue(text, StudyIssueCodes.DUPLICATE_PLAN_NAME, "analysis primary", "primary {");
		String two = VALID + "analysis v { }\nanalysis v { }\n";
		assertIssue(two, StudyIssueCodes.DUPLICATE_PLAN_NAME, "{ }\nanalysis v", "v");
		assertNoIssue(VALID + "analysis v { }\nanalysis w { }\n", StudyIssueCodes.DUPLICATE_PLAN_NAME);
	}

	@Test
	void plansThatExtendEachOther() throws Exception {
		String text = VALID + "analysis a extends b { }\nanalysis b extends a { }\n";
		List<Issue> found = issues(text).stream().filter(i -> StudyIssueCodes.PLAN_CYCLE.equals(i.getCode())).toList();
		assertEquals(2, found.size(), () -> codes(found));
		assertEquals(text.indexOf("b { }"), found.get(0).getOffset().intValue());
		assertNoIssue(VALID + "analysis a extends primary { }\nanalysis b extends a { }\n", StudyIssueCodes.PLAN_CYCLE);
	}

	@Test
	void thePrimaryPlanExtendingAnother() throws Exception {
		String text = VALID.replace("analysis {", "analysis first extends second {") + "analysis second { }\n";
		assertIssue(text, StudyIssueCodes.PRIMARY_PLAN_EXTENDS, "analysis first", "second {");
		assertNoIssue(VALID + "analysis second extends primary { }\n", StudyIssueCodes.PRIMARY_PLAN_EXTENDS);
	}

	@Test
	void controlsAreFactorsIndicesOrBackgroundColumns() throws Exception {
		String text = VALID.replace("partial", "partial controlling for FB, county, age");
		assertIssue(text, StudyIssueCodes.UNKNOWN_CONTROL, "controlling", "age");
		assertNoIssue(VALID.replace("partial", "partial controlling for FB, B, county, \"population_band\""),
				StudyIssueCodes.UNKNOWN_CONTROL);
	}

	@Test
	void aVariableControlledForTwice() throws Exception {
		// FB is measured by B: the same variable under two names
		String text = VALID.replace("partial", "partial controlling for FB, county, B");
		assertIssue(text, StudyIssueCodes.REPEATED_CONTROL, "county", "B }");
		assertIssue(VALID.replace("partial", "partial controlling for A, county, FA"),
				StudyIssueCodes.REPEATED_CONTROL, "county", "FA }");
		assertNoIssue(VALID.replace("partial", "partial controlling for FB, A, county, population_band"),
				StudyIssueCodes.REPEATED_CONTROL);
	}

	@Test
	void theDependentAsControl() throws Exception {
		String text = VALID.replace("partial", "partial controlling for FA, D");
		assertIssue(text, StudyIssueCodes.DEPENDENT_AS_CONTROL, "controlling", "D }");
		assertNoIssue(VALID.replace("partial", "partial controlling for FA"), StudyIssueCodes.DEPENDENT_AS_CONTROL);
	}

	@Test
	void kendallPartialsAreRefusedClearly() throws Exception {
		String text = VALID + "analysis kendall extends primary { method kendall partial }\n";
		assertIssue(text, StudyIssueCodes.KENDALL_PARTIAL, "method kendall", "partial");
		assertNoIssue(VALID + "analysis pearson extends primary { method pearson partial }\n",
				StudyIssueCodes.KENDALL_PARTIAL);
	}

	@Test
	void aScoringRuleOutsideTheIndex() throws Exception {
		String text = VALID + "analysis strict extends primary { score A min 4 }\n";
		assertIssue(text, StudyIssueCodes.SCORING_OUT_OF_RANGE, "score A", "4");
		assertIssue(VALID + "analysis lax extends primary { score A min 0 }\n", StudyIssueCodes.SCORING_OUT_OF_RANGE,
				"score A", "0");
		assertNoIssue(VALID + "analysis lax extends primary { score A min 1 }\n", StudyIssueCodes.SCORING_OUT_OF_RANGE);
	}

	@Test
	void aTestInTwoFamilies() throws Exception {
		String text = VALID.replace("partial }", "partial family f = H1, partial H1 family g = H2, H1 }");
		assertIssue(text, StudyIssueCodes.TEST_IN_TWO_FAMILIES, "family g", "H1 }");
		assertNoIssue(VALID.replace("partial }", "partial family f = H1, partial H1 family g = H2 }"),
				StudyIssueCodes.TEST_IN_TWO_FAMILIES);
		assertIssue(VALID.replace("partial }", "partial family f = matrix family g = matrix }"),
				StudyIssueCodes.TEST_IN_TWO_FAMILIES, "family g", "matrix");
	}

	@Test
	void familiesWithoutCorrection() throws Exception {
		String text = VALID.replace("correction holm ", "").replace("partial }", "partial family f = H1 }");
		assertIssue(text, StudyIssueCodes.FAMILY_WITHOUT_CORRECTION, "family", "f =");
		assertNoIssue(VALID.replace("partial }", "partial family f = H1 }"), StudyIssueCodes.FAMILY_WITHOUT_CORRECTION);
	}

	@Test
	void aFamilyNamingPartialsOfAPlanWithout() throws Exception {
		String text = VALID.replace("partial }", "family f = H1, partial H2 }");
		assertIssue(text, StudyIssueCodes.FAMILY_PARTIAL_WITHOUT_PARTIAL, "family f", "partial H2");
		assertNoIssue(VALID.replace("partial }", "partial family f = H1, partial H2 }"),
				StudyIssueCodes.FAMILY_PARTIAL_WITHOUT_PARTIAL);
	}

	@Test
	void aFamilyNameTwice() throws Exception {
		String text = VALID.replace("partial }", "partial family f = H1 family f = H2 }");
		assertIssue(text, StudyIssueCodes.DUPLICATE_FAMILY_NAME, "family f = H1 family", "f = H2");
		assertNoIssue(VALID.replace("partial }", "partial family f = H1 family g = H2 }"),
				StudyIssueCodes.DUPLICATE_FAMILY_NAME);
	}

	@Test
	void textMissingCodesParseAndTextValueLabelsAreRefused() throws Exception {
		Study study = parse(VALID.replace("scale Likert5 1..5", "scale Likert5 1..5 { 1 = \"no\" missing 9 = \"x\" missing \"NA\" missing \"-\" = \"not shown\" }"));
		var codes = study.getScales().get(0).getMissingCodes();
		assertEquals(3, codes.size());
		assertEquals(9, codes.get(0).getValue());
		assertEquals("NA", codes.get(1).getText());
		assertEquals("not shown", codes.get(2).getLabel());
		String text = VALID.replace("scale Likert5 1..5", "scale Likert5 1..5 { \"NA\" = \"no answer\" }");
		assertIssue(text, StudyIssueCodes.TEXT_VALUE_LABEL, "scale", "\"NA\"");
		assertNoIssue(VALID.replace("scale Likert5 1..5", "scale Likert5 1..5 { missing \"NA\" = \"no answer\" }"),
				StudyIssueCodes.TEXT_VALUE_LABEL);
		// a text code is no number inside the range
		assertNoIssue(VALID.replace("scale Likert5 1..5", "scale Likert5 0..5 { missing \"NA\" }"),
				StudyIssueCodes.MISSING_CODE_IN_RANGE);
	}

	@Test
	void noneIsAcceptedForUndirected() throws Exception {
		Study study = parse(VALID.replace("tails one", "tails two").replace("H2: FB negative", "H2: FB none"));
		assertEquals(Direction.NONE, study.getHypotheses().get(1).getDirection());
	}

	private String syntaxErrors(String text) throws Exception {
		Resource resource = parseHelper.parse(text).eResource();
		assertFalse(resource.getErrors().isEmpty(), "a syntax error was expected");
		return resource.getErrors().stream().map(Resource.Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	@Test
	void aKeywordInTheWrongCaseSaysWhatWasExpected() throws Exception {
		String message = syntaxErrors(VALID.replace("correction holm", "correction Holm"));
		assertFalse(message.contains("no viable alternative"), message);
		assertTrue(message.contains("after 'correction'"), message);
		assertTrue(message.contains("none, bonferroni, holm, benjamini-hochberg"), message);
		assertTrue(message.contains("write 'holm'"), message);
		String method = syntaxErrors(VALID.replace("tails one", "method spaerman"));
		assertTrue(method.contains("spearman, pearson, kendall"), method);
		assertFalse(method.contains("write '"), method);
	}

	@Test
	void anUnknownWordAtTopLevelNamesTheDeclarations() throws Exception {
		String message = syntaxErrors(VALID.replace("index B =", "xindex B ="));
		assertFalse(message.contains("missing EOF"), message);
		assertTrue(message.contains("Unexpected 'xindex': expected a declaration: scale, indicators, index"), message);
		String direction = syntaxErrors(VALID.replace("H1: FA positive", "H1: FA Positive"));
		assertTrue(direction.contains("write 'positive'"), direction);
	}
}
