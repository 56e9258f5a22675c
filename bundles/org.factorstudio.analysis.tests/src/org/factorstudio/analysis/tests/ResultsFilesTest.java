package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.factorstudio.analysis.ResultsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes of results and exported tables. */
class ResultsFilesTest {

	@Test
	void aWrittenFileReplacesTheOldOneAndHasTheUsualPermissions(@TempDir Path dir) throws IOException {
		Path target = Files.writeString(dir.resolve("table.csv"), "old");
		ResultsFiles.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8));
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
