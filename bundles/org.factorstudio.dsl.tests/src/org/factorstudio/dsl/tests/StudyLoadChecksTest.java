package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks a study file gets before it is read, shared by {@code validate} and {@code analyze}: a pipe, a device
 * or an oversized file is refused at once (regressions: a FIFO blocked both commands forever, /dev/zero ran the JVM
 * out of memory), and the study's data file must be a regular file.
 */
class StudyLoadChecksTest {

	private static final String STUDY = """
			study Checks
			scale Likert5 1..5
			indicators scale Likert5 { a1 "one" a2 "two" d1 "dependent" }
			index A = a1, a2
			index D = d1
			dependent D
			area Org { factor FA measured by A }
			hypothesis H1: FA positive
			data "DATA"
			""";

	@TempDir
	Path folder;

	@Test
	void aStudyThatIsAPipeIsRefusedWithoutBlocking() throws Exception {
		Path fifo = mkfifo(folder.resolve("study.study"));
		LoadedStudy loaded = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> StudyLoader.create().load(fifo));
		assertOneError(loaded, "not a regular file");
		LoadedStudy forRun = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> StudyLoader.create().withoutDataChecks().load(fifo));
		assertOneError(forRun, "not a regular file");
	}

	@Test
	void aDeviceIsNotAStudy() {
		assertOneError(StudyLoader.create().load(Path.of("/dev/zero")), "not a regular file");
	}

	@Test
	void anOversizedStudyIsRefusedWithItsSize() throws IOException {
		Path huge = folder.resolve("huge.study");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(StudyLoader.MAX_STUDY_BYTES + 1);
		}
		assertOneError(StudyLoader.create().load(huge), "at most 16 MB");
	}

	@Test
	void aDataFileThatIsAPipeOrADeviceIsAnErrorForBothCommands() throws Exception {
		Path fifo = mkfifo(folder.resolve("answers.csv"));
		Path study = write("pipe.study", STUDY.replace("DATA", "answers.csv"));
		for (StudyLoader loader : List.of(StudyLoader.create(), StudyLoader.create().withoutDataChecks())) {
			LoadedStudy loaded = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loader.load(study));
			assertEquals(List.of(StudyIssueCodes.DATA_FILE_NOT_REGULAR), loaded.errors().stream().map(StudyIssue::code).toList(),
					() -> loaded.errors().toString());
		}
		assertTrue(Files.exists(fifo));
		Path device = write("device.study", STUDY.replace("DATA", "/dev/null"));
		assertEquals(List.of(StudyIssueCodes.DATA_FILE_NOT_REGULAR),
				StudyLoader.create().load(device).errors().stream().map(StudyIssue::code).toList());
	}

	@Test
	void aStudyUnderAnotherNameIsRefusedWithTheExpectedName() throws IOException {
		for (String name : List.of("study.txt", "study", "study.study.bak")) {
			assertOneError(StudyLoader.create().load(write(name, STUDY.replace("DATA", "answers.csv"))),
					"ends in .study");
		}
	}

	@Test
	void aRegularDataFileIsAccepted() throws IOException {
		write("answers.csv", "a1,a2,d1\n1,2,3\n");
		LoadedStudy loaded = StudyLoader.create().load(write("ok.study", STUDY.replace("DATA", "answers.csv")));
		assertFalse(loaded.hasErrors(), () -> loaded.errors().toString());
	}

	private static void assertOneError(LoadedStudy loaded, String text) {
		assertEquals(1, loaded.errors().size(), () -> loaded.errors().toString());
		assertTrue(loaded.errors().get(0).message().contains(text), loaded.errors().get(0).message());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static Path mkfifo(Path path) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "mkfifo");
		return path;
	}
}
