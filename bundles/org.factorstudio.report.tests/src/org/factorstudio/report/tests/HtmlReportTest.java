package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report of the bundled example: its structure, tables, charts, provenance and self-containment. */
class HtmlReportTest {

	private static String html;
	private static Document document;
	private static ReportInput input;

	@BeforeAll
	static void renderTheExample() {
		input = Example.input();
		List<ReportFile> files = ReportFormats.builtIn().render(input, List.of("html"));
		assertEquals(List.of("report.html"), files.stream().map(ReportFile::path).toList());
		html = files.get(0).text();
		document = Html.parse(html);
	}

	@Test
	void isOneSelfContainedPage() {
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(Html.all(document, "script").isEmpty(), "no scripts");
		assertTrue(Html.all(document, "img").isEmpty() && Html.all(document, "iframe").isEmpty(), "no embedded resources");
		for (Element element : Html.all(document, "*")) {
			for (String attribute : List.of("src", "href", "xlink:href")) {
				String value = element.getAttribute(attribute);
				assertTrue(value.isEmpty() || value.startsWith("#") || value.startsWith("data:"),
						() -> "external reference " + attribute + "=" + value + " on <" + element.getTagName() + ">");
			}
		}
		assertFalse(html.contains("@import") || html.contains("url(http"), "no external CSS");
	}

	@Test
	void hasTheApaTablesWithTheirRows() {
		// 17 factors, 18 index variables, 16 multi-statement indices, 17 hypotheses
		assertEquals(17, Html.dataRows(Html.table(document, "correlations")).size());
		assertEquals(17, Html.dataRows(Html.table(document, "partial-correlations")).size());
		assertEquals(17, Html.dataRows(Html.table(document, "hypotheses")).size());
		assertEquals(18, Html.dataRows(Html.table(document, "descriptives")).size());
		assertEquals(16, Html.dataRows(Html.table(document, "reliability")).size(), "single-statement indices have no alpha");
		assertEquals(18, Html.dataRows(Html.table(document, "correlation-matrix")).size());
		assertTrue(Html.dataRows(Html.table(document, "import")).size() >= 4);
		assertTrue(Html.dataRows(Html.table(document, "item-descriptives")).size() >= 60);
		// grouped by the framework: the dependent variable, then the four areas
		Set<String> groups = Html.all(Html.table(document, "descriptives"), "tr").stream()
				.filter(tr -> "group".equals(tr.getAttribute("class"))).map(Element::getTextContent).collect(Collectors.toSet());
		assertEquals(Set.of("Dependent variable", "Teknologiske faktorer", "Prosessrelaterte faktorer",
				"Organisatoriske faktorer", "Offentlige føringer"), groups);
		// every table is numbered and titled, APA style
		for (Element holder : Html.withClass(document, "div", "apa-table")) {
			assertTrue(Html.withClass(holder, "p", "table-number").get(0).getTextContent().matches("Table \\d+"));
			assertFalse(Html.withClass(holder, "p", "table-title").get(0).getTextContent().isBlank());
		}
	}

	@Test
	void showsTheCorrelationsOfTheExample() {
		Element row = Html.dataRows(Html.table(document, "correlations")).stream()
				.filter(tr -> Html.all(tr, "td").get(0).getTextContent().equals("Mål_Om_Digitalisering")).findFirst()
				.orElseThrow();
		List<Element> cells = Html.all(row, "td");
		// R 4.2.2: rho = 0.645394637725853, n = 73, p one-tailed 3.5e-10 (expected/spearman_vs_automatisering.csv)
		assertEquals("73", cells.get(1).getTextContent());
		assertEquals(".645", cells.get(2).getTextContent());
		assertEquals("< .001", cells.get(3).getTextContent());
		assertTrue(cells.get(2).getAttribute("title").contains("0.645394637725"), cells.get(2).getAttribute("title"));
		assertTrue(cells.get(2).getAttribute("title").contains("pairwise"), cells.get(2).getAttribute("title"));
	}

	@Test
	void everyNumberHasItsProvenanceOnHover() {
		int numbers = 0;
		for (Element cell : Html.all(document, "td")) {
			if (cell.getAttribute("class").contains("num") && cell.getTextContent().matches(".*\\d.*")) {
				numbers++;
				assertFalse(cell.getAttribute("title").isBlank(), () -> "number without provenance: " + cell.getTextContent());
			}
		}
		assertTrue(numbers > 500, "numbers in tables: " + numbers);
		for (Element article : Html.withClass(document, "article", "factor")) {
			for (Element span : Html.all(article, "span")) {
				if (span.getTextContent().matches(".*\\d.*")) {
					assertFalse(span.getAttribute("title").isBlank(), () -> "number without provenance: " + span.getTextContent());
				}
			}
		}
	}

	@Test
	void isStructuredByTheFramework() {
		Element framework = Html.byId(document, "framework");
		assertEquals(List.of("Teknologiske faktorer", "Prosessrelaterte faktorer", "Organisatoriske faktorer",
				"Offentlige føringer"), Html.withClass(framework, "h3", "area").stream().map(Element::getTextContent).toList());
		List<Element> factors = Html.withClass(framework, "article", "factor");
		assertEquals(17, factors.size());
		assertTrue(factors.stream().allMatch(f -> !Html.withClass(f, "p", "recommendation").isEmpty()),
				"each factor of the example has its recommendation");
		assertTrue(framework.getTextContent().contains("Invest in competence"), "recommendation text");
	}

	@Test
	void hasTheBarChartAndTheHeatMapAsInlineSvg() {
		Element bars = Html.byId(document, "chart-correlations");
		assertEquals("svg", bars.getTagName());
		assertEquals("http://www.w3.org/2000/svg", bars.getAttribute("xmlns"));
		List<Element> barGroups = Html.withClass(bars, "g", "bar");
		assertEquals(17, barGroups.size(), "one bar per factor");
		for (Element bar : barGroups) {
			assertEquals(1, Html.all(bar, "rect").size(), "the bar");
			assertEquals(1, Html.all(bar, "path").size(), "the confidence-interval whisker");
			assertFalse(Html.all(bar, "title").get(0).getTextContent().isBlank(), "provenance on hover");
		}
		Element heat = Html.byId(document, "chart-heatmap");
		assertEquals("svg", heat.getTagName());
		List<Element> cells = Html.withClass(heat, "g", "cell");
		assertEquals(18 * 17 / 2, cells.size(), "every cell of the lower triangle (APA)");
		assertTrue(cells.stream().allMatch(c -> Html.all(c, "rect").get(0).getAttribute("fill").startsWith("rgb(")));
		assertEquals(2, Html.all(Html.byId(document, "figures"), "figure").size());
	}

	@Test
	void reusesTheEnginesMethodsParagraph() {
		String methods = Html.byId(document, "methods-text").getTextContent();
		assertEquals(input.results().getMethods(), methods);
		assertTrue(methods.contains("Spearman") && methods.contains("Holm"), methods);
	}
}
