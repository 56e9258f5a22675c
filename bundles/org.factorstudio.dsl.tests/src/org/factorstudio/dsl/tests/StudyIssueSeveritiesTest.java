package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.StudyStandaloneSetup;
import org.factorstudio.dsl.validation.StudyConfigurableIssueCodes;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The noisy checks' severities follow the preference values attached to the resource set (the IDE attaches
 * its preference page's); without any they are warnings, which is what the CLI reports.
 */
class StudyIssueSeveritiesTest {

	private static final String STUDY = """
			study S
			scale Likert5 1..5
			indicators scale Likert5 { a1 "one" a2 "two" d1 "dependent" loose "unused" }
			index A = a1, a2
			index D = d1
			dependent D
			area Org { factor FA measured by A }
			hypothesis H1: FA positive
			analysis { tails one reliability for A, D }
			""";

	@Test
	void withoutPreferencesTheNoisyChecksAreWarnings() throws IOException {
		List<Issue> issues = validate(Map.of());
		assertEquals(Severity.WARNING, severity(issues, StudyIssueCodes.UNUSED_INDICATOR));
		assertEquals(Severity.WARNING, severity(issues, StudyIssueCodes.SINGLE_ITEM_RELIABILITY));
	}

	@Test
	void aSeverityCanBeIgnoreOrError() throws IOException {
		List<Issue> issues = validate(Map.of(StudyIssueCodes.UNUSED_INDICATOR, "ignore",
				StudyIssueCodes.SINGLE_ITEM_RELIABILITY, "error"));
		assertTrue(issues.stream().noneMatch(i -> StudyIssueCodes.UNUSED_INDICATOR.equals(i.getCode())),
				issues::toString);
		assertEquals(Severity.ERROR, severity(issues, StudyIssueCodes.SINGLE_ITEM_RELIABILITY));
	}

	@Test
	void theConfigurableCodesDefaultToWarning() {
		StudyConfigurableIssueCodes codes = new StudyConfigurableIssueCodes();
		for (String code : StudyConfigurableIssueCodes.CODES) {
			assertEquals("warning", codes.getConfigurableIssueCodes().get(code).getDefaultValue(), code);
		}
	}

	private static Severity severity(List<Issue> issues, String code) {
		List<Severity> found = issues.stream().filter(i -> code.equals(i.getCode())).map(Issue::getSeverity).toList();
		assertEquals(1, found.size(), () -> code + " in " + issues);
		return found.get(0);
	}

	private static List<Issue> validate(Map<String, String> preferences) throws IOException {
		Injector injector = new StudyStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		if (!preferences.isEmpty()) {
			StudyConfigurableIssueCodes.attach(resourceSet, preferences);
		}
		return InjectedStudies.validate(injector, resourceSet, STUDY, CheckMode.ALL);
	}
}
