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
		Files.writeString(dir.resolve("report.html"), PREVIOUS);
		List<ReportFile> files = ReportFormats.builtIn().render(EscapingTest.hostile(), List.of("html", "csv", "json"));
		List<Path> written = ReportWriter.write(dir, files);
		assertEquals(files.size(), written.size());
		assertTrue(Files.readString(dir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
		assertTrue(Files.isRegularFile(dir.resolve("csv/item-descriptives.csv")));
		assertTrue(Files.isRegularFile(dir.resolve("results.json")));
		assertEquals(List.of(), temporaries(dir));
	}

	@Test
	void reportsGetTheUsualPermissionsNotThoseOfATemporaryFile(@TempDir Path dir) throws IOException {
		// regression: Files.createTempFile makes owner-only files, and the rename kept that mode
		Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
		ReportWriter.write(dir, List.of(ReportFile.text("report.md", "# report")));
		assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(dir.resolve("report.md")));
	}

	@Test
	void aFormatThatFailsWritesNothing(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("report.html"), PREVIOUS);
		ReportFormats formats = new ReportFormats(List.of(new HtmlFormat(), new FailingFormat()));
		ReportException failure = assertThrows(ReportException.class,
				() -> ReportWriter.write(dir, formats.render(EscapingTest.hostile(), List.of("html", "broken"))));
		assertTrue(failure.getMessage().contains("broken") && failure.getMessage().contains("out of ink"), failure.getMessage());
		assertEquals(PREVIOUS, Files.readString(dir.resolve("report.html")));
		assertEquals(List.of(), temporaries(dir));
	}

	@Test
	void aFileThatCannotBeWrittenLeavesThePreviousReportIntact(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("report.html"), PREVIOUS);
		// "csv" is a file here, so csv/*.csv cannot be written; report.html comes first in the list
		Files.writeString(dir.resolve("csv"), "in the way");
		List<ReportFile> files = ReportFormats.builtIn().render(EscapingTest.hostile(), List.of("html", "csv"));
		assertThrows(IOException.class, () -> ReportWriter.write(dir, files));
		assertEquals(PREVIOUS, Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8));
		assertEquals("in the way", Files.readString(dir.resolve("csv")));
		assertEquals(List.of(), temporaries(dir));
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
				() -> ReportFormats.builtIn().render(EscapingTest.hostile(), List.of("docx")));
		assertEquals("unknown report format 'docx' (known: html, md, tex, csv, json)", e.getMessage());
	}

	private static List<Path> temporaries(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
		}
	}
	@Test
	void tablesOfAnEarlierRunThatThisRunNoLongerWritesAreRemoved(@TempDir Path dir) throws IOException {
		// run 1 had a plugin table; run 2 (the analysis removed from the plan) has not
		ReportWriter.write(dir, List.of(ReportFile.text("csv/descriptives.csv", "a"),
				ReportFile.text("csv/table-bootstrap-1.csv", "b"), ReportFile.text("report.html", "c")));
		Files.writeString(dir.resolve("csv/notes.txt"), "the user's own file");
		Files.writeString(dir.resolve("report.md"), "another format of run 1");
		ReportWriter.write(dir, List.of(ReportFile.text("csv/descriptives.csv", "a2"), ReportFile.text("report.html", "c2")));
		assertEquals(List.of("descriptives.csv", "notes.txt"), names(dir.resolve("csv")));
		assertEquals("a2", Files.readString(dir.resolve("csv/descriptives.csv")));
		assertTrue(Files.exists(dir.resolve("report.md")), "files in the report folder itself are left alone");
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
