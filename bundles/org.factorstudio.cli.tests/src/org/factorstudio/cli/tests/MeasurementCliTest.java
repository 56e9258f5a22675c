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
 * The measurement analyses on the command line: the example study that asks for polychoric correlations, omega,
 * a CFA and an EFA prints and reports their tables; a wrong parameter value is one clear error.
 */
class MeasurementCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	@Test
	void analyzePrintsAndReportsTheMeasurementTables(@TempDir Path dir) throws IOException {
		Path study = CliTest.example("municipal-automation-measurement.study");
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.toString(), "--format", "json,md,csv"),
				() -> err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Polychoric correlations of Prosessorientering"), printed);
		assertTrue(printed.contains("Reliability per index: alpha, ordinal alpha and omega"), printed);
		assertTrue(printed.contains("CFA of the framework: model fit"), printed);
		assertTrue(printed.contains("CFA of the framework: composite reliability, AVE and HTMT2"), printed);
		assertTrue(printed.contains("Exploratory factor analysis: loadings"), printed);
		assertTrue(printed.contains("Parallel analysis (scree): observed and simulated eigenvalues"), printed);
		int from = printed.indexOf("Polychoric correlations of");
		int to = printed.indexOf("Methods", from);
		String measurement = printed.substring(from, to < 0 ? printed.length() : to);
		assertFalse(measurement.contains("not computable"), "every measurement number is computable here: " + measurement);
		String json = Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8);
		for (String id : new String[] { "polychoric", "omega", "cfa", "efa" }) {
			assertTrue(json.matches("(?s).*\"analysisId\"\\s*:\\s*\"" + id + "\".*"), "results.json has the " + id + " tables");
		}
		String markdown = Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8);
		assertTrue(markdown.contains("CFA of the framework: loadings"), "the Markdown report has the loadings");
		assertTrue(markdown.contains("lavaan::cfa"), "the report names the R function the CFA equals");
		assertTrue(markdown.contains("psych::fa(cor(x), nfactors = 3"),
				"the report names the R function the EFA equals");
	}

	@Test
	void aThresholdRuleThatDoesNotExistIsOneClearError(@TempDir Path dir) throws IOException {
		String text = Files.readString(CliTest.example("municipal-automation-measurement.study"), StandardCharsets.UTF_8)
				.replace("thresholds = item", "thresholds = global")
				.replace("data \"responses.csv\"",
						"data \"" + CliTest.example("responses.csv").toString().replace("\\", "/") + "\"");
		Path study = Files.writeString(dir.resolve("bad.study"), text, StandardCharsets.UTF_8);
		int code = run("analyze", study.toString(), "--out", dir.resolve("out").toString(), "--quiet");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, code);
		String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
		assertTrue(all.contains("thresholds = \"global\"; expected one of item, pair"), all);
		assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
	}
}
