package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;
import org.junit.jupiter.api.Test;

/**
 * Reports grow with the number of values reported, not faster (regression: report.html was 120 MB for a study of
 * 2,000 statements, 496 MB for 4,000, and out of memory for 10,000): a large correlation matrix is a heat map
 * image plus its CSV table, not a page-wide table with a hover text per cell, and rendering visits each cell once.
 */
class LargeMatrixReportTest {

	private static ReportInput matrixOf(int variables) {
		ResultsFactory f = ResultsFactory.eINSTANCE;
		StudyResults results = f.createStudyResults();
		results.setStudyName("Large");
		results.setStudyFile("large.study");
		CorrelationMatrix matrix = f.createCorrelationMatrix();
		matrix.setMethod("spearman");
		Random random = new Random(7);
		for (int i = 0; i < variables; i++) {
			matrix.getVariables().add("Index_" + i);
		}
		for (int i = 0; i < variables; i++) {
			for (int j = i + 1; j < variables; j++) {
				Correlation c = f.createCorrelation();
				c.setX("Index_" + i);
				c.setY("Index_" + j);
				c.setMethod("spearman");
				c.setN(105);
				c.setCoefficient(random.nextDouble() * 2 - 1);
				c.setP(random.nextDouble());
				c.setTails("two-tailed");
				matrix.getCells().add(c);
			}
		}
		results.setMatrix(matrix);
		return ReportInput.of(results, null);
	}

	private static long size(List<ReportFile> files, String path) {
		return files.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow().content().length;
	}

	@Test
	void aThousandVariableMatrixIsAHeatMapAndACsvTable() {
		ReportInput input = matrixOf(1000);
		List<ReportFile> files = ReportFormats.builtIn().render(input, List.of("html", "md", "csv"));
		long html = size(files, "report.html");
		assertTrue(html < 20L * 1024 * 1024, "report.html has " + html + " bytes");
		String page = new String(files.stream().filter(file -> file.path().equals("report.html")).findFirst().orElseThrow()
				.content(), StandardCharsets.UTF_8);
		assertTrue(page.contains("data:image/png;base64,"), "the heat map is an image");
		assertTrue(page.contains("499500 pairs"), "the page says where the values are");
		assertFalse(page.contains("id=\"table-" + ReportTables.CORRELATION_MATRIX), "no thousand-column table");
		assertTrue(size(files, "report.md") < 1024 * 1024, "report.md");
		// the CSV holds every value: a header and 1,000 rows
		String csv = new String(files.stream().filter(file -> file.path().endsWith(ReportTables.CORRELATION_MATRIX + ".csv"))
				.findFirst().orElseThrow().content(), StandardCharsets.UTF_8);
		assertEquals(1001, csv.lines().count());
	}

	@Test
	void theReportGrowsLinearlyWithTheNumberOfCells() {
		// 4 times the cells must not cost much more than 4 times the bytes (it cost about 16 times before)
		long small = size(ReportFormats.builtIn().render(matrixOf(200), List.of("html")), "report.html");
		long large = size(ReportFormats.builtIn().render(matrixOf(400), List.of("html")), "report.html");
		assertTrue(large < 5 * small, small + " bytes for 200 variables, " + large + " for 400");
	}

	@Test
	void aSmallMatrixKeepsItsTableAndItsHoverTexts() {
		String page = new String(ReportFormats.builtIn().render(matrixOf(12), List.of("html")).get(0).content(),
				StandardCharsets.UTF_8);
		assertFalse(page.contains("data:image/png"), page.length() + " characters");
		assertTrue(page.contains("<svg") && page.contains("p two-tailed = "), "cells keep their provenance on hover");
	}
}
