package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.factorstudio.cli.Cli;
import org.factorstudio.cli.ExitCode;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.spi.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unlucky input on the command line: nothing of the user's is deleted, every failure ends in a
 * non-zero exit with one line, {@code validate} rejects what {@code analyze} rejects, and {@code --quiet} hides
 * tables, never warnings. Each test is a regression of a failure found by trying FactorStudio as a user would.
 */
class HostileInputCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return run(ReportFormats.builtIn(), args);
	}

	private int run(ReportFormats formats, String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				formats).run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The example study in {@code folder}, reading its data from {@code dataPath} (relative to the study). */
	private static Path exampleCopy(Path folder, String dataPath) throws IOException {
		String text = Files.readString(CliTest.example("municipal-automation.study"), StandardCharsets.UTF_8)
				.replace("data \"responses.csv\"", "data \"" + dataPath + "\"");
		Path data = folder.resolve(dataPath);
		Files.createDirectories(data.getParent());
		Files.copy(CliTest.example("responses.csv"), data);
		return Files.writeString(folder.resolve("study.study"), text, StandardCharsets.UTF_8);
	}

	@Test
	void outAtTheProjectFolderDeletesNothing(@TempDir Path project) throws IOException {
		// regression: --out at the project folder deleted csv/responses.csv, the survey data, and exited 0
		Path study = exampleCopy(project, "csv/responses.csv");
		byte[] data = Files.readAllBytes(project.resolve("csv/responses.csv"));
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", project.toString(), "--format", "csv"));
		assertTrue(err().contains("choose another folder") && err().contains(project.toString()), err());
		assertEquals(List.of("csv", "study.study"), names(project));
		assertEquals(List.of("responses.csv"), names(project.resolve("csv")));
		assertTrue(java.util.Arrays.equals(data, Files.readAllBytes(project.resolve("csv/responses.csv"))));
	}

	@Test
	void aReportFolderHoldingTheDataFileIsRefused(@TempDir Path dir) throws IOException {
		// a folder that an earlier run wrote, into which the user then saved the data under a report file's name
		Path report = dir.resolve("report");
		assertEquals(ExitCode.OK, run("analyze", exampleCopy(dir, "responses.csv").toString(), "--out", report.toString(),
				"--quiet"), err());
		Files.copy(dir.resolve("responses.csv"), report.resolve("results.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Path study = dir.resolve("study.study");
		Files.writeString(study, Files.readString(study).replace("data \"responses.csv\" {", "data \"report/results.json\" {\n\tformat csv"));
		err.reset();
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", report.toString(), "--quiet"));
		assertTrue(err().contains("input file"), err());
		assertEquals(Files.readString(dir.resolve("responses.csv")), Files.readString(report.resolve("results.json")));
	}

	@Test
	void runningOutOfMemoryIsANonZeroExitWithAdvice(@TempDir Path dir) throws IOException {
		// regression: an OutOfMemoryError ended the application with exit 0 and nothing written
		ReportFormat exhausting = new ReportFormat() {
			@Override
			public String id() {
				return "html";
			}

			@Override
			public String label() {
				return "HTML";
			}

			@Override
			public String fileExtension() {
				return "html";
			}

			@Override
			public List<ReportFile> render(ReportInput input) {
				throw new OutOfMemoryError("Java heap space");
			}
		};
		Path report = dir.resolve("report");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS,
				run(new ReportFormats(List.of(exhausting)), "analyze", CliTest.example("municipal-automation.study").toString(),
						"--out", report.toString(), "--quiet"));
		String line = err().lines().filter(l -> l.contains("out of memory")).findFirst().orElse(err());
		assertTrue(line.contains("FACTORSTUDIO_MAX_HEAP") && line.contains("nothing was written"), line);
		assertFalse(err().contains("\tat "), err());
		assertFalse(Files.exists(report));
	}

	@Test
	void aStudyThatIsAPipeEndsAtOnce(@TempDir Path dir) throws Exception {
		// regression: a FIFO as study blocked analyze and validate forever
		Path fifo = dir.resolve("study.study");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertEquals(0, mkfifo.waitFor());
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS,
				assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("validate", fifo.toString())));
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> run("analyze", fifo.toString(), "--out", dir.resolve("out").toString())));
		assertTrue(err().contains("not a regular file"), err());
		assertTrue(out().contains("not a regular file"), out());
	}

	@Test
	void validateRejectsWhatAnalyzeRejects(@TempDir Path dir) throws IOException {
		// regression: validate exited 0 for a study without data, with control characters, with a bad decimal option
		Path study = exampleCopy(dir, "responses.csv");
		String text = Files.readString(study, StandardCharsets.UTF_8);
		List<String> broken = List.of(text.replace("data \"responses.csv\"", "// no data"),
				text.replaceFirst("translation \"", "translation \"\u001B[31m"),
				text.replace("data \"responses.csv\"", "data \"responses.csv\" { decimal \"..\" }"),
				text.replace("data \"responses.csv\"", "data \"responses.csv\" { encoding \"klingon\" }"));
		for (String variant : broken) {
			Files.writeString(study, variant, StandardCharsets.UTF_8);
			out.reset();
			err.reset();
			assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", study.toString()), out());
			assertTrue(out().contains(": error: "), out());
			assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("analyze", study.toString(), "--out", dir.resolve("out").toString()));
			assertFalse(Files.exists(dir.resolve("out")), "no report for a study validate rejects");
		}
	}

	@Test
	void quietHidesTablesButNeverWarnings(@TempDir Path dir) throws IOException {
		// regression: --quiet dropped warnings entirely; now they go to standard error, tables stay away
		Path study = exampleCopy(dir, "responses.csv");
		Files.writeString(study, Files.readString(study, StandardCharsets.UTF_8).replace("hypothesis H17: Fellesløsninger positive", ""),
				StandardCharsets.UTF_8);
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.resolve("out").toString(), "--quiet"), err());
		assertTrue(err().contains("warning: The analysis is one-tailed, but factor 'Fellesløsninger' has no hypothesis"), err());
		assertTrue(err().contains("indicators are used in no index variable"), err());
		assertFalse(out().contains("warning"), out());
		assertFalse(out().contains("Descriptive statistics of the index variables"), out());
		out.reset();
		err.reset();
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.resolve("out").toString()), err());
		assertTrue(out().contains("Descriptive statistics of the index variables"), out());
		assertTrue(err().contains("has no hypothesis"), err());
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void escapeSequencesFromDataCellsNeverReachTheTerminal(@TempDir Path dir) throws IOException {
		// regression: a cell's raw escape sequence (here: switch the terminal to red) was printed as it was
		Path study = exampleCopy(dir, "responses.csv");
		List<String> lines = Files.readAllLines(dir.resolve("responses.csv"), StandardCharsets.UTF_8);
		String[] cells = lines.get(1).split(",", -1);
		cells[0] = "r\u001B[31m1";
		cells[4] = "\u001B[31m7";
		lines.set(1, String.join(",", cells));
		Files.write(dir.resolve("responses.csv"), lines, StandardCharsets.UTF_8);
		Files.writeString(study, Files.readString(study, StandardCharsets.UTF_8).replace("id respondent_id",
				"id respondent_id\n\ton-invalid missing"), StandardCharsets.UTF_8);
		// and the report is written: results.xmi cannot hold an ESC, the results keep the escaped text
		assertEquals(ExitCode.OK, run("analyze", study.toString(), "--out", dir.resolve("out").toString()), err());
		assertTrue(Files.readString(dir.resolve("out/results.xmi")).contains("r\\u001B[31m1"));
		String printed = out() + err();
		assertFalse(printed.contains("\u001B"), printed);
		assertTrue(printed.contains("\\u001B[31m7"), printed);
	}
}
