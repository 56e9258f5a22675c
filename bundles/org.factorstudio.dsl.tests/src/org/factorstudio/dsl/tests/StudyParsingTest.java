package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Direction;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.Tails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(StudyInjectorProvider.class)
class StudyParsingTest {

	@Inject
	private ParseHelper<Study> parseHelper;

	static final String SMALL_STUDY = """
			study Golden "Golden values"

			scale Likert5 1..5 {
				1 = "helt uenig"
				5 = "helt enig"
				missing 9 = "vet ikke"
			}

			indicators "Side 1" scale Likert5 {
				q1 "Vi følger en strategi" translation "We follow a strategy"
				q2 "Brukeren står i sentrum"
				q3 "Ledelsen er involvert" column "Q3"
				q4r "Det er vanskelig"
				dv "Vi automatiserer"
			}

			index Mål_Om_Digitalisering "Goals" = q1..q3, reversed q4r min 3
			index Automatisering = dv

			dependent Automatisering

			area Teknologiske "Teknologiske faktorer" {
				factor Mål measured by Mål_Om_Digitalisering
					sources literature, interviews
					recommendation "Sett tydelige mål"
			}

			hypothesis H1: Mål positive "Goals go with automation"

			data "golden.csv" {
				delimiter ";"
				id respondent_id
				status status non-respondent "Distribuert"
				on-invalid missing
			}

			analysis {
				method spearman
				tails one
				missing pairwise
				significance 0.05
				correction holm
				partial
				reliability listwise for all
				compatibility spss
				run bootstrap(replicates = 2000, seed = 42)
			}
			""";

	@Test
	void parsesAndLinksEveryPartOfAStudy() throws Exception {
		Study study = parseHelper.parse(SMALL_STUDY);
		assertNotNull(study);
		assertTrue(study.eResource().getErrors().isEmpty(), () -> "parse errors: " + study.eResource().getErrors());
		assertEquals("Golden", study.getName());
		assertEquals(1, study.getScales().size());
		assertEquals(Integer.valueOf(1), study.getScales().get(0).getMin());
		assertEquals(9, study.getScales().get(0).getMissingCodes().get(0).getValue());
		assertEquals("Vi følger en strategi", StudyQueries.indicators(study).get(0).getText());
		assertEquals("Q3", StudyQueries.column(StudyQueries.indicators(study).get(2)));

		IndexVariable goals = study.getIndexVariables().get(0);
		List<StudyQueries.Member> members = StudyQueries.members(goals);
		assertEquals(List.of("q1", "q2", "q3", "q4r"), members.stream().map(m -> m.indicator().getName()).toList());
		assertEquals(List.of(false, false, false, true), members.stream().map(StudyQueries.Member::reversed).toList());
		assertEquals(3, StudyQueries.minValid(goals));
		assertEquals("Likert5", StudyQueries.effectiveScale(members.get(3).indicator()).orElseThrow().getName());

		assertEquals("Automatisering", study.getDependent().getName());
		assertEquals(goals, study.getAreas().get(0).getFactors().get(0).getIndex());
		assertEquals(Direction.POSITIVE, study.getHypotheses().get(0).getDirection());
		assertFalse(study.getHypotheses().get(0).getFactor().eIsProxy());

		assertEquals(List.of("Distribuert"), study.getDataSource().getNonRespondentStatuses());
		assertEquals(";", study.getDataSource().getDelimiter());
		assertEquals(CorrelationMethod.SPEARMAN, study.getPlan().getMethod());
		assertEquals(Tails.ONE, study.getPlan().getTails());
		assertEquals(Correction.HOLM, study.getPlan().getCorrection());
		assertEquals(0.05, study.getPlan().getSignificanceLevel(), 0.0);
		assertTrue(study.getPlan().isPartial());
		assertTrue(study.getPlan().isReliabilityAll());
		assertEquals("bootstrap", study.getPlan().getAnalyses().get(0).getAnalysisId());
		assertEquals("2000", study.getPlan().getAnalyses().get(0).getParameters().get(0).getValue());
	}
}
