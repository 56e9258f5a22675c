package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.report.ApaSentences;
import org.junit.jupiter.api.Test;

/** APA sentences: symbols, degrees of freedom, no leading zeros, r to 2 and p to 3 decimals, "p < .001". */
class ApaSentencesTest {

	@Test
	void aCorrelationReadsAsApaPrescribes() {
		Correlation c = correlation("spearman", 0.64539, 73, 0.0004, null, 0.4864, 0.7633);
		assertEquals("r_s(71) = .65, p < .001, 95% CI [.49, .76]", ApaSentences.plain(ApaSentences.correlation(c, null, 95)));
		Correlation pearson = correlation("pearson", 0.2049, 42, 0.0456, 0.0912, 0.0, 0.47);
		assertEquals("r(40) = .20, p = .046, Holm-adjusted p = .091, 90% CI [.00, .47]",
				ApaSentences.plain(ApaSentences.correlation(pearson, "Holm", 90)));
		Correlation kendall = correlation("kendall", -0.031, 10, 0.5, null, null, null);
		String text = ApaSentences.plain(ApaSentences.correlation(kendall, null, 95));
		assertTrue(text.matches("τ_b\\(8\\) = [-−]\\.03, p = \\.500"), text);
		assertEquals(List.of(), ApaSentences.correlation(correlation("spearman", null, 3, null, null, null, null), null, 95),
				"nothing to say of a coefficient that could not be computed");
	}

	@Test
	void theSymbolsAreItalicAndTheSubscriptIsSet() {
		List<ApaSentences.Run> runs = ApaSentences.correlation(correlation("spearman", 0.5, 20, 0.01, null, null, null), null, 95);
		assertEquals(new ApaSentences.Run("r", ApaSentences.Style.ITALIC), runs.get(0));
		assertEquals(new ApaSentences.Run("s", ApaSentences.Style.SUBSCRIPT), runs.get(1));
		assertTrue(runs.contains(new ApaSentences.Run("p", ApaSentences.Style.ITALIC)));
	}

	@Test
	void eachHypothesisOfTheExampleHasItsSentenceWithRsNumbers() {
		List<List<ApaSentences.Run>> sentences = ApaSentences.hypotheses(Example.input());
		assertEquals(17, sentences.size());
		// R 4.2.2 (expected/spearman_vs_automatisering.csv): rho, n and p of each index with Automatisering, one-tailed in the
		// hypothesised (positive) direction, as cor.test(alternative = "greater") (p_greater);
		// Holm over the 17 one-tailed p and the Fisher z interval computed here from them
		List<Map<String, String>> reference = Example.reference("spearman_vs_automatisering.csv").stream()
				.filter(r -> r.get("rule").equals("all")).toList();
		List<Map<String, String>> byP = new ArrayList<>(reference);
		byP.sort(Comparator.comparingDouble(r -> Double.parseDouble(r.get("p_greater"))));
		java.util.Map<String, Double> holm = new java.util.HashMap<>();
		double running = 0;
		for (int i = 0; i < byP.size(); i++) {
			running = Math.max(running, Math.min(1, (byP.size() - i) * Double.parseDouble(byP.get(i).get("p_greater"))));
			holm.put(byP.get(i).get("index_variable"), running);
		}
		Map<String, String> h5 = reference.stream().filter(r -> r.get("index_variable").equals("Mål_Om_Digitalisering")).findFirst()
				.orElseThrow();
		double rho = Double.parseDouble(h5.get("rho"));
		int n = Integer.parseInt(h5.get("n"));
		double z = 0.5 * Math.log((1 + rho) / (1 - rho));
		double half = 1.959963984540054 / Math.sqrt(n - 3);
		String expected = "H5 (Mål_Om_Digitalisering with Automatisering, positive) was supported, r_s(" + (n - 2) + ") = "
				+ apa(rho, 2) + ", p " + p(Double.parseDouble(h5.get("p_greater"))) + ", Holm-adjusted p "
				+ p(holm.get("Mål_Om_Digitalisering")) + ", 95% CI [" + apa(Math.tanh(z - half), 2) + ", " + apa(Math.tanh(z + half), 2) + "].";
		assertEquals(expected, ApaSentences.plain(sentences.get(4)));
		assertEquals("H5 (Mål_Om_Digitalisering with Automatisering, positive) was supported, r_s(71) = .65, p < .001,"
				+ " Holm-adjusted p < .001, 95% CI [.49, .76].", expected, "the issue's example");
		Map<String, String> h13 = reference.stream().filter(r -> r.get("index_variable").equals("Ressursbegrensninger")).findFirst()
				.orElseThrow();
		String thirteen = ApaSentences.plain(sentences.get(12));
		assertTrue(thirteen.startsWith("H13 (Ressursbegrensninger with Automatisering, positive) was not supported, r_s(71) = "
				+ apa(Double.parseDouble(h13.get("rho")), 2) + ", p = " + apa(Double.parseDouble(h13.get("p_greater")), 3)
				+ ", Holm-adjusted p = " + apa(holm.get("Ressursbegrensninger"), 3)), thirteen);
	}

	private static String p(double p) {
		return p < 0.001 ? "< .001" : "= " + apa(p, 3);
	}

	private static String apa(double value, int decimals) {
		return DocxReportTest.apa(value, decimals);
	}

	private static Correlation correlation(String method, Double r, int n, Double p, Double adjusted, Double lower, Double upper) {
		Correlation c = ResultsFactory.eINSTANCE.createCorrelation();
		c.setMethod(method);
		c.setCoefficient(r);
		c.setN(n);
		c.setP(p);
		c.setPAdjusted(adjusted);
		c.setCiLower(lower);
		c.setCiUpper(upper);
		return c;
	}
}
