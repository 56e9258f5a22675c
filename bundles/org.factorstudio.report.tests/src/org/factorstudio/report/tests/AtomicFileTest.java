package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.factorstudio.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes of single files (exported tables, the IDE's kept results) by the one writer. */
class AtomicFileTest {

	@Test
	void aWrittenFileReplacesTheOldOneAndHasTheUsualPermissions(@TempDir Path dir) throws IOException {
		Path target = Files.writeString(dir.resolve("table.csv"), "old");
		ReportWriter.writeFile(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(target));
		// regression: Files.createTempFile made the temporary file owner-only and the rename kept that mode
		Path ordinary = Files.writeString(dir.resolve("ordinary.csv"), "x");
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}
}
