package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks that read the study's data file: a missing file, columns the data lack, cells outside the scale
 * or not numeric (with the rows where they occur), an unreadable file; each by code and line.
 */
class StudyDataValidationTest {

	private static final String STUDY = """
			study Data
			scale Likert5 1..5 { missing 9 = "vet ikke" }
			indicators scale Likert5 {
				a1 "one"
				a2 "two" column "A2"
				d1 "dependent"
			}
			index A = a1, a2
			index D = d1
			dependent D
			area Org { factor FA measured by A }
			hypothesis H1: FA positive
			data "answers.csv" { id id POLICY}
			""";

	private static final String GOOD_DATA = """
			id,a1,A2,d1
			r1,1,2,3
			r2,9,5,4
			r3,4,,2
			""";

	@TempDir
	Path folder;

	private final StudyLoader loader = StudyLoader.create();

	private Path studyFile;

	@BeforeEach
	void writeStudy() throws IOException {
		studyFile = write("data.study", STUDY.replace("POLICY", ""));
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	private List<StudyIssue> dataIssues(LoadedStudy loaded) {
		return loaded.issues().stream().filter(i -> i.code() != null && i.code().startsWith("org.factorstudio.dsl.data"))
				.toList();
	}

	private static String describe(List<StudyIssue> issues) {
		return issues.stream().map(StudyIssue::format).collect(Collectors.joining("\n"));
	}

	private int lineOf(String start) throws IOException {
		String text = Files.readString(studyFile);
		return text.substring(0, text.indexOf(start)).split("\n", -1).length;
	}

	private StudyIssue single(String code) {
		List<StudyIssue> found = dataIssues(loader.load(studyFile));
		assertEquals(1, found.size(), () -> describe(found));
		assertEquals(code, found.get(0).code(), () -> describe(found));
		return found.get(0);
	}

	@Test
	void dataThatFitTheStudyGiveNoIssue() throws IOException {
		write("answers.csv", GOOD_DATA);
		List<StudyIssue> found = dataIssues(loader.load(studyFile));
		assertTrue(found.isEmpty(), () -> describe(found));
	}

	@Test
	void aMissingDataFileIsAnErrorOnTheDataLine() throws IOException {
		StudyIssue issue = single(StudyIssueCodes.DATA_FILE_MISSING);
		assertEquals(lineOf("data \""), issue.line());
	}

	@Test
	void aDirectoryIsNotADataFile() throws IOException {
		Files.createDirectory(folder.resolve("answers.csv"));
		StudyIssue issue = single(StudyIssueCodes.DATA_FILE_MISSING);
		assertEquals(lineOf("data \""), issue.line());
	}

	@Test
	void aColumnTheDataLackIsAnErrorOnItsIndicator() throws IOException {
		write("answers.csv", GOOD_DATA.replace("A2", "B2"));
		StudyIssue issue = single(StudyIssueCodes.DATA_COLUMN_MISSING);
		assertEquals(StudyIssue.Severity.ERROR, issue.severity());
		assertEquals(lineOf("\ta2 "), issue.line());
		assertTrue(issue.message().contains("A2"), issue.message());
	}

	@Test
	void severalMissingColumnsAreOneErrorOnTheDataLine() throws IOException {
		write("answers.csv", GOOD_DATA.replace("A2", "B2").replace("d1", "x1"));
		StudyIssue issue = single(StudyIssueCodes.DATA_COLUMN_MISSING);
		assertEquals(lineOf("data \""), issue.line());
		assertTrue(issue.message().contains("A2") && issue.message().contains("d1"), issue.message());
	}

	@Test
	void valuesOutsideTheScaleNameTheirFirstRows() throws IOException {
		// lines 3, 4, 5 and 6 hold out-of-range a1 values; the user-missing code 9 is not one of them
		write("answers.csv", """
				id,a1,A2,d1
				r1,1,2,3
				r2,6,5,4
				r3,0,,2
				r4,55,1,1
				r5,7,1,1
				r6,9,1,1
				""");
		StudyIssue issue = single(StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE);
		assertEquals(StudyIssue.Severity.ERROR, issue.severity());
		assertEquals(lineOf("\ta1 "), issue.line());
		assertTrue(issue.message().contains("4 values"), issue.message());
		assertTrue(issue.message().contains("'6' on line 3 (respondent r2), '0' on line 4 (respondent r3), "
				+ "'55' on line 5 (respondent r4) and 1 more"), issue.message());
	}

	@Test
	void withTheMissingPolicyOutOfRangeValuesAreAWarning() throws IOException {
		studyFile = write("data.study", STUDY.replace("POLICY", "on-invalid missing"));
		write("answers.csv", GOOD_DATA.replace("r3,4,,2", "r3,4,8,2"));
		StudyIssue issue = single(StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE);
		assertEquals(StudyIssue.Severity.WARNING, issue.severity());
		assertEquals(lineOf("\ta2 "), issue.line());
	}

	@Test
	void textInANumericColumnIsReported() throws IOException {
		write("answers.csv", GOOD_DATA.replace("r1,1,2,3", "r1,1,2,high"));
		StudyIssue issue = single(StudyIssueCodes.DATA_VALUE_NOT_NUMERIC);
		assertEquals(lineOf("\td1 "), issue.line());
		assertTrue(issue.message().contains("'high' on line 2"), issue.message());
	}

	@Test
	void anUnreadableFileIsAnErrorOnTheDataLine() throws IOException {
		Files.write(folder.resolve("answers.csv"), new byte[] { 0, 1, 2, 3, 0, 0, 7, 8, 0, 0, 0, 1, 2, 3, 4, 5 });
		StudyIssue issue = single(StudyIssueCodes.DATA_UNREADABLE);
		assertEquals(lineOf("data \""), issue.line());
	}

	@Test
	void aChangedDataFileIsCheckedAgain() throws IOException {
		write("answers.csv", GOOD_DATA);
		assertTrue(dataIssues(loader.load(studyFile)).isEmpty());
		// a different size, so the change is seen even within the file system's timestamp resolution
		write("answers.csv", GOOD_DATA + "r4,6,1,1\n");
		single(StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE);
	}

	@Test
	void aLoaderWithoutDataChecksLeavesTheDataToTheImport() throws IOException {
		write("answers.csv", GOOD_DATA.replace("A2", "B2").replace("r1,1,2,3", "r1,6,2,3"));
		List<StudyIssue> found = dataIssues(loader.withoutDataChecks().load(studyFile));
		assertTrue(found.isEmpty(), () -> describe(found));
		Files.delete(folder.resolve("answers.csv"));
		// that the file exists at all is still checked
		assertEquals(StudyIssueCodes.DATA_FILE_MISSING,
				dataIssues(loader.withoutDataChecks().load(studyFile)).get(0).code());
	}
}
