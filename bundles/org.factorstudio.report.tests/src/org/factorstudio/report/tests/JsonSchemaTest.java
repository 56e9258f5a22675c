package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.MissingShare;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.junit.jupiter.api.Test;

/**
 * docs/results-schema.md is the contract of results.json: every object of the file has exactly the fields
 * its section lists. A change to the results model shows up here, so the page is updated with it (and
 * {@code schemaVersion} raised when a field goes away or changes meaning).
 */
class JsonSchemaTest {

	private static final Pattern HEADING = Pattern.compile("^#{2,3} `?([A-Za-z ]+?)`?( \\(.*\\))?$");
	private static final Pattern FIELD = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

	@Test
	void everyObjectHasExactlyTheDocumentedFields() throws IOException {
		Map<String, List<String>> documented = documentedFields();
		Map<String, List<Map<String, Object>>> samples = samples(render());
		assertEquals(documented.keySet(), samples.keySet(), "sections of docs/results-schema.md");
		for (Map.Entry<String, List<String>> section : documented.entrySet()) {
			List<Map<String, Object>> objects = samples.get(section.getKey());
			assertFalse(objects.isEmpty(), "no " + section.getKey() + " object in the JSON to check");
			for (Map<String, Object> object : objects) {
				assertEquals(section.getValue(), List.copyOf(object.keySet()),
						section.getKey() + ": fields (in order) differ from docs/results-schema.md");
			}
		}
	}

	/** The section headings of the page with the backticked names of their tables' first column. */
	static Map<String, List<String>> documentedFields() throws IOException {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String current = null;
		for (String line : Files.readAllLines(Example.repository().resolve("docs/results-schema.md"), StandardCharsets.UTF_8)) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				current = heading.group(1);
				continue;
			}
			Matcher field = FIELD.matcher(line);
			if (current != null && field.find()) {
				sections.computeIfAbsent(current, k -> new ArrayList<>()).add(field.group(1));
			}
		}
		assertTrue(sections.size() > 20, "sections found: " + sections.keySet());
		return sections;
	}

	/** The example's results with one of each object the example lacks (problems, plugin tables, bad cells). */
	private static Map<String, Object> render() {
		ResultsFactory f = ResultsFactory.eINSTANCE;
		StudyResults results = EcoreUtil.copy(Example.input().results());
		CellProblem cell = f.createCellProblem();
		cell.setRow(348);
		cell.setColumn("q45");
		cell.setValue("55");
		results.getImportReport().getCellProblems().add(cell);
		MissingShare share = f.createMissingShare();
		share.setName("q01");
		results.getImportReport().getItemMissing().add(share);
		Problem problem = f.createProblem();
		problem.setSeverity(Severity.WARNING);
		problem.setMessage("a warning");
		results.getProblems().add(problem);
		ResultTable table = f.createResultTable();
		table.setAnalysisId("kendall");
		ResultColumn column = f.createResultColumn();
		column.setName("tau");
		column.setNumeric(true);
		table.getColumns().add(column);
		ResultRow row = f.createResultRow();
		ResultCell value = f.createResultCell();
		value.setNumber(0.5);
		row.getCells().add(value);
		table.getRows().add(row);
		table.setProvenance(f.createProvenance());
		results.getTables().add(table);
		String json = ReportFormats.builtIn().render(ReportInput.of(results, Example.input().study()), List.of("json")).get(0)
				.text();
		return JsonResultsTest.map(MiniJson.parse(json));
	}

	private static Map<String, List<Map<String, Object>>> samples(Map<String, Object> root) {
		Map<String, List<Map<String, Object>>> samples = new LinkedHashMap<>();
		Map<String, Object> study = JsonResultsTest.map(root.get("study"));
		Map<String, Object> results = JsonResultsTest.map(root.get("results"));
		Map<String, Object> importReport = JsonResultsTest.map(results.get("importReport"));
		add(samples, "Top level", List.of(root));
		add(samples, "study", List.of(study));
		add(samples, "area", objects(study.get("areas")));
		add(samples, "factor", objects(study.get("areas")).stream().flatMap(a -> objects(a.get("factors")).stream()).toList());
		add(samples, "hypothesis", objects(study.get("hypotheses")));
		add(samples, "plan", List.of(JsonResultsTest.map(study.get("plan"))));
		add(samples, "results", List.of(results));
		add(samples, "importReport", List.of(importReport));
		add(samples, "exclusion", objects(importReport.get("exclusions")));
		add(samples, "cellProblem", objects(importReport.get("cellProblems")));
		List<Map<String, Object>> shares = new ArrayList<>(objects(importReport.get("itemMissing")));
		shares.addAll(objects(importReport.get("respondentMissing")));
		add(samples, "missingShare", shares);
		List<Map<String, Object>> descriptives = objects(results.get("descriptives"));
		add(samples, "descriptives", descriptives);
		add(samples, "frequency", descriptives.stream().flatMap(d -> objects(d.get("frequencies")).stream()).toList());
		List<Map<String, Object>> reliabilities = objects(results.get("reliabilities"));
		add(samples, "reliability", reliabilities);
		add(samples, "itemReliability", reliabilities.stream().flatMap(r -> objects(r.get("items")).stream()).toList());
		Map<String, Object> matrix = JsonResultsTest.map(results.get("matrix"));
		List<Map<String, Object>> correlations = new ArrayList<>(objects(results.get("dependentCorrelations")));
		correlations.addAll(objects(matrix.get("cells")));
		add(samples, "correlation", correlations);
		add(samples, "matrix", List.of(matrix));
		List<Map<String, Object>> partials = objects(results.get("partialCorrelations"));
		add(samples, "partialCorrelation", partials);
		add(samples, "hypothesisOutcome", objects(results.get("hypotheses")));
		add(samples, "problem", objects(results.get("problems")));
		List<Map<String, Object>> tables = objects(results.get("tables"));
		add(samples, "resultTable", tables);
		add(samples, "resultColumn", tables.stream().flatMap(t -> objects(t.get("columns")).stream()).toList());
		List<Map<String, Object>> rows = tables.stream().flatMap(t -> objects(t.get("rows")).stream()).toList();
		add(samples, "resultRow", rows);
		add(samples, "resultCell", rows.stream().flatMap(r -> objects(r.get("cells")).stream()).toList());
		List<Map<String, Object>> provenances = new ArrayList<>();
		for (List<Map<String, Object>> owners : List.of(descriptives, reliabilities, correlations, partials, tables)) {
			for (Map<String, Object> owner : owners) {
				if (owner.get("provenance") != null) {
					provenances.add(JsonResultsTest.map(owner.get("provenance")));
				}
			}
		}
		add(samples, "provenance", provenances);
		return samples;
	}

	private static void add(Map<String, List<Map<String, Object>>> samples, String section, List<Map<String, Object>> objects) {
		samples.put(section, objects);
	}

	private static List<Map<String, Object>> objects(Object array) {
		return JsonResultsTest.list(array).stream().map(JsonResultsTest::map).toList();
	}
}
