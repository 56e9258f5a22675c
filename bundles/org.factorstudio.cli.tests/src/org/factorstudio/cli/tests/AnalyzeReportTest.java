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
import java.util.List;
import java.util.stream.Stream;

import org.factorstudio.cli.Cli;
import org.factorstudio.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} writing reports: each exit code (0 ok, 1 study errors, 1 data errors, 1 report not
 * writable, 2 usage) and each bad input path, each with one clear line on stderr and no stack trace.
 */
class AnalyzeReportTest {

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

	private static String example() {
		return CliTest.example("municipal-automation.study").toString();
	}

	/** What standard error says beyond the study's warnings (the example has statements in no index). */
	private List<String> errorLines() {
		return err().lines().filter(line -> !line.contains(": warning: ")).toList();
	}

	private void assertNoStackTrace() {
		assertFalse(err().contains("\tat ") || err().contains("Exception"), err());
	}

	@Test
	void writesTheHtmlAndJsonReportsAndTheResultsModelByDefault(@TempDir Path dir) {
		assertEquals(ExitCode.OK, run("analyze", example(), "--out", dir.toString()), err());
		assertTrue(Files.isRegularFile(dir.resolve("report.html")));
		assertTrue(Files.isRegularFile(dir.resolve("results.json")));
		assertTrue(Files.isRegularFile(dir.resolve("results.xmi")));
		assertFalse(Files.exists(dir.resolve("report.md")), "Markdown only when asked for");
		assertTrue(out().contains("Report: " + dir.resolve("report.html")), out());
		assertTrue(out().contains("Written to " + dir + ": report.html, results.json, results.xmi"), out());
		// only the example's one warning line for its 11 statements in no index
		assertEquals(List.of(), errorLines(), err());
		assertEquals(1, err().lines().count(), err());
	}

	@Test
	void writesEveryChosenFormat(@TempDir Path dir) throws IOException {
		assertEquals(ExitCode.OK, run("analyze", example(), "--out", dir.toString(), "--format", "md,tex,csv", "--quiet"), err());
		assertTrue(Files.readString(dir.resolve("report.md")).contains("| Mål\\_Om\\_Digitalisering | 73 | .645 |"));
		assertTrue(Files.readString(dir.resolve("report.tex")).contains("\\toprule"));
		assertTrue(Files.isRegularFile(dir.resolve("csv/correlations.csv")));
		assertFalse(Files.exists(dir.resolve("report.html")), "only the chosen formats");
		assertFalse(out().contains("Descriptive statistics of the index variables"), "--quiet prints no tables");
		assertTrue(out().contains("csv/ ("), out());
	}

	@Test
	void timingsSayWhereTheRunWentOnStandardErrorOnly(@TempDir Path dir) {
		assertEquals(ExitCode.OK, run("analyze", example(), "--out", dir.toString(), "--quiet", "--timings"), err());
		List<String> timed = err().lines().filter(line -> line.matches(".*\\S\\s+\\d+ ms")).toList();
		// start-up, loading, the import, the index variables, the analyses, writing, the whole process
		for (String phase : List.of("start-up before the command", "Loading municipal-automation.study",
				"Importing ", "Computing index variables", "Writing html, json and results.xmi", "whole process")) {
			assertTrue(timed.stream().anyMatch(line -> line.startsWith(phase)), phase + " missing in:\n" + err());
		}
		assertTrue(timed.size() >= 8, err());
		assertFalse(out().contains(" ms"), out());
	}

	@Test
	void allMeansEveryInstalledFormat(@TempDir Path dir) {
		assertEquals(ExitCode.OK, run("analyze", example(), "--out=" + dir, "--format=all", "-q"), err());
		for (String file : List.of("report.html", "report.md", "report.tex", "results.json", "csv/hypotheses.csv", "results.xmi",
				"report.docx", "codebook.html")) {
			assertTrue(Files.isRegularFile(dir.resolve(file)), file);
		}
	}

	@Test
	void withoutOutTheReportGoesNextToTheStudy(@TempDir Path dir) throws IOException {
		Path study = dir.resolve("municipal-automation.study");
		Files.copy(Path.of(example()), study);
		Files.copy(CliTest.example("responses.csv"), dir.resolve("responses.csv"));
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--quiet"), err());
		Path folder = dir.resolve("municipal-automation-report");
		assertTrue(Files.isRegularFile(folder.resolve("report.html")), out());
		assertTrue(Files.isRegularFile(folder.resolve("results.xmi")));
	}

	@Test
	void anUnknownFormatIsAUsageErrorNamingTheKnownOnes(@TempDir Path dir) {
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--out", dir.toString(), "--format", "html,xlsx"));
		assertTrue(err().startsWith("factorstudio: unknown report format 'xlsx' (known: "), err());
		for (String known : List.of("html", "md", "tex", "csv", "json", "docx", "codebook")) {
			assertTrue(err().lines().findFirst().get().contains(known), err());
		}
		assertNoStackTrace();
		assertEquals(List.of(), files(dir), "nothing is analysed or written");
	}

	@Test
	void badCommandLinesAreUsageErrors(@TempDir Path dir) throws IOException {
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--format"));
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--format", ","));
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--out", "--quiet"));
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--colour"));
		assertTrue(err().contains("unknown option '--colour' for analyze"), err());
		Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
		err.reset();
		assertEquals(ExitCode.USAGE, run("analyze", example(), "--out", file.toString()));
		assertTrue(err().startsWith("factorstudio: --out " + file + " is a file, not a folder"), err());
		assertNoStackTrace();
	}

	@Test
	void helpDocumentsTheReportOptions() {
		assertEquals(ExitCode.OK, run("--help"));
		assertTrue(out().contains("--format LIST") && out().contains("default html,json") && out().contains("-report"), out());
		assertTrue(out().contains("Exit codes: 0 ok, 1 errors in the study or its data"), out());
	}

	@Test
	void aMissingStudyFileIsOneClearLine(@TempDir Path dir) {
		Path missing = dir.resolve("nothing.study");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", missing.toString(), "--out", dir.resolve("out").toString()));
		assertEquals(missing + ": error: study file does not exist", err().strip());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void aFolderGivenAsTheStudyIsOneClearLine(@TempDir Path dir) {
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", dir.toString(), "--out", dir.resolve("out").toString()));
		List<String> lines = errorLines();
		assertEquals(1, lines.size(), err());
		assertTrue(lines.get(0).startsWith(dir + ": error: "), err());
		assertNoStackTrace();
	}

	@Test
	void studyErrorsStopBeforeAnyReport(@TempDir Path dir) throws IOException {
		Path study = dir.resolve("broken.study");
		Files.writeString(study, """
				study Broken
				indicators {
					q1 "one"
				}
				index A = q1, q2
				""", StandardCharsets.UTF_8);
		Path reportDir = dir.resolve("report");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", reportDir.toString()));
		assertTrue(err().contains(study + ":5:15: error: "), err());
		assertFalse(Files.exists(reportDir), "no report for a broken study");
	}

	@Test
	void dataErrorsLeaveThePreviousReportIntact(@TempDir Path dir) throws IOException {
		org.factorstudio.report.ReportWriter.write(dir, List.of(org.factorstudio.report.ReportFile.text("report.html", "previous report"),
				org.factorstudio.report.ReportFile.text("results.json", "previous json")));
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS,
				run("analyze", CliTest.example("municipal-automation-raw.study").toString(), "--out", dir.toString()));
		assertEquals(1, errorLines().size(), err());
		assertTrue(err().contains("q45") && err().contains("55 is outside the range 1..5"), err());
		assertEquals("previous report", Files.readString(dir.resolve("report.html")));
		assertEquals("previous json", Files.readString(dir.resolve("results.json")));
		assertFalse(Files.exists(dir.resolve("results.xmi")));
	}

	@Test
	void anUnwritableReportFolderIsOneClearLine(@TempDir Path dir) throws IOException {
		// a folder below a regular file cannot be created, whoever runs the test (root ignores permissions)
		Path blocker = Files.writeString(dir.resolve("blocker"), "x");
		Path out = blocker.resolve("report");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", example(), "--out", out.toString(), "--quiet"));
		List<String> lines = errorLines();
		assertEquals(1, lines.size(), err());
		assertTrue(lines.get(0).startsWith(out + ": error: could not write the report: "), lines.get(0));
		assertEquals(1, lines.get(0).split(java.util.regex.Pattern.quote(out.toString()), -1).length - 1,
				"the folder is named once: " + lines.get(0));
		assertNoStackTrace();
		assertEquals("x", Files.readString(blocker));
	}

	private static List<Path> files(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
