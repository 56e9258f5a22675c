package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.study.DataSource;
import org.factorstudio.model.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Background columns: the plain {@code background a, b} list, value labels from a scale ({@code labels county =
 * Counties}), and the {@code by} parameter of {@code run group_comparison}, which must name a declared background
 * column. Every check has a study that triggers it (at its offset) and one that does not.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class BackgroundColumnsTest {

	@Inject
	private ParseHelper<Study> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private FormatterTestHelper formatter;

	private static final String VALID = """
			study Groups

			scale Likert5 1..5

			scale Counties {
				1 = "Østfold"
				2 = "Akershus"
			}

			scale Plain 1..3

			indicators scale Likert5 {
				a1 "one"
				d1 "dependent"
			}

			index A = a1
			index D = d1
			dependent D

			area Org {
				factor FA measured by A
			}

			data "responses.csv" {
				id respondent_id
				background county, "industry", population_band
				labels county = Counties
			}

			analysis {
				run group_comparison(by = county)
				run background
				run regression
			}
			""";

	private Study parse(String text) throws Exception {
		Study study = parseHelper.parse(text);
		assertTrue(study.eResource().getErrors().isEmpty(), () -> "syntax errors: " + study.eResource().getErrors());
		return study;
	}

	private List<Issue> issues(String text) throws Exception {
		return validation.validate(parse(text));
	}

	private void assertIssue(String text, String code, String after, String at) throws Exception {
		List<Issue> found = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> "expected one " + code + " but got: " + found);
		assertEquals(text.indexOf(at, text.indexOf(after)), found.get(0).getOffset().intValue(), "offset of " + code);
	}

	private void assertNoIssue(String text, String code) throws Exception {
		List<Issue> found = issues(text).stream().filter(i -> code.equals(i.getCode())).toList();
		assertTrue(found.isEmpty(), () -> "unexpected: " + found.stream().map(Issue::getMessage)
				.collect(Collectors.joining("; ")));
	}

	@Test
	void theDeclaredColumnsAndTheirLabelsAreInTheModel() throws Exception {
		DataSource source = parse(VALID).getDataSource();
		// the plain list stays what other parts of the study read (partial ... controlling for, the import)
		assertEquals(List.of("county", "industry", "population_band"), source.getBackgroundColumns());
		assertEquals(1, source.getColumnLabels().size());
		assertEquals("county", source.getColumnLabels().get(0).getColumn());
		assertEquals("Counties", source.getColumnLabels().get(0).getScale().getName());
		assertEquals("Østfold", source.getColumnLabels().get(0).getScale().getLabels().get(0).getLabel());
		// the plain form without labels, and a column called like the new keyword
		DataSource plain = parse(VALID.replace("\tlabels county = Counties\n", "")
				.replace("population_band", "labels")).getDataSource();
		assertEquals(List.of("county", "industry", "labels"), plain.getBackgroundColumns());
		assertTrue(plain.getColumnLabels().isEmpty());
		assertNoIssue(VALID, StudyIssueCodes.UNKNOWN_ANALYSIS);
		assertNoIssue(VALID, StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER);
	}

	@Test
	void labelsNeedADeclaredBackgroundColumn() throws Exception {
		assertNoIssue(VALID, StudyIssueCodes.LABELS_FOR_UNDECLARED_COLUMN);
		String text = VALID.replace("labels county = Counties", "labels region = Counties");
		assertIssue(text, StudyIssueCodes.LABELS_FOR_UNDECLARED_COLUMN, "labels", "region");
	}

	@Test
	void aColumnIsLabelledOnce() throws Exception {
		assertNoIssue(VALID, StudyIssueCodes.REPEATED_COLUMN_LABELS);
		String text = VALID.replace("labels county = Counties", "labels county = Counties, county = Plain");
		assertIssue(text, StudyIssueCodes.REPEATED_COLUMN_LABELS, "Counties,", "county");
	}

	@Test
	void theLabellingScaleHasLabels() throws Exception {
		assertNoIssue(VALID, StudyIssueCodes.LABELS_WITHOUT_VALUES);
		String text = VALID.replace("labels county = Counties", "labels county = Plain");
		assertIssue(text, StudyIssueCodes.LABELS_WITHOUT_VALUES, "labels", "Plain");
	}

	@Test
	void theLabellingScaleMustExist() throws Exception {
		List<Issue> found = issues(VALID.replace("labels county = Counties", "labels county = Fylker")).stream()
				.filter(i -> org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode())).toList();
		assertEquals(1, found.size(), () -> found.toString());
	}

	@Test
	void groupsAreFormedByADeclaredBackgroundColumn() throws Exception {
		assertNoIssue(VALID, StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN);
		assertNoIssue(VALID.replace("by = county", "by = \"industry\""), StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN);
		assertNoIssue(VALID.replace("by = county", "by = \"county, population_band\""),
				StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN);
		assertIssue(VALID.replace("by = county", "by = \"county, kommune\""), StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN,
				"run", "\"county, kommune\"");
		String text = VALID.replace("by = county", "by = kommune");
		assertIssue(text, StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN, "run", "kommune");
		String undeclared = VALID.replace("\tbackground county, \"industry\", population_band\n", "")
				.replace("\tlabels county = Counties\n", "");
		assertIssue(undeclared, StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN, "run", "county");
	}

	@Test
	void theLabelsAreFormatted() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(VALID);
			request.setExpectation(VALID);
		});
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(VALID.replace("labels county = Counties", "labels   county=Counties"));
			request.setExpectation(VALID);
		});
	}
}
