package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factorstudio.cli.Cli;
import org.factorstudio.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background analyses on the command line: the example study that asks for frequencies, group comparisons
 * and the regression prints and reports their tables; a group column that is not declared is one clear error.
 */
class GroupsCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	@Test
	void analyzePrintsAndReportsTheBackgroundTables(@TempDir Path dir) throws IOException {
		Path study = CliTest.example("municipal-automation-groups.study");
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.toString(), "--format", "json,md,csv"),
				() -> err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Frequencies of county"), printed);
		assertTrue(printed.contains("Østfold"), "the county labels are printed");
		assertTrue(printed.contains("Index variables by county: Kruskal-Wallis tests"), printed);
		assertTrue(printed.contains("Index variables by population_band: n, mean, SD, median per group"), printed);
		assertTrue(printed.contains("Regression of Automatisering on the factors: coefficients"), printed);
		String json = Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8);
		for (String id : new String[] { "background", "group_comparison", "regression" }) {
			assertTrue(json.matches("(?s).*\"analysisId\"\\s*:\\s*\"" + id + "\".*"), "results.json has the " + id + " tables");
		}
		assertTrue(json.contains("\"ciLower\""), "partial correlations carry their interval");
		String markdown = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("kruskal.test"), "the report names the R function the test equals");
		assertTrue(markdown.contains("summary(lm())"), "the report names the R function the regression equals");
	}

	@Test
	void anUndeclaredGroupColumnIsOneClearError(@TempDir Path dir) throws IOException {
		String text = Files.readString(CliTest.example("municipal-automation-groups.study"), StandardCharsets.UTF_8)
				.replace("by = \"county, population_band\"", "by = kommune")
				.replace("data \"responses.csv\"",
						"data \"" + CliTest.example("responses.csv").toString().replace("\\", "/") + "\"");
		Path study = Files.writeString(dir.resolve("bad.study"), text, StandardCharsets.UTF_8);
		int code = run("analyze", study.toString(), "--out", dir.resolve("out").toString(), "--quiet");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, code);
		String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertTrue(all.contains("names the column 'kommune', which the data block does not declare as background"), all);
		assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
	}
}
