package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.ui.internal.preferences.UiPreferences;
import org.factorstudio.ui.internal.views.CorrelationsView;
import org.factorstudio.ui.internal.views.DescriptivesView;
import org.factorstudio.ui.internal.views.HypothesesView;
import org.factorstudio.ui.internal.views.PartialCorrelationsView;
import org.factorstudio.ui.internal.views.ReliabilityView;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.workflow.StudyRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example study through every surface: the terminal's text, the HTML and Markdown reports, the IDE's views
 * and the JSON. The shared tables are read back from each output (parsed from the text, the HTML and the
 * Markdown, read from the views' widgets), not taken from the model, and must show the same texts cell by cell;
 * the JSON's numbers, printed by the number policy, must be the numbers the views show.
 */
class SurfacesAgreeTest {

	/** The tables every surface shows. */
	private static final List<String> SHARED = List.of(ReportTables.DESCRIPTIVES, ReportTables.RELIABILITY,
			ReportTables.CORRELATIONS, ReportTables.PARTIAL_CORRELATIONS, ReportTables.HYPOTHESES);

	private static StudyRun.Analysed run;
	private static List<ReportTable> model;
	private static String text;
	private static String html;
	private static String markdown;
	private static String json;

	@BeforeAll
	static void renderTheExampleEverywhere() throws Exception {
		Path study = Ui.exampleProject().getLocation().toPath().resolve("municipal-automation.study");
		run = assertInstanceOf(StudyRun.Analysed.class, new StudyRun(AnalysisEngine.fromPlatform()).analyse(study, null, null));
		assertEquals(List.of(), run.errors());
		ReportInput input = run.reportInput();
		model = ReportTables.of(input);
		text = ReportFormats.terminalText(input, 400);
		ReportFormats formats = ReportFormats.builtIn();
		html = content(formats.render(input, List.of("html")));
		markdown = content(formats.render(input, List.of("md")));
		json = content(formats.render(input, List.of("json")));
		// the views with the report's policy: no decimals preference left by another test
		UiPreferences.instanceNode().remove(UiPreferences.DECIMALS);
		UiPreferences.instanceNode().remove(UiPreferences.P_DECIMALS);
		Ui.flush();
	}

	private static String content(List<ReportFile> files) {
		assertEquals(1, files.size());
		return new String(files.get(0).content(), StandardCharsets.UTF_8);
	}

	@Test
	void terminalHtmlMarkdownAndViewsShowTheSameTexts() throws Exception {
		Map<String, List<List<String>>> views = views();
		for (String id : SHARED) {
			ReportTable table = ReportTables.find(model, id);
			List<List<String>> fromText = fromText(table.title());
			List<List<String>> fromHtml = fromHtml(id);
			List<List<String>> fromMarkdown = fromMarkdown(table.title());
			List<List<String>> fromViews = views.get(id);
			assertEquals(table.rows().size(), fromText.size(), id + ": rows in the terminal");
			assertFalse(fromText.isEmpty(), id);
			assertEquals(fromText, fromHtml, id + ": terminal and HTML");
			assertEquals(fromText, fromMarkdown, id + ": terminal and Markdown");
			assertEquals(fromText, fromViews, id + ": terminal and views");
		}
		// not equal by being empty: R 4.2.2 cor.test rho = 0.645394637725853, one-tailed p = 3.5e-10
		List<String> row = fromText(ReportTables.find(model, ReportTables.CORRELATIONS).title()).stream()
				.filter(cells -> cells.get(0).equals("Mål_Om_Digitalisering")).findFirst().orElseThrow();
		assertEquals(List.of("Mål_Om_Digitalisering", "73", ".645", "< .001"), row.subList(0, 4));
	}

	@Test
	void theJsonsNumbersAreTheNumbersShown() throws Exception {
		ReportTable correlations = ReportTables.find(model, ReportTables.CORRELATIONS);
		List<List<String>> shown = views().get(ReportTables.CORRELATIONS);
		int r = correlations.columnIndex("ρ");
		int p = correlations.columnIndex("p");
		int n = correlations.columnIndex("n");
		List<Map<String, String>> fromJson = jsonObjects("dependentCorrelations");
		assertEquals(shown.size(), fromJson.size());
		for (Map<String, String> object : fromJson) {
			List<String> row = shown.stream().filter(cells -> cells.get(0).equals(object.get("x"))).findFirst().orElseThrow();
			assertEquals(NumberPolicy.APA.format(Kind.COEFFICIENT, Double.parseDouble(object.get("coefficient"))), row.get(r),
					object.get("x"));
			assertEquals(NumberPolicy.APA.format(Kind.P, Double.parseDouble(object.get("p"))), row.get(p), object.get("x"));
			assertEquals(object.get("n"), row.get(n), object.get("x"));
		}
	}

	private static Map<String, List<List<String>>> views() throws Exception {
		ResultsService.getDefault().publish(new org.factorstudio.ui.results.AnalysisRun(run.studyFile(), run.study(),
				run.results(), java.time.Instant.now(), run.millis()));
		Map<String, List<List<String>>> views = new LinkedHashMap<>();
		views.put(ReportTables.DESCRIPTIVES, texts(((DescriptivesView) Ui.page().showView(DescriptivesView.ID)).table()));
		views.put(ReportTables.RELIABILITY, texts(((ReliabilityView) Ui.page().showView(ReliabilityView.ID)).indicesTable()));
		views.put(ReportTables.CORRELATIONS, texts(((CorrelationsView) Ui.page().showView(CorrelationsView.ID)).table()));
		views.put(ReportTables.PARTIAL_CORRELATIONS,
				texts(((PartialCorrelationsView) Ui.page().showView(PartialCorrelationsView.ID)).table()));
		views.put(ReportTables.HYPOTHESES, texts(((HypothesesView) Ui.page().showView(HypothesesView.ID)).table()));
		return views;
	}

	/** What the widget shows, item by item. */
	private static List<List<String>> texts(ResultTable table) {
		Ui.flush();
		List<List<String>> rows = new ArrayList<>();
		int columns = table.getTable().getColumnCount();
		for (var item : table.getTable().getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The rows of a table in the terminal's text: cut at the columns of its rule line, group headings left out. */
	private static List<List<String>> fromText(String title) {
		List<String> lines = text.lines().toList();
		int at = lines.indexOf(title);
		assertTrue(at >= 0, "no table " + title + " in the text");
		String rule = lines.get(at + 2);
		assertTrue(rule.strip().startsWith("-"), rule);
		List<int[]> spans = new ArrayList<>();
		Matcher dashes = Pattern.compile("-+").matcher(rule);
		while (dashes.find()) {
			spans.add(new int[] { dashes.start(), dashes.end() });
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = at + 3; i < lines.size() && !lines.get(i).isBlank(); i++) {
			String line = lines.get(i);
			if (!line.startsWith("  ") || line.startsWith("   ") || !line.strip().contains("  ")) {
				continue; // a group heading or a wrapped note
			}
			List<String> cells = new ArrayList<>();
			for (int[] span : spans) {
				cells.add(line.length() <= span[0] ? "" : line.substring(span[0], Math.min(span[1], line.length())).strip());
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<String>> fromHtml(String id) {
		int start = html.indexOf("id=\"table-" + id + "\"");
		assertTrue(start >= 0, "no table " + id + " in the HTML");
		String table = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
		List<List<String>> rows = new ArrayList<>();
		Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
		while (tr.find()) {
			List<String> cells = new ArrayList<>();
			Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
			while (td.find()) {
				cells.add(td.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
						.replace("&amp;", "&"));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<List<String>> fromMarkdown(String title) {
		List<String> lines = markdown.lines().toList();
		int at = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("## Table ") && unescape(lines.get(i)).endsWith(". " + title)) {
				at = i;
			}
		}
		assertTrue(at >= 0, "no table " + title + " in the Markdown");
		List<List<String>> rows = new ArrayList<>();
		// heading, blank, header, alignment, then the rows
		for (int i = at + 4; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String line = lines.get(i);
			List<String> cells = new ArrayList<>();
			for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
				cells.add(unescape(cell.strip()));
			}
			if (!cells.get(0).startsWith("**")) { // a group heading
				rows.add(cells);
			}
		}
		return rows;
	}

	private static String unescape(String markdownText) {
		return markdownText.replaceAll("\\\\([|\\\\*_`\\[\\]#~])", "$1").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&");
	}

	/** The objects of a top-level array of the JSON's results, their scalar fields as text. */
	private static List<Map<String, String>> jsonObjects(String name) {
		int start = json.indexOf("\"" + name + "\"");
		assertTrue(start >= 0, name);
		int open = json.indexOf('[', start);
		List<Map<String, String>> objects = new ArrayList<>();
		int depth = 0;
		int objectStart = -1;
		boolean inString = false;
		for (int i = open; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			if (c == '"') {
				inString = true;
			} else if (c == '[' || c == '{') {
				depth++;
				if (c == '{' && depth == 2) {
					objectStart = i;
				}
			} else if (c == ']' || c == '}') {
				depth--;
				if (c == '}' && depth == 1) {
					objects.add(scalars(json.substring(objectStart, i + 1)));
				}
				if (depth == 0) {
					break;
				}
			}
		}
		return objects;
	}

	/** The top-level scalar fields of one object (nested objects' fields come later and do not replace them). */
	private static Map<String, String> scalars(String object) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher field = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9][0-9.eE+-]*)").matcher(object);
		while (field.find()) {
			fields.putIfAbsent(field.group(1), field.group(3) != null ? field.group(3) : field.group(2));
		}
		return fields;
	}
}
