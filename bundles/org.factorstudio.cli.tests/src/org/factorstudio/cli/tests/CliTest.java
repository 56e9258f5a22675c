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
		assertTrue(printed.matches("(?s).*Rows read\\s+105\\s.*Rows kept\\s+105\\s.*"), printed);
		// the tables of the report, by its number policy: M and SD two decimals, r and p APA
		assertTrue(printed.matches("(?s).*Automatisering\\s+\\d+\\s+73\\s+\\d+\\s+3\\.47\\s+0\\.67\\s.*"), printed);
		assertTrue(printed.matches("(?s).*Mål_Om_Digitalisering\\s+73\\s+\\.645\\s+< \\.001\\s.*"), printed);
		assertTrue(printed.contains("Partial correlations with Automatisering"), printed);
		assertTrue(printed.contains("controlling for the other 16 factors"), printed);
		assertTrue(printed.matches("(?s).*H13\\s+Ressursbegrensninger.*"), printed);
		assertTrue(Files.isRegularFile(dir.resolve("results.xmi")));
	}

	@Test
	void outDashWritesTheOneFormatToStandardOutputAndNothingElse(@TempDir Path dir) throws IOException {
		Path study = dir.resolve("municipal-automation.study");
		Files.copy(example("municipal-automation.study"), study);
		Files.copy(example("responses.csv"), dir.resolve("responses.csv"));
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--format", "json", "--out", "-"), err());
		String json = out().strip();
		assertTrue(json.startsWith("{") && json.endsWith("}"), "only the JSON on standard output: " + out());
		assertTrue(json.contains("\"Mål_Om_Digitalisering\""), json);
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no report folder is written");
		}
	}

	@Test
	void outDashTakesExactlyOneFormatOfOneFile() {
		String study = example("municipal-automation.study").toString();
		assertEquals(ExitCode.USAGE, run("analyze", study, "--out", "-"));
		assertTrue(err().contains("--out - writes one format to standard output"), err());
		assertEquals(ExitCode.USAGE, run("analyze", study, "--out", "-", "--format", "html,json"));
		assertTrue(err().contains("given: html, json"), err());
		assertEquals(ExitCode.USAGE, run("analyze", study, "--out", "-", "--format", "csv"));
		assertTrue(err().contains("the csv format writes several files"), err());
		assertTrue(err().lines().noneMatch(line -> line.contains(": warning: ")),
				"refused before the study is even loaded (its warnings would be here): " + err());
		assertEquals("", out(), "nothing on standard output");
	}

	@Test
	void analyzeStopsWithOneClearMessageOnTheRawExportsBadValue(@TempDir Path dir) throws IOException {
		Path previous = dir.resolve("results.xmi");
		Files.writeString(previous, "previous results");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS,
				run("analyze", example("municipal-automation-raw.study").toString(), "--out", dir.toString()));
		assertTrue(out().matches("(?s).*Rows read\\s+420\\s.*Rows kept\\s+105\\s.*"), out());
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
