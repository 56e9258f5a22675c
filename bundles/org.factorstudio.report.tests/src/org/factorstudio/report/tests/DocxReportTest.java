package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example's report.docx read back with Apache POI: every table a Word table, the numbers those of R. */
class DocxReportTest {

	private static ReportFile docx;

	@BeforeAll
	static void render() {
		List<ReportFile> files = ReportFormats.builtIn().render(Example.input(), List.of("docx"));
		assertEquals(1, files.size());
		docx = files.get(0);
		assertEquals("report.docx", docx.path());
	}

	private static XWPFDocument open() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx.content()));
	}

	@Test
	void everyTableOfTheReportIsAWordTableWithItsHeaderAndRows() throws IOException {
		List<ReportTable> expected = ReportTables.forDocuments(Example.input());
		try (XWPFDocument document = open()) {
			List<XWPFTable> tables = document.getTables();
			assertEquals(expected.size(), tables.size(), "one Word table per report table");
			for (int t = 0; t < expected.size(); t++) {
				ReportTable table = expected.get(t);
				XWPFTable word = tables.get(t);
				assertEquals(table.columns().stream().map(ReportTable.Column::name).toList(),
						word.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList(), table.id());
				long groups = table.rows().stream().map(ReportTable.Row::group).filter(g -> g != null).distinct().count();
				assertEquals(1 + table.rows().size() + groups, word.getNumberOfRows(), table.id() + ": header, group headings, rows");
			}
		}
	}

	@Test
	void theCorrelationsAreRsValues() throws IOException {
		Map<String, Map<String, String>> reference = Example.reference("spearman_vs_automatisering.csv").stream()
				.filter(r -> r.get("rule").equals("all")).collect(Collectors.toMap(r -> r.get("index_variable"), r -> r));
		try (XWPFDocument document = open()) {
			XWPFTable correlations = document.getTables().stream()
					.filter(t -> t.getRow(0).getCell(0).getText().equals("Factor") && t.getRow(0).getCell(2).getText().equals("ρ"))
					.findFirst().orElse(null);
			assertNotNull(correlations, "the table of correlations with Automatisering");
			int checked = 0;
			for (XWPFTableRow row : correlations.getRows()) {
				Map<String, String> ref = reference.get(row.getCell(0).getText());
				if (ref == null || row.getTableCells().size() < 4) {
					continue;
				}
				// R 4.2.2 cor(rank(x), rank(y)) pairwise (expected/spearman_vs_automatisering.csv), shown to 3 decimals; p one-tailed
				// in the hypothesised (positive) direction: cor.test(alternative = "greater"), p_greater
				assertEquals(ref.get("n"), row.getCell(1).getText(), ref.get("index_variable"));
				assertEquals(apa(Double.parseDouble(ref.get("rho")), 3), row.getCell(2).getText(), ref.get("index_variable"));
				double p = Double.parseDouble(ref.get("p_greater"));
				assertEquals(p < 0.001 ? "< .001" : apa(p, 3), row.getCell(3).getText(), ref.get("index_variable"));
				checked++;
			}
			assertEquals(17, checked, "every factor");
		}
	}

	@Test
	void theTextHasTheMethodsTheApaSentencesAndTheFigures() throws IOException {
		try (XWPFDocument document = open()) {
			List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(paragraphs.contains("Method"));
			assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("Index variables are the means")), "the methods paragraph");
			// R 4.2.2: rho = 0.645394637725853, n = 73, df = 71
			assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("H5 (Mål_Om_Digitalisering with Automatisering, positive) was"
					+ " supported, rs(71) = .65, p < .001")), "H5 as an APA sentence");
			assertEquals(2, document.getAllPictures().size(), "the bar chart and the heat map");
		}
	}

	/** APA: fixed decimals without the leading zero. */
	static String apa(double value, int decimals) {
		String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
		return text.startsWith("0.") ? text.substring(1) : text.startsWith("-0.") ? "\u2212" + text.substring(2) : text.replace("-", "\u2212");
	}
}
