package org.factorstudio.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays studies out one declaration per line and leaves a formatted study unchanged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class StudyFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	private static final String FORMATTED = """
			study S "Title"

			scale Likert5 1..5 {
				1 = "no"
				5 = "yes"
				missing 9 = "don't know"
			}

			indicators "Page 1" scale Likert5 {
				a1 "one" translation "en"
				a2 "two" column "A2"
				b1 "three"
			}

			index A "Label" = a1..a2 min 1
			index B = reversed b1
			dependent B

			area Org "Organisation" {
				factor FA measured by A
					sources literature, interviews
					recommendation "Do it"
			}

			hypothesis H1: FA positive "text"

			data "d.csv" {
				delimiter ";"
				id respondent_id
				status status non-respondent "Distribuert", "Invitert"
				keep-unanswered
				on-invalid missing
			}

			analysis {
				method spearman
				tails one
				partial
				reliability listwise for all
				run bootstrap(replicates = 2000, seed = 42)
			}
			""";

	@Test
	void aFormattedStudyStaysAsItIs() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(FORMATTED);
			request.setExpectation(FORMATTED);
		});
	}

	@Test
	void aCrampedStudyIsLaidOut() {
		String cramped = FORMATTED.replace("\n\t\t", " ").replace("\n\t", " ").replace(" = ", "=")
				.replace(", ", " ,");
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(cramped);
			request.setExpectation(FORMATTED);
		});
	}

	@Test
	void theExampleIsFormatted() {
		String example = Examples.read(Examples.municipalAutomation("municipal-automation.study"));
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(example);
			request.setExpectation(example);
		});
	}
}
