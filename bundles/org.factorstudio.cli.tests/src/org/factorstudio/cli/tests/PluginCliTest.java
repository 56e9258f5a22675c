package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A plugin's analysis on the command line: with the bootstrap example plugin installed (this test bundle requires
 * it), {@code analyze} prints and reports its intervals; a study asking for an analysis no plugin provides gets one
 * clear error naming it.
 */
class PluginCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	@Test
	void analyzePrintsAndReportsTheBootstrapIntervals(@TempDir Path dir) throws IOException {
		Path study = CliTest.example("municipal-automation-bootstrap.study");
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.toString(), "--format", "json,md"),
				() -> err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Bootstrap 95% confidence intervals"), printed);
		// the plugin's rho column is a bounded coefficient: printed the APA way, without the leading zero
		assertTrue(printed.matches("(?s).*Mål_Om_Digitalisering\\s+\\S+\\s+\\d+\\s+\\.645\\s.*"), printed);
		String json = Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"analysisId\" : \"bootstrap\"") || json.contains("\"analysisId\": \"bootstrap\""),
				"the JSON report has the plugin's table");
		assertTrue(Files.readString(dir.resolve("report.md"), StandardCharsets.UTF_8).contains("Bootstrap 95%"));
	}

	@Test
	void anAnalysisNoPluginProvidesIsAValidationErrorNamingIt(@TempDir Path dir) throws IOException {
		String text = Files.readString(CliTest.example("municipal-automation-bootstrap.study"), StandardCharsets.UTF_8)
				.replace("run bootstrap(replicates = 2000, seed = 42)", "run jackknife(replicates = 2000)")
				.replace("data \"responses.csv\"",
						"data \"" + CliTest.example("responses.csv").toString().replace("\\", "/") + "\"");
		Path study = Files.writeString(dir.resolve("jackknife.study"), text, StandardCharsets.UTF_8);
		int line = text.substring(0, text.indexOf("run jackknife")).split("\n", -1).length;
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", study.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains(study + ":" + line + ":"), printed);
		assertTrue(printed.contains("error: No installed plugin provides the analysis 'jackknife'"), printed);
		assertTrue(printed.contains("bootstrap"), "the message lists what is installed: " + printed);
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", dir.resolve("out").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("'jackknife'"), err.toString(StandardCharsets.UTF_8));
	}
	@Test
	void anSpssFileIsReadThroughTheImporterPlugin(@TempDir Path dir) throws IOException {
		// the raw export as SPSS wrote it (fixture made by PSPP from responses-raw-export.csv)
		Path sav = CliTest.example("municipal-automation-raw.study").getParent().getParent().getParent()
				.resolve("bundles/org.factorstudio.examples.spss.tests/fixtures/raw-export.sav");
		String text = Files.readString(CliTest.example("municipal-automation-raw.study"), StandardCharsets.UTF_8)
				.replace("data \"responses-raw-export.csv\"", "data \"" + sav.toString().replace("\\", "/") + "\"")
				.replace("\tdelimiter \";\"\n", "");
		Path study = Files.writeString(dir.resolve("sav.study"), text, StandardCharsets.UTF_8);
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", dir.resolve("out").toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.matches("(?s).*Format\\s+sav.*"), printed);
		assertTrue(printed.matches("(?s).*Rows read\\s+420\\s.*Rows kept\\s+105\\s.*"), printed);
		String error = err.toString(StandardCharsets.UTF_8);
		assertTrue(error.contains("q45") && error.contains("1347") && error.contains("55"), error);
	}
}
