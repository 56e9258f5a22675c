package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.cli.Cli;
import org.factorstudio.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheBundleVersion() {
		assertEquals(ExitCode.OK, run("--version"));
		assertTrue(out().matches("FactorStudio \\d+\\.\\d+\\.\\d+.*\\R"), out());
	}

	@Test
	void noArgumentsOrAnUnknownCommandIsAUsageError() {
		assertEquals(ExitCode.USAGE, run());
		assertEquals(ExitCode.USAGE, run("frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'"), err());
	}

	@Test
	void validateReportsEachProblemAsFileLineColumn(@TempDir Path dir) throws IOException {
		Path study = dir.resolve("broken.study");
		Files.writeString(study, """
				study Broken
				indicators {
					q1 "one"
				}
				index A = q1, q2
				""", StandardCharsets.UTF_8);
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", study.toString()));
		assertTrue(out().contains(study + ":5:15: error: "), out());
	}

	static Path example(String file) {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		return candidate.resolve("examples/municipal-automation").resolve(file);
	}

	@Test
	void analyzePrintsTheTablesOfTheExample(@TempDir Path dir) {
		assertEquals(ExitCode.OK, run("analyze", example("municipal-automation.study").toString(), "--out", dir.toString()),
				err());
		String printed = out();
		assertTrue(printed.contains("105 rows read, 105 kept, 0 excluded"), printed);
		assertTrue(printed.matches("(?s).*Automatisering\\s+73\\s+3\\.4658\\s+0\\.67417.*"), printed);
		assertTrue(printed.matches("(?s).*Mål_Om_Digitalisering\\s+73\\s+0\\.645\\s+<\\.0001.*"), printed);
		assertTrue(printed.contains("Partial correlations with Automatisering, controlling for the other 16 factors"), printed);
		assertTrue(printed.contains("H13  Ressursbegrensninger"), printed);
		assertTrue(Files.isRegularFile(dir.resolve("results.xmi")));
	}

	@Test
	void analyzeStopsWithOneClearMessageOnTheRawExportsBadValue(@TempDir Path dir) throws IOException {
		Path previous = dir.resolve("results.xmi");
		Files.writeString(previous, "previous results");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS,
				run("analyze", example("municipal-automation-raw.study").toString(), "--out", dir.toString()));
		assertTrue(out().contains("420 rows read, 105 kept, 315 excluded"), out());
		List<String> errors = err().lines().filter(line -> !line.contains(": warning: ")).toList();
		assertEquals(1, errors.size(), err());
		assertTrue(errors.get(0).contains(":348: error: ") && errors.get(0).contains("q45")
				&& errors.get(0).contains("(respondent 1347): 55 is outside the range 1..5"), errors.get(0));
		assertEquals("previous results", Files.readString(previous), "a failed run must not replace earlier results");
	}

	@Test
	void analyzeUsageErrors() {
		assertEquals(ExitCode.USAGE, run("analyze"));
		assertEquals(ExitCode.USAGE, run("analyze", "x.study", "--bogus"));
		assertEquals(ExitCode.USAGE, run("analyze", "x.study", "--out"));
		assertEquals(ExitCode.USAGE, run("validate", "a.study", "b.study"));
	}

	@Test
	void aMissingStudyFileIsOneClearLine(@TempDir Path dir) {
		Path missing = dir.resolve("nothing.study");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", missing.toString()));
		assertEquals(missing + ": error: study file does not exist", out().strip());
	}
}
