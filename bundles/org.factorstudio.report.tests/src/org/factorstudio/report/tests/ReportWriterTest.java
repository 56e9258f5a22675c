package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.factorstudio.report.ReportException;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFolderException;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportWriter;
import org.factorstudio.report.internal.HtmlFormat;
import org.factorstudio.report.spi.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed report run leaves the previous report as it was, and no temporary files behind. */
class ReportWriterTest {

	private static final String PREVIOUS = "previous report";

	/** A format whose rendering fails, as a broken plugin's might. */
	static final class FailingFormat implements ReportFormat {

		@Override
		public String id() {
			return "broken";
		}

		@Override
		public String label() {
			return "Broken";
		}

		@Override
		public String fileExtension() {
			return "txt";
		}

		@Override
		public List<ReportFile> render(ReportInput input) {
			throw new IllegalStateException("out of ink");
		}
	}

	@Test
	void writesEveryFileAndReplacesThePreviousOnes(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("report.html", PREVIOUS)));
		List<ReportFile> files = ReportFormats.builtIn().render(EscapingTest.hostile(), List.of("html", "csv", "json"));
		List<Path> written = ReportWriter.write(report, files);
		assertEquals(files.size(), written.size());
		assertTrue(Files.readString(report.resolve("report.html")).startsWith("<!DOCTYPE html>"));
		assertTrue(Files.isRegularFile(report.resolve("csv/item-descriptives.csv")));
		assertTrue(Files.isRegularFile(report.resolve("results.json")));
		assertEquals(List.of(), leftovers(dir));
	}

	@Test
	void reportsGetTheUsualPermissionsNotThoseOfATemporaryFile(@TempDir Path dir) throws IOException {
		// regression: Files.createTempFile makes owner-only files, and the rename kept that mode
		Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
		ReportWriter.write(dir.resolve("report"), List.of(ReportFile.text("report.md", "# report")));
		assertEquals(Files.getPosixFilePermissions(ordinary),
				Files.getPosixFilePermissions(dir.resolve("report/report.md")));
	}

	@Test
	void aFormatThatFailsWritesNothing(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("report.html"), PREVIOUS);
		ReportFormats formats = new ReportFormats(List.of(new HtmlFormat(), new FailingFormat()));
		ReportException failure = assertThrows(ReportException.class,
				() -> ReportWriter.write(dir, formats.render(EscapingTest.hostile(), List.of("html", "broken"))));
		assertTrue(failure.getMessage().contains("broken") && failure.getMessage().contains("out of ink"), failure.getMessage());
		assertEquals(PREVIOUS, Files.readString(dir.resolve("report.html")));
		assertEquals(List.of(), leftovers(dir));
	}

	@Test
	void aFileThatCannotBeWrittenLeavesThePreviousReportIntact(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("report.html", PREVIOUS), ReportFile.text("results.json", "{}")));
		// two files that cannot both exist: the second one fails after the first was written
		List<ReportFile> files = List.of(ReportFile.text("report.html", "new"), ReportFile.text("report.html/x.csv", "x"));
		assertThrows(IOException.class, () -> ReportWriter.write(report, files));
		assertEquals(PREVIOUS, Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8));
		assertEquals("{}", Files.readString(report.resolve("results.json")));
		assertEquals(List.of(), leftovers(dir));
	}

	@Test
	void filesStayInsideTheReportFolder() {
		assertThrows(IllegalArgumentException.class, () -> ReportFile.text("../escape.txt", "x"));
		assertThrows(IllegalArgumentException.class, () -> ReportFile.text("/etc/escape.txt", "x"));
		assertThrows(IllegalArgumentException.class, () -> ReportFile.text("a/../../escape.txt", "x"));
	}

	@Test
	void anUnknownFormatIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ReportFormats.builtIn().render(EscapingTest.hostile(), List.of("xlsx")));
		assertEquals("unknown report format 'xlsx' (known: html, md, tex, csv, json, text, docx, codebook)", e.getMessage());
	}

	@Test
	void filesOfAnEarlierRunThatThisRunNoLongerWritesAreRemoved(@TempDir Path parent) throws IOException {
		Path dir = parent.resolve("report");
		// run 1 had a plugin table and a Markdown report; run 2 has neither: the folder holds run 2's set only
		ReportWriter.write(dir, List.of(ReportFile.text("csv/descriptives.csv", "a"),
				ReportFile.text("csv/table-bootstrap-1.csv", "b"), ReportFile.text("report.html", "c"),
				ReportFile.text("report.md", "d")));
		ReportWriter.write(dir, List.of(ReportFile.text("csv/descriptives.csv", "a2"), ReportFile.text("report.html", "c2")));
		assertEquals(List.of("descriptives.csv"), names(dir.resolve("csv")));
		assertEquals(List.of(".factorstudio-report", "csv", "report.html"), names(dir));
		assertEquals("a2", Files.readString(dir.resolve("csv/descriptives.csv")));
		assertEquals(java.util.Set.of("csv/descriptives.csv", "report.html"), ReportWriter.manifest(dir).orElseThrow());
	}

	@Test
	void aFolderHoldingTheUsersDataIsRefusedAndNothingIsDeleted(@TempDir Path dir) throws IOException {
		Path project = Files.createDirectories(dir.resolve("project"));
		// regression: --out at the project folder deleted the survey data in project/csv/ (every *.csv not written)
		Path data = Files.createDirectories(project.resolve("csv")).resolve("responses.csv");
		Files.writeString(data, "id,q1\n1,5\n");
		Files.writeString(project.resolve("study.study"), "study S");
		ReportFolderException refused = assertThrows(ReportFolderException.class, () -> ReportWriter.write(project,
				List.of(ReportFile.text("csv/descriptives.csv", "a"), ReportFile.text("report.html", "c"))));
		assertTrue(refused.getMessage().contains("csv/responses.csv") && refused.getMessage().contains("study.study"),
				refused.getMessage());
		assertEquals("id,q1\n1,5\n", Files.readString(data));
		assertEquals(List.of("csv", "study.study"), names(project));
		assertEquals(List.of(), leftovers(dir));
	}

	@Test
	void aUserFileAddedToAReportFolderIsNeverRemoved(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("csv/descriptives.csv", "a"), ReportFile.text("report.html", "c")));
		Files.writeString(report.resolve("csv/notes.txt"), "the user's own file");
		assertThrows(ReportFolderException.class,
				() -> ReportWriter.write(report, List.of(ReportFile.text("report.html", "c2"))));
		assertEquals("the user's own file", Files.readString(report.resolve("csv/notes.txt")));
		assertEquals("a", Files.readString(report.resolve("csv/descriptives.csv")));
	}

	@Test
	void aSymbolicLinkInTheReportFolderIsNeverFollowed(@TempDir Path dir) throws IOException {
		// regression: a csv/ linked elsewhere lost the files it pointed to
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("answers.csv"), "precious");
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("report.html", "c")));
		Files.createSymbolicLink(report.resolve("csv"), elsewhere);
		ReportFolderException refused = assertThrows(ReportFolderException.class,
				() -> ReportWriter.write(report, List.of(ReportFile.text("csv/descriptives.csv", "a"))));
		assertTrue(refused.getMessage().contains("csv"), refused.getMessage());
		assertEquals("precious", Files.readString(elsewhere.resolve("answers.csv")));
		assertEquals(List.of("answers.csv"), names(elsewhere));
	}

	@Test
	void aReportFolderHoldingAnInputFileIsRefused(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("results.json", "{}")));
		// the data file has the name of a file the report writes: replacing it would destroy the data
		Path data = report.resolve("results.json");
		ReportFolderException refused = assertThrows(ReportFolderException.class,
				() -> ReportWriter.write(report, List.of(ReportFile.text("results.json", "{\"new\": 1}")), List.of(data)));
		assertTrue(refused.getMessage().contains("input file"), refused.getMessage());
		assertEquals("{}", Files.readString(data));
	}

	@Test
	void aReportOfAVersionWithoutManifestIsReplaced(@TempDir Path dir) throws IOException {
		Path report = Files.createDirectories(dir.resolve("report/csv"));
		Files.writeString(report.resolve("descriptives.csv"), "old");
		Files.writeString(report.resolveSibling("results.xmi"), "<xmi/>");
		Files.writeString(report.resolveSibling("report.html"), "old");
		ReportWriter.write(dir.resolve("report"), List.of(ReportFile.text("report.html", "new")));
		assertEquals(List.of(".factorstudio-report", "report.html"), names(dir.resolve("report")));
	}

	@Test
	void leftoversOfAKilledRunAreRemovedButNotThoseOfARunningOne(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("report.html", "1")));
		// a run killed between its two renames: its staging folder, its set-aside folder, its free lock file
		Path staged = Files.createDirectories(dir.resolve(".report.factorstudio-dead.new"));
		Files.writeString(staged.resolve("report.html"), "half");
		Files.createDirectories(dir.resolve(".report.factorstudio-dead.old"));
		Files.writeString(dir.resolve(".report.factorstudio-dead.lock"), "");
		// a run still writing: it holds its lock
		Path live = Files.createDirectories(dir.resolve(".report.factorstudio-live.new"));
		Path liveLock = dir.resolve(".report.factorstudio-live.lock");
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(liveLock,
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
				java.nio.channels.FileLock lock = channel.lock()) {
			ReportWriter.write(report, List.of(ReportFile.text("report.html", "2")));
			assertTrue(Files.isDirectory(live), "a running run's staging folder stays");
		}
		assertEquals(List.of(".report.factorstudio-live.lock", ".report.factorstudio-live.new", "report"), names(dir));
		assertEquals("2", Files.readString(report.resolve("report.html")));
	}

	@Test
	void theReportSetIsReplacedAsAWhole(@TempDir Path dir) throws IOException {
		Path report = dir.resolve("report");
		ReportWriter.write(report, List.of(ReportFile.text("report.html", "run 1"), ReportFile.text("results.json", "run 1")));
		// the folder is swapped, not its files one by one: a reader that opened the old folder keeps the old set
		Path before = report.toRealPath();
		ReportWriter.write(report, List.of(ReportFile.text("report.html", "run 2"), ReportFile.text("results.json", "run 2")));
		assertEquals("run 2", Files.readString(report.resolve("report.html")));
		assertEquals("run 2", Files.readString(report.resolve("results.json")));
		assertEquals(before, report.toRealPath());
		assertEquals(List.of(), leftovers(dir));
	}

	private static List<String> leftovers(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.map(p -> p.getFileName().toString())
					.filter(n -> n.contains(".factorstudio-") && !n.equals(ReportWriter.MANIFEST)).toList();
		}
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFolderFullOfOtherFilesIsNamedByAFewOfThem(@TempDir Path dir) throws IOException {
		for (int i = 0; i < 50; i++) {
			Files.writeString(dir.resolve("document-" + i + ".txt"), "x");
		}
		ReportFolderException refused = assertThrows(ReportFolderException.class,
				() -> ReportWriter.checkFolder(dir, List.of()));
		assertTrue(refused.getMessage().contains(" and more)"), refused.getMessage());
		assertTrue(refused.getMessage().length() < 500, refused.getMessage());
	}

	@Test
	void theCurrentFolderIsNeverAReportFolder() {
		// the swap would move the folder the user's shell is in
		ReportFolderException refused = assertThrows(ReportFolderException.class,
				() -> ReportWriter.checkFolder(Path.of("."), List.of()));
		assertTrue(refused.getMessage().contains("current folder"), refused.getMessage());
	}
}
