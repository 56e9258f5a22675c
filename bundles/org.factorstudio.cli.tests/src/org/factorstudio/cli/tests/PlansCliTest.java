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

/** {@code analyze} on the example with three plans prints the robustness table; {@code validate} words syntax errors. */
class PlansCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	@Test
	void analyzePrintsEveryPlanAndTheRobustnessTable(@TempDir Path dir) throws IOException {
		assertEquals(ExitCode.OK, run("analyze", CliTest.example("municipal-automation-plans.study").toString(), "--out",
				dir.toString(), "--format", "html,json"), err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("Robustness: each hypothesis under every plan"), printed);
		assertTrue(printed.contains("Plan 'listwise': correlations with Automatisering"), printed);
		assertTrue(printed.contains("Plan 'pearson_controls': partial correlations with Automatisering"), printed);
		assertTrue(printed.contains("CHANGES: supported under"), printed);
		String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("Robustness: each hypothesis under every plan"), "the report holds the robustness table");
		assertTrue(html.contains("leadership"), "the report names the declared family");
	}

	@Test
	void validateWordsSyntaxErrors(@TempDir Path dir) throws IOException {
		Path study = dir.resolve("typo.study");
		Files.writeString(study, """
				study Typo
				indicators {
					q1 "one"
				}
				index A = q1
				dependent A
				analysis { correction Holm }
				""", StandardCharsets.UTF_8);
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", study.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains(study + ":7:23: error: Unexpected 'Holm' after 'correction': expected one of none,"
				+ " bonferroni, holm, benjamini-hochberg (keywords are lower case: write 'holm')"), printed);
	}
}
