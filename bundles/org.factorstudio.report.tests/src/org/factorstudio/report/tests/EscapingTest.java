package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.internal.Escape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Texts from the study and the data are user input: an item text with a script, LaTeX's special characters
 * in a label, a formula in a CSV cell must come out as text in every format.
 */
class EscapingTest {

	static final String SCRIPT = "<script>alert('x')</script> & \"quoted\"";
	static final String LATEX = "Cost $5 & 10% of_budget #1 {braces} \\input{/etc/passwd} ~^";
	static final String FORMULA = "=cmd|' /C calc'!A0";
	static final String PIPES = "a | b | c";

	/** Results with hostile texts in item texts, labels, names, notes and a plugin's table. */
	static ReportInput hostile() {
		ResultsFactory f = ResultsFactory.eINSTANCE;
		StudyResults results = f.createStudyResults();
		results.setStudyName("Hostile");
		results.setStudyFile("hostile.study");
		results.setMethods("Methods with " + SCRIPT);
		results.getDescriptives().add(descriptives("q1", SCRIPT, VariableKind.INDICATOR, 3.5));
		results.getDescriptives().add(descriptives("q2", LATEX, VariableKind.INDICATOR, -0.25));
		results.getDescriptives().add(descriptives("q3", FORMULA, VariableKind.INDICATOR, 2.0));
		results.getDescriptives().add(descriptives("q4", PIPES, VariableKind.INDICATOR, 1.0));
		Correlation c = f.createCorrelation();
		c.setX("Index_" + "<b>bold</b>");
		c.setY("Dependent");
		c.setMethod("spearman");
		c.setN(20);
		c.setCoefficient(-0.032);
		c.setP(0.39);
		c.setTails("one-tailed");
		c.setFlag("");
		c.setNote("+SUM(A1:A9)");
		results.getDependentCorrelations().add(c);
		ResultTable table = f.createResultTable();
		table.setAnalysisId("kendall-tau");
		table.setTitle("Plugin table " + SCRIPT);
		ResultColumn name = f.createResultColumn();
		name.setName("Name");
		ResultColumn value = f.createResultColumn();
		value.setName("Value");
		value.setNumeric(true);
		table.getColumns().addAll(List.of(name, value));
		for (Object[] data : new Object[][] { { "@SUM(1+1)", -1.5 }, { "-2+3", 0.125 }, { LATEX, null } }) {
			ResultRow row = f.createResultRow();
			ResultCell text = f.createResultCell();
			text.setText((String) data[0]);
			ResultCell number = f.createResultCell();
			number.setNumber((Double) data[1]);
			row.getCells().addAll(List.of(text, number));
			table.getRows().add(row);
		}
		results.getTables().add(table);
		return ReportInput.of(results, null);
	}

	static Descriptives descriptives(String name, String text, VariableKind kind, double mean) {
		Descriptives d = ResultsFactory.eINSTANCE.createDescriptives();
		d.setVariable(name);
		d.setLabel(text);
		d.setKind(kind);
		d.setN(10);
		d.setMean(mean);
		d.setSd(1.0);
		return d;
	}

	private static Map<String, String> render(String... formats) {
		return ReportFormats.builtIn().render(hostile(), List.of(formats)).stream()
				.collect(Collectors.toMap(ReportFile::path, ReportFile::text));
	}

	@Test
	void htmlShowsScriptsAsText() {
		String html = render("html").get("report.html");
		assertFalse(html.contains("<script"), "no script element may reach the page");
		assertFalse(html.contains("<b>bold"), "no markup from names");
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
		Document document = Html.parse(html);
		assertTrue(Html.all(document, "script").isEmpty() && Html.all(document, "b").isEmpty());
		String statements = Html.table(document, "item-descriptives").getTextContent();
		assertTrue(statements.contains(SCRIPT), "the text itself is shown as written");
		Element plugin = Html.table(document, "table-kendall-tau-1");
		assertEquals(3, Html.dataRows(plugin).size(), "a plugin's generic table is rendered");
	}

	@Test
	void latexEscapesItsSpecialCharacters() {
		String tex = render("tex").get("report.tex");
		assertTrue(tex.contains("Cost \\$5 \\& 10\\% of\\_budget \\#1 \\{braces\\} \\textbackslash{}input\\{/etc/passwd\\} "
				+ "\\textasciitilde{}\\textasciicircum{}"), tex);
		assertFalse(tex.contains("\\input{/etc/passwd}"), "no command from the data");
		assertTrue(tex.contains("\\textless{}script\\textgreater{}"));
		assertTrue(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"), "booktabs rules");
		assertEquals(count(tex, "\\begin{tabular}") + count(tex, "\\begin{longtable}"),
				count(tex, "\\end{tabular}") + count(tex, "\\end{longtable}"));
	}

	@Test
	void latexEscapeCoversEverySpecialCharacter() {
		assertEquals("\\textbackslash{}\\{\\}\\$\\&\\%\\#\\_\\textasciitilde{}\\textasciicircum{}", Escape.latex("\\{}$&%#_~^"));
		assertEquals("$\\rho$ = .5, $\\alpha$", Escape.latex("ρ = .5, α"));
	}

	@Test
	void markdownEscapesPipesAndMarkup() {
		String md = render("md").get("report.md");
		assertTrue(md.contains("a \\| b \\| c"), "pipes must not split the cell");
		assertFalse(md.contains("<script"), "no raw HTML reaches a Markdown renderer");
		assertTrue(md.contains("&lt;script&gt;"));
		for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
			String unescaped = line.replace("\\|", "");
			assertTrue(unescaped.endsWith("|"), line);
		}
		// every row of a table has as many cells as its header
		List<String> statements = md.lines().dropWhile(l -> !l.contains("Descriptive statistics of the statements"))
				.skip(2).takeWhile(l -> l.startsWith("|")).toList();
		long columns = cells(statements.get(0));
		assertTrue(statements.size() >= 6);
		statements.forEach(l -> assertEquals(columns, cells(l), l));
	}

	@Test
	void csvNeutralisesFormulasButKeepsNumbers() {
		Map<String, String> files = render("csv");
		String statements = files.get("csv/item-descriptives.csv");
		assertTrue(statements.contains("\"'=cmd|' /C calc'!A0\""), statements);
		String plugin = files.get("csv/table-kendall-tau-1.csv");
		List<List<String>> rows = plugin.lines().map(Example::split).toList();
		assertEquals(List.of("Name", "Value"), rows.get(0));
		assertEquals(List.of("'@SUM(1+1)", "-1.5"), rows.get(1));
		assertEquals(List.of("'-2+3", "0.125"), rows.get(2));
		assertTrue(plugin.contains("\r\n\"'@SUM(1+1)\",-1.5\r\n"), "negative numbers stay plain, unquoted numbers");
		String correlations = files.get("csv/correlations.csv");
		assertTrue(correlations.contains(",-0.032,"), correlations);
		assertTrue(correlations.contains("\"'+SUM(A1:A9)\""), correlations);
		assertTrue(files.get("csv/item-descriptives.csv").contains(",-0.25,"), "a negative mean is a number");
	}

	@Test
	void jsonEscapesStrings() {
		String json = render("json").get("results.json");
		Object parsed = MiniJson.parse(json);
		String back = JsonResultsTest.list(JsonResultsTest.map(JsonResultsTest.map(parsed).get("results")).get("descriptives"))
				.stream().map(d -> (String) JsonResultsTest.map(d).get("label")).filter(SCRIPT::equals).findFirst().orElseThrow();
		assertEquals(SCRIPT, back, "texts survive the round trip unchanged");
	}

	@Test
	void escapeUnitRules() {
		assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Escape.html("<a href=\"x\">&'"));
		assertEquals("ok", Escape.html("o\u0000k"), "characters XML forbids are dropped");
		assertEquals("ok", Escape.html("\u0001ok\u001f"), "at either end too");
		assertEquals("Tillit α\t1\n2\r", Escape.html("Tillit α\t1\n2\r"), "tabs and line breaks stay");
		assertEquals("clean text &amp; more", Escape.html("clean text & more"), "escaped after a clean start");
		String clean = "Fellesløsninger";
		assertSame(clean, Escape.html(clean), "a text that needs nothing is not copied");
		assertEquals("\"'=1+1\"", Escape.csvText("=1+1"));
		assertEquals("\"'+1\"", Escape.csvText("+1"));
		assertEquals("\"'-1\"", Escape.csvText("-1"));
		assertEquals("\"'@A1\"", Escape.csvText("@A1"));
		assertEquals("\"a \"\"b\"\", c\"", Escape.csvText("a \"b\", c"));
		assertEquals("\\| \\_x\\_ \\*y\\* &lt;b&gt;", Escape.markdown("| _x_ *y* <b>"));
		assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Escape.json("a\"b\\c\n\u0001"));
	}

	private static long cells(String markdownRow) {
		return markdownRow.replace("\\|", "").chars().filter(c -> c == '|').count() - 1;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}
}
