package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

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
 * The index names inside the {@code indices} parameter of the measurement analyses (polychoric, omega, cfa,
 * efa: type index-variable in their plugin.xml) are checked against the study's index variables; an unknown
 * name is an error on the value that names the closest declared ones.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class MeasurementParametersTest {

	@Inject
	private ParseHelper<Study> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	private static final String VALID = """
			study Measured

			scale Likert5 1..5

			indicators scale Likert5 {
				a1 "one"
				a2 "two"
				a3 "three"
				b1 "four"
				b2 "five"
				b3 "six"
				d1 "dependent"
			}

			index Prosessorientering = a1, a2, a3
			index Ledelsesinvolvering = b1, b2, b3
			index D = d1
			dependent D

			area Org {
				factor FA measured by Prosessorientering
				factor FB measured by Ledelsesinvolvering
			}

			analysis {
				run cfa(indices = "Prosessorientering, Ledelsesinvolvering")
				run efa(indices = "all", factors = 2)
				run omega(indices = Prosessorientering)
				run polychoric
			}
			""";

	private List<Issue> issues(String text) throws Exception {
		Study study = parseHelper.parse(text);
		assertTrue(study.eResource().getErrors().isEmpty(), () -> "syntax errors: " + study.eResource().getErrors());
		return validation.validate(study).stream().filter(i -> StudyIssueCodes.UNKNOWN_INDEX_IN_PARAMETER.equals(i.getCode()))
				.toList();
	}

	@Test
	void declaredIndicesAndAllAreAccepted() throws Exception {
		List<Issue> found = issues(VALID);
		assertTrue(found.isEmpty(), () -> found.stream().map(Issue::getMessage).collect(Collectors.joining("; ")));
	}

	@Test
	void aMisspeltIndexInACfaIsAnErrorNamingTheClosestIndex() throws Exception {
		String text = VALID.replace("\"Prosessorientering, Ledelsesinvolvering\"", "\"Prosessorientering, Ledelsesinvolvring\"");
		List<Issue> found = issues(text);
		assertEquals(1, found.size(), () -> found.toString());
		Issue issue = found.get(0);
		assertEquals(text.indexOf("\"Prosessorientering, Ledelsesinvolvring\""), issue.getOffset().intValue());
		assertTrue(issue.getMessage().contains("'Ledelsesinvolvring'"), issue.getMessage());
		assertTrue(issue.getMessage().contains("did you mean Ledelsesinvolvering?"), issue.getMessage());
		assertEquals(List.of("Ledelsesinvolvring"), List.of(issue.getData()));
	}

	@Test
	void anUnknownIndexInOmegaWithoutACloseNameListsTheDeclaredOnes() throws Exception {
		String text = VALID.replace("run omega(indices = Prosessorientering)", "run omega(indices = Automation)");
		List<Issue> found = issues(text);
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(text.indexOf("Automation"), found.get(0).getOffset().intValue());
		assertTrue(found.get(0).getMessage().contains("write all or one of: Prosessorientering, Ledelsesinvolvering, D"),
				found.get(0).getMessage());
	}

	@Test
	void aStatementNameIsNotAnIndexName() throws Exception {
		String text = VALID.replace("run efa(indices = \"all\", factors = 2)", "run efa(indices = \"a1, a2\", factors = 2)");
		List<Issue> found = issues(text);
		assertEquals(1, found.size(), () -> found.toString());
		assertTrue(found.get(0).getMessage().contains("names 'a1', which is not an index variable"),
				found.get(0).getMessage());
	}
}
