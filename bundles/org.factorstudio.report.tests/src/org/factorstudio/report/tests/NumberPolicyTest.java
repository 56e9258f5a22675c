package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyFactory;
import org.factorstudio.report.ApaSentences;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.report.tables.TableContext;
import org.junit.jupiter.api.Test;

/** The one number policy: APA display rules (p, leading zeros, the minus sign) and the exact form of numbers. */
class NumberPolicyTest {

	private static final NumberPolicy APA = NumberPolicy.APA;

	@Test
	void boundedStatisticsHaveNoLeadingZeroAndTheMinusSign() {
		assertEquals(".645", NumberPolicy.bounded(0.645394637725853, 3));
		assertEquals("\u2212.032", NumberPolicy.bounded(-0.032048364409843356, 3), "U+2212, not the hyphen");
		assertEquals(".000", NumberPolicy.bounded(-0.0004, 3), "no sign on a value that rounds to zero");
		assertEquals("1.000", NumberPolicy.bounded(1.0, 3));
		assertEquals("", NumberPolicy.bounded(null, 3));
		assertEquals("", NumberPolicy.bounded(Double.NaN, 3));
	}

	@Test
	void statisticsKeepTheLeadingZeroAndUseTheMinusSign() {
		assertEquals("3.47", NumberPolicy.fixed(3.46575342465753, 2));
		assertEquals("\u22120.25", NumberPolicy.fixed(-0.25, 2));
		assertEquals("0.00", NumberPolicy.fixed(-0.001, 2), "no sign on a value that rounds to zero");
	}

	/**
	 * The rounding is Formatter's {@code %.nf} (half up on the digits of Double.toString) without Formatter: the
	 * oracle here is Formatter itself, on random values of every magnitude a table shows, on values that lie
	 * on a half (0.125, 2.5), and on those whose binary value lies just below their decimal half (1.005).
	 */
	@Test
	void roundingIsFormattersHalfUpOnTheShortestDigits() {
		java.util.Random random = new java.util.Random(20261203);
		double[] halves = { 0.125, 0.375, 2.5, -2.5, 1.005, 0.045, -0.0005, 0.9995, 1e-7, 123456.785, 5e15 + 0.5 };
		for (int i = 0; i < 200_000 + halves.length; i++) {
			double value = i < halves.length ? halves[i]
					: (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 5);
			int decimals = i < halves.length ? 2 : random.nextInt(7);
			String formatter = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
			// Formatter keeps a sign on a value that rounds to zero ("-0.00"); the policy does not
			String expected = formatter.matches("-0\\.?0*") ? formatter.substring(1) : formatter;
			assertEquals(expected, NumberPolicy.decimalText(value, decimals), value + " to " + decimals + " decimals");
		}
		assertEquals("0", NumberPolicy.decimalText(-0.3, 0));
		for (double special : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY }) {
			assertEquals(String.format(java.util.Locale.ROOT, "%.1f", special), NumberPolicy.decimalText(special, 1),
					"a chart coordinate of a constant variable must not stop the report");
		}
		assertEquals("−1", APA.format(Kind.COUNT, -1.2));
	}

	@Test
	void pValuesAsApa() {
		assertEquals("< .001", APA.p(3.54401035799411e-10));
		assertEquals(".001", APA.p(0.001));
		assertEquals(".048", APA.p(0.0476));
		assertEquals("1.000", APA.p(1.0));
		assertEquals("", APA.p(null));
		NumberPolicy fourDecimals = new NumberPolicy(3, 4);
		assertEquals("< .0001", fourDecimals.p(0.00005), "the views' p decimals are the policy's parameter");
		assertEquals(".0476", fourDecimals.p(0.0476));
	}

	@Test
	void pValuesJustBelowASignificanceLevelAreToldFromIt() {
		assertEquals(".0496", APA.p(0.0496), "below .05 but .050 when rounded: the star or 'supported' would not fit");
		assertEquals(".04996", APA.p(0.04996), "as many decimals as it takes");
		assertEquals(".0495", APA.p(0.0495042066155519), "the example's H14 (Holm-adjusted p, R's p.adjust)");
		assertEquals(".050", APA.p(0.05), "exactly at the level: not below it");
		assertEquals(".050", APA.p(0.0504), "above the level, shown as the level: true to 'not significant'");
		assertEquals(".0095", APA.p(0.00954917963181278), "the example's Kompetanseutvikling-Endringsorientering p");
		assertEquals(".0996", APA.p(0.0996), ".10 is a declared level too");
		assertEquals(".051", APA.p(0.0512), "not near a level: the usual decimals");
		assertEquals(".049", APA.p(0.0494));
		assertEquals(".049999", APA.p(0.049999), "up to six decimals");
		assertEquals("< .05", APA.p(0.0499999996), "closer than six decimals tell: below the level is what counts");
		assertEquals("< .10", APA.p(0.09999999));
		NumberPolicy fourDecimals = new NumberPolicy(3, 4);
		assertEquals(".0496", fourDecimals.p(0.0496), "four decimals already tell it from .05");
		assertEquals(".04996", fourDecimals.p(0.04996));
		assertEquals(".04960000", new NumberPolicy(3, 8).p(0.0496), "more decimals asked for than the rule adds");
		assertEquals("", APA.p(Double.POSITIVE_INFINITY), "no number, no text");
		assertEquals("= .0495", APA.pRelation(0.0495042066155519));
		assertEquals("< .05", APA.pRelation(0.0499999996), "never \"p = < .05\"");
		assertEquals("< .001", APA.pRelation(0.00001));
		assertEquals("", APA.pRelation(null));
	}

	@Test
	void aPJustBelowADeclaredSignificanceLevelIsToldFromIt() {
		// a plan may declare alpha .005 ("redefine statistical significance"): p = .00496 printed ".005" beside
		// "supported" would read as p = alpha
		assertEquals(".005", APA.p(0.00496), ".005 is not one of the usual levels");
		NumberPolicy strict = APA.withDeclaredLevels(List.of(0.005));
		assertEquals(".00496", strict.p(0.00496));
		assertEquals("= .00496", strict.pRelation(0.00496));
		assertEquals(".005", strict.p(0.005), "at the level, the level");
		assertEquals(".005", strict.p(0.0051), "above it, as usual");
		assertEquals(".0496", strict.p(0.0496), "the usual levels still count");
		assertEquals("< .005", strict.p(0.0049999999));
		assertThrows(IllegalArgumentException.class, () -> APA.withDeclaredLevels(List.of(1.5)));
		assertThrows(IllegalArgumentException.class, () -> APA.withDeclaredLevels(List.of(0.0)));
		assertThrows(IllegalArgumentException.class, () -> APA.withDeclaredLevels(java.util.Arrays.asList((Double) null)));
		assertEquals(APA, APA.withDeclaredLevels(List.of(0.05, 0.01)), "the usual levels count anyway");
	}

	@Test
	void theLevelsOfAStudyAreThoseOfItsPlans() {
		StudyFactory f = StudyFactory.eINSTANCE;
		Study study = f.createStudy();
		AnalysisPlan primary = f.createAnalysisPlan();
		primary.setSignificanceLevel(0.005);
		AnalysisPlan lenient = f.createAnalysisPlan();
		lenient.setName("lenient");
		lenient.setSignificanceLevel(0.02);
		AnalysisPlan inheriting = f.createAnalysisPlan();
		inheriting.setName("inheriting");
		inheriting.setBase(primary);
		AnalysisPlan usual = f.createAnalysisPlan();
		usual.setName("usual"); // the default level, .05
		study.getPlans().addAll(List.of(primary, lenient, inheriting, usual));
		assertEquals(List.of(0.005, 0.02), APA.withLevelsOf(study).declaredLevels());
		assertEquals(APA, APA.withLevelsOf(null));

		// the tables and the sentences of a report print p by the study's levels
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		Correlation c = ResultsFactory.eINSTANCE.createCorrelation();
		c.setX("A");
		c.setY("D");
		c.setMethod("spearman");
		c.setN(100);
		c.setCoefficient(0.28);
		c.setP(0.00496);
		results.getDependentCorrelations().add(c);
		HypothesisOutcome h = ResultsFactory.eINSTANCE.createHypothesisOutcome();
		h.setHypothesis("H1");
		h.setIndex("A");
		h.setSupported(true);
		results.getHypotheses().add(h);
		ReportInput input = ReportInput.of(results, study);
		assertEquals(".00496", TableContext.of(input, APA).policy().p(0.00496));
		String sentence = ApaSentences.plain(ApaSentences.hypotheses(input).get(0));
		assertTrue(sentence.contains("p = .00496"), sentence);
		assertEquals(".00496", new NumberPolicy(2, 3).withLevelsOf(study).p(0.00496), "the views' decimals too");
		assertEquals("= .005", ApaSentences.pValue(0.00496), "without the study: APA's levels");
	}

	@Test
	void decimalsByKind() {
		assertEquals("73", APA.format(Kind.COUNT, 73));
		assertEquals("5", APA.format(Kind.COUNT, 5.0), "scale points of an answer");
		assertEquals("3.47", APA.format(Kind.STATISTIC, 3.46575342465753));
		assertEquals(".645", APA.format(Kind.COEFFICIENT, 0.645394637725853));
		assertEquals("\u2212.65", APA.format(Kind.SHORT_COEFFICIENT, -0.645394637725853));
		assertEquals("< .001", APA.format(Kind.P, 3.5e-10));
		assertEquals("0.123", APA.format(Kind.VALUE, 0.1234));
		assertEquals(".64539", new NumberPolicy(5, 3).format(Kind.COEFFICIENT, 0.645394637725853));
		assertEquals("", APA.format(Kind.COEFFICIENT, Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> new NumberPolicy(3, 0));
	}

	@Test
	void starsAndTheirNote() {
		assertEquals("***", NumberPolicy.stars(0.0009));
		assertEquals("**", NumberPolicy.stars(0.001));
		assertEquals("*", NumberPolicy.stars(0.049));
		assertEquals("", NumberPolicy.stars(0.05));
		assertEquals("", NumberPolicy.stars(null));
		assertEquals("* p < .05, ** p < .01, *** p < .001 (on the Holm-adjusted p).", NumberPolicy.starsNote("Holm-adjusted p"));
	}

	@Test
	void exactValuesArePlainAndRoundTrip() {
		assertEquals("0.00000000070880207159882", NumberPolicy.plain(7.0880207159882e-10));
		assertEquals(7.0880207159882e-10, Double.parseDouble(NumberPolicy.plain(7.0880207159882e-10)));
		assertEquals("73", NumberPolicy.plain(73));
		assertEquals("5", NumberPolicy.plain(5.0));
		assertEquals("-0.25", NumberPolicy.plain(-0.25), "exact values keep the ASCII minus: they are read back");
		assertEquals("3.46575342465753", NumberPolicy.plain(3.46575342465753));
	}
}
