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

	@Test
	void aMissingStudyFileIsOneClearLine(@TempDir Path dir) {
		Path missing = dir.resolve("nothing.study");
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, run("validate", missing.toString()));
		assertEquals(missing + ": error: study file does not exist", out().strip());
	}
}
