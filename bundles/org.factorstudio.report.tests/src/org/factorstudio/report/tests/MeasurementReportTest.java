package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.tables.ScreeSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables that analyses lay out themselves follow the number policy by their columns' kinds (APA: ".318",
 * "85.31", "< .001", U+2212) while CSV and JSON keep the full values; the measurement example's reports draw the
 * scree plot of its parallel analysis in HTML (SVG), LaTeX (TikZ, compiling without overfull boxes) and Word
 * (a picture).
 */
class MeasurementReportTest {

	private static ReportInput measurement;

	@BeforeAll
	static void runTheMeasurementExample() {
		Path study = Example.file("municipal-automation-measurement.study");
		LoadedStudy loaded = StudyLoader.create().load(study);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		StudyResults results = AnalysisEngine.builtIn().run(loaded.study(), study, new NullProgressMonitor());
		measurement = ReportInput.of(results, loaded.study());
	}

	private static ResultColumn column(String name, ColumnKind kind) {
		ResultColumn column = ResultsFactory.eINSTANCE.createResultColumn();
		column.setName(name);
		column.setNumeric(kind != ColumnKind.TEXT);
		column.setKind(kind);
		return column;
	}

	private static ResultCell cell(String text, Double number) {
		ResultCell cell = ResultsFactory.eINSTANCE.createResultCell();
		cell.setText(text);
		cell.setNumber(number);
		return cell;
	}

	/** A table as an analysis lays it out, with the analysis's own texts (leading zeros, hyphens, "0.000"). */
	private static ReportInput typed() {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		ResultTable table = ResultsFactory.eINSTANCE.createResultTable();
		table.setAnalysisId("cfa");
		table.setTitle("Typed");
		table.getColumns().addAll(List.of(column("statement", ColumnKind.TEXT), column("loading", ColumnKind.COEFFICIENT),
				column("chi-square", ColumnKind.STATISTIC), column("df", ColumnKind.COUNT), column("SE", ColumnKind.ESTIMATE),
				column("prob", ColumnKind.P), column("estimate", ColumnKind.UNSPECIFIED), column("p", ColumnKind.UNSPECIFIED)));
		ResultRow row = ResultsFactory.eINSTANCE.createResultRow();
		row.getCells().addAll(List.of(cell("q58", null), cell("0.318", 0.31812345678), cell("85.315", 85.31467),
				cell("186", 186.0), cell("0.05", 0.0453219), cell("0.000", 0.000412), cell("0.318", 0.31812345678),
				cell("0.000", 0.000412)));
		ResultRow negative = ResultsFactory.eINSTANCE.createResultRow();
		negative.getCells().addAll(List.of(cell("reversed q14", null), cell("-0.032", -0.0321), cell("not computable", null),
				cell("1", 1.0), cell("-1.5", -1.50004), cell("0.5", 0.5), cell("-0.032", -0.0321), cell("0.5", 0.5)));
		table.getRows().addAll(List.of(row, negative));
		results.getTables().add(table);
		return ReportInput.of(results, null);
	}

	@Test
	void typedColumnsPrintByTheNumberPolicyAndUntypedOnesKeepTheirText() {
		ReportTable table = ReportTables.of(typed()).stream().filter(t -> t.title().equals("Typed")).findFirst()
				.orElseThrow();
		assertEquals(List.of("q58", ".318", "85.31", "186", "0.045", "< .001", "0.318", "< .001"), table.texts().get(0),
				"typed: APA; untyped: the analysis's text, p by its column's name");
		assertEquals(List.of("reversed q14", "\u2212.032", "not computable", "1", "\u22121.500", ".500", "-0.032", ".500"),
				table.texts().get(1));
		assertEquals(0.31812345678, table.rows().get(0).cells().get(1).value());
	}

	@Test
	void csvAndJsonKeepTheFullValues() {
		List<ReportFile> files = ReportFormats.builtIn().render(typed(), List.of("csv", "json"));
		String csv = files.stream().filter(f -> f.path().endsWith(".csv") && f.text().contains("q58")).findFirst()
				.orElseThrow(() -> new AssertionError("no CSV with the table: " + files.stream().map(ReportFile::path).toList()))
				.text();
		assertTrue(csv.contains("0.31812345678") && csv.contains("85.31467") && csv.contains("0.000412"), csv);
		String json = files.stream().filter(f -> f.path().endsWith(".json")).findFirst().orElseThrow().text();
		// JSON writes doubles as Java prints them: 0.000412 is 4.12E-4
		assertTrue(json.contains("0.31812345678") && json.contains("85.31467") && json.contains("4.12E-4"), json);
	}

	@Test
	void theMeasurementTablesOfTheExampleArePrintedTheApaWay() {
		List<ReportTable> tables = ReportTables.of(measurement);
		ReportTable fit = tables.stream().filter(t -> t.title().equals("CFA of the framework: model fit")).findFirst()
				.orElseThrow();
		List<String> texts = fit.texts().get(0);
		// lavaan 0.6.14 fitMeasures() (analysis tests' references.csv): chisq 215.2751211232318, df 186,
		// p 0.069576889583621848, CFI 0.9274852951994893, AIC 3418.2532133189134
		assertEquals("215.28", texts.get(fit.columnIndex("chi-square")));
		assertEquals("186", texts.get(fit.columnIndex("df")));
		assertEquals(".070", texts.get(fit.columnIndex("p")));
		assertEquals(".927", texts.get(fit.columnIndex("CFI")));
		assertEquals("3418.25", texts.get(fit.columnIndex("AIC")));
		ReportTable estimates = tables.stream().filter(t -> t.title().startsWith("CFA of the framework: loadings"))
				.findFirst().orElseThrow();
		int standardized = estimates.columnIndex("standardized");
		int p = estimates.columnIndex("p");
		// lavaan standardizedSolution(): Prosessorientering =~ q58 0.4717026380523156, z large: p < .001
		List<String> q58 = estimates.texts().stream().filter(r -> r.get(3).equals("q58")).findFirst().orElseThrow();
		assertEquals(".472", q58.get(standardized));
		assertEquals("< .001", q58.get(p));
		assertEquals(".472", q58.get(standardized), "no leading zero: a bounded coefficient");
	}

	@Test
	void theScreePlotIsInTheHtmlReport() {
		ScreeSeries scree = ScreeSeries.of(measurement.results()).get(0);
		assertEquals(21, scree.size());
		String html = ReportFormats.builtIn().render(measurement, List.of("html")).get(0).text();
		int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-scree\"");
		assertTrue(start > 0, "the scree plot's SVG");
		String svg = html.substring(start, html.indexOf("</svg>", start));
		assertEquals(4, count(svg, "class=\"scree-line\""), "observed and simulated components and factors");
		// every point has its exact eigenvalue on hover: eigen(cor(x))$values[1] = 6.3477093220635394
		assertEquals(4 * 21, count(svg, ": eigenvalue "));
		assertTrue(svg.contains("components, data 1: eigenvalue " + org.factorstudio.report.tables.NumberPolicy
				.plain(scree.observedComponents()[0])), "the first component");
		assertEquals(6.3477093220635394, scree.observedComponents()[0], 1e-9);
		assertTrue(html.contains(scree.suggestion()), "the suggested counts are said");
		assertTrue(html.contains("Figure") && html.contains(scree.caption()), "a numbered figure with its caption");
	}

	@Test
	void theScreePlotIsInTheWordDocument() throws Exception {
		byte[] docx = ReportFormats.builtIn().render(measurement, List.of("docx")).get(0).content();
		int pictures = 0;
		String document = "";
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("word/media/")) {
					pictures++;
				}
				if (entry.getName().equals("word/document.xml")) {
					document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertTrue(document.contains(ScreeSeries.of(measurement.results()).get(0).caption()), "the scree's caption");
		assertEquals(3, pictures, "correlation bars, heat map and scree plot");
	}

	@Test
	void theScreePlotCompilesInLatexWithoutOverfullBoxes(@TempDir Path dir) throws Exception {
		String tex = ReportFormats.builtIn().render(measurement, List.of("tex")).get(0).text();
		assertTrue(tex.contains("\\label{fig:scree}"), "the scree figure");
		String figure = tex.substring(tex.indexOf("\\label{fig:scree}"));
		figure = figure.substring(0, figure.indexOf("\\end{tikzpicture}"));
		assertEquals(4 * 21 + 4, count(figure, "\\filldraw[draw="), "markers of 21 eigenvalues in 4 series and the legend's 4");
		Files.writeString(dir.resolve("report.tex"), tex, StandardCharsets.UTF_8);
		compile(dir);
		compile(dir);
		String log = Files.readString(dir.resolve("report.log"), StandardCharsets.ISO_8859_1);
		List<String> tooWide = LatexCompileTest.overfull(log).stream()
				.filter(b -> b.points() > LatexCompileTest.MAX_OVERFULL_PT).map(LatexCompileTest.Overfull::line).toList();
		String[] lines = tex.split("\n", -1);
		assertEquals(List.of(), tooWide, () -> tooWide.stream().map(box -> {
			java.util.regex.Matcher at = java.util.regex.Pattern.compile("lines (\\d+)--").matcher(box);
			return at.find() ? box + ": " + lines[Math.min(lines.length, Integer.parseInt(at.group(1))) - 1] : box;
		}).collect(java.util.stream.Collectors.joining("\n")));
	}

	private static void compile(Path dir) throws Exception {
		Process process = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "report.tex")
				.directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("pdflatex.out").toFile())
				.start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "pdflatex finished");
		assertEquals(0, process.exitValue(), () -> {
			try {
				String out = Files.readString(dir.resolve("pdflatex.out"), StandardCharsets.ISO_8859_1);
				return out.substring(Math.max(0, out.length() - 1500));
			} catch (java.io.IOException e) {
				return e.getMessage();
			}
		});
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}
}
