package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factorstudio.report.ReportFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The example's codebook: all 71 statements with their facts, the index variables with members and rule. */
class CodebookTest {

	private static Document codebook;
	private static Map<String, Element> statements;

	@BeforeAll
	static void render() {
		var files = ReportFormats.builtIn().render(Example.input(), List.of("codebook"));
		assertEquals("codebook.html", files.get(0).path());
		codebook = Html.parse(files.get(0).text());
		statements = new HashMap<>();
		for (Element article : Html.all(codebook, "article")) {
			if (article.getAttribute("class").equals("statement")) {
				statements.put(article.getAttribute("data-item"), article);
			}
		}
	}

	@Test
	void listsAllSeventyOneStatements() {
		// the questionnaire has 71 statements (examples/municipal-automation/items.csv, appendix B of the thesis)
		assertEquals(71, statements.size());
		for (int i = 1; i <= 71; i++) {
			assertTrue(statements.containsKey(String.format("q%02d", i)), "q" + i);
		}
	}

	@Test
	void eachStatementHasItsTextScaleReversalIndicesAndCounts() {
		Map<String, String> q14 = facts(statements.get("q14"));
		assertEquals("er digitalisering IT-avdelingens ansvar", q14.get("Text"));
		assertEquals("digitalisation is the IT department's responsibility", q14.get("Translation"));
		assertTrue(q14.get("Scale").startsWith("Likert5, 1–5: 1 = Helt uenig"), q14.get("Scale"));
		assertEquals("q14", q14.get("Column"));
		assertEquals("Alignment", q14.get("Index variables"));
		assertEquals("yes, in Alignment (6 - x)", q14.get("Reversed"));
		assertEquals("none", facts(statements.get("q15")).get("Index variables"), "q15 is in no index");
		// N of each statement against R (expected/item_descriptives.csv, R 4.2.2, answers as given)
		int checked = 0;
		for (Map<String, String> ref : Example.reference("item_descriptives.csv")) {
			Map<String, String> facts = facts(statements.get(ref.get("item")));
			assertEquals(ref.get("N"), facts.get("N / missing").split(" / ")[0], ref.get("item"));
			int n = Integer.parseInt(ref.get("N"));
			assertEquals(105, n + Integer.parseInt(facts.get("N / missing").split(" / ")[1]), ref.get("item") + ": N + missing = rows");
			// the distribution's bars add up to N
			int sum = 0;
			for (Element rect : Html.all(statements.get(ref.get("item")), "rect")) {
				String title = Html.all(rect, "title").get(0).getTextContent();
				sum += Integer.parseInt(title.replaceAll(".*: (\\d+) answers", "$1"));
			}
			assertEquals(n, sum, ref.get("item") + ": distribution");
			checked++;
		}
		assertTrue(checked >= 60, "statements checked against R: " + checked);
	}

	@Test
	void eachIndexHasItsMembersRuleAndReliability() {
		Element alignment = Html.all(codebook, "article").stream().filter(a -> a.getAttribute("data-index").equals("Alignment"))
				.findFirst().orElseThrow();
		Map<String, String> facts = facts(alignment);
		assertEquals("q11, reversed q14, q29", facts.get("Members"));
		assertEquals("mean of the 3 statements after reverse coding; missing unless every statement is answered", facts.get("Rule"));
		// R 4.2.2 (expected/alpha.csv): alpha = 0.525075291344769, listwise n = 80
		assertTrue(facts.get("Reliability").startsWith("Cronbach's α = .53 (k = 3, n = 80"), facts.get("Reliability"));
		assertEquals(18, Html.all(codebook, "article").stream().filter(a -> a.getAttribute("class").equals("index")).count());
	}

	private static Map<String, String> facts(Element article) {
		Map<String, String> facts = new HashMap<>();
		List<Element> terms = Html.all(article, "dt");
		List<Element> values = Html.all(article, "dd");
		for (int i = 0; i < terms.size(); i++) {
			facts.put(terms.get(i).getTextContent(), values.get(i).getTextContent());
		}
		return facts;
	}
}
