package org.factorstudio.examples.spss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.factorstudio.data.Dataset;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.InvalidValuePolicy;
import org.factorstudio.data.ItemSpec;
import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .sav importer against the CSV importer on the same data: the fixtures in {@code fixtures/} are the example's
 * CSV files written as .sav by GNU PSPP 1.6.2 ({@code fixtures/make-fixtures.sh}), so every import of a .sav here
 * must give exactly what the CSV import of its source gives, apart from what only a .sav declares (user-missing
 * values, value labels).
 */
class SavImporterTest {

	private static final Path REPOSITORY = repository();
	private static final Path EXAMPLE = REPOSITORY.resolve("examples/municipal-automation");
	private static final Path FIXTURES = REPOSITORY.resolve("bundles/org.factorstudio.examples.spss.tests/fixtures");

	private static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		assertNotNull(candidate, "repository with examples/ not found from " + root);
		return candidate;
	}

	/** The import specification the example study declares (file, id column, items 1..5, background). */
	private static ImportSpec spec(String study) {
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(EXAMPLE.resolve(study));
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		return StudyImportSpecs.of(loaded.study(), EXAMPLE);
	}

	private static ImportResult csv(ImportSpec spec) {
		return new CsvImporter().read(spec, ImportMonitor.NONE);
	}

	private static ImportResult sav(ImportSpec spec, String fixture) {
		return new SavImporter().read(spec.withFile(FIXTURES.resolve(fixture)), ImportMonitor.NONE);
	}

	private static void assertSameData(ImportResult expected, ImportResult actual) {
		assertTrue(expected.succeeded(), () -> "CSV: " + expected.problems());
		assertTrue(actual.succeeded(), () -> "SAV: " + actual.problems());
		Dataset csv = expected.dataset().get();
		Dataset sav = actual.dataset().get();
		assertTrue(csv.sameData(sav), () -> "first difference: " + csv.firstDifference(sav).orElse("?"));
		assertEquals(csv.columnNames(), sav.columnNames());
		assertEquals(expected.report().rowsRead(), actual.report().rowsRead());
		assertEquals(expected.report().rowsKept(), actual.report().rowsKept());
		assertEquals(expected.report().exclusions(), actual.report().exclusions());
		assertEquals(expected.report().items(), actual.report().items());
		assertEquals(expected.report().statusCounts(), actual.report().statusCounts());
		assertEquals(expected.report().unusedColumns(), actual.report().unusedColumns());
		assertEquals("sav", actual.report().format());
	}

	/** The specification with 9 declared user-missing for every item, as the fixtures' .sav files declare it. */
	private static ImportSpec withMissingCode9(ImportSpec spec) {
		return spec.withItems(spec.items().stream().map(i -> i.withMissingCodes(9)).toList());
	}

	private static String codes(ImportResult result) {
		return result.problems().stream().map(ImportProblem::code).collect(Collectors.joining(", "));
	}

	@Test
	void theSavOfTheExampleGivesTheDatasetOfItsCsv() {
		ImportSpec spec = spec("municipal-automation.study");
		ImportResult sav = sav(spec, "responses.sav");
		assertSameData(csv(spec), sav);
		assertEquals(105, sav.dataset().get().rowCount());
		// labels 1..5 and 9 = "Vet ikke" declared missing agree with the study's scale: nothing to warn about
		assertTrue(sav.warnings().isEmpty(), () -> codes(sav));
	}

	@Test
	void codesTheSavDeclaresUserMissingAreMissingAsIfTheStudyDeclaredThem() {
		ImportSpec spec = spec("municipal-automation.study");
		// the CSV needs the study to declare 9 missing; the .sav declares it itself (MISSING VALUES q01 TO q71 (9))
		ImportSpec withNine = withMissingCode9(spec.withFile(FIXTURES.resolve("responses-dontknow.csv")));
		ImportResult sav = sav(spec, "responses-dontknow.sav");
		assertSameData(csv(withNine), sav);
		long userMissing = sav.report().items().stream().mapToLong(i -> i.userMissing()).sum();
		// make-fixtures.sh writes three 9s (respondent 1001's q01 and q06, 1018's q45; its third rule finds no answer)
		assertEquals(3, userMissing);

		// without the file's declaration the same 9 is a value outside the scale, at its line and column
		ImportResult plainCsv = csv(spec.withFile(FIXTURES.resolve("responses-dontknow.csv")));
		assertFalse(plainCsv.succeeded());
		assertEquals(ImportProblemCodes.OUT_OF_RANGE, plainCsv.errors().get(0).code());
	}

	@Test
	void theRawExportStopsAtTheSameCellAsItsCsv() {
		ImportSpec spec = spec("municipal-automation-raw.study");
		// the .sav declares 9 user-missing, so the message names that code; the CSV's study must declare it
		ImportResult csv = csv(withMissingCode9(spec));
		ImportResult sav = sav(spec, "raw-export.sav");
		assertFalse(sav.succeeded());
		assertEquals(List.of(ImportProblemCodes.OUT_OF_RANGE), sav.errors().stream().map(ImportProblem::code).toList());
		ImportProblem expected = csv.errors().get(0);
		ImportProblem actual = sav.errors().get(0);
		assertEquals(expected.line(), actual.line());
		assertEquals(348, actual.line().getAsLong());
		assertEquals(expected.column(), actual.column());
		assertEquals(expected.message().replace("responses-raw-export.csv", "raw-export.sav"), actual.message());
		assertTrue(actual.message().contains("1347") && actual.message().contains("q45")
				&& actual.message().contains("55"), actual.message());
	}

	@Test
	void withInvalidValuesAsMissingTheRawExportKeepsTheSameRespondents() {
		ImportSpec spec = spec("municipal-automation-raw.study").withInvalidValuePolicy(InvalidValuePolicy.MISSING);
		ImportResult sav = sav(spec, "raw-export.sav");
		assertSameData(csv(withMissingCode9(spec)), sav);
		assertEquals(420, sav.report().rowsRead());
		assertEquals(105, sav.report().rowsKept());
		// the status texts survive the library's piecewise decoding ("Delvis gjennomført" straddles two pieces)
		assertTrue(sav.report().statusCounts().containsKey("Delvis gjennomført"), () -> "statuses: "
				+ sav.report().statusCounts().keySet());
	}

	@Test
	void aColumnTheStudyNeedsAndTheFileLacksIsTheSameErrorAsForCsv() {
		ImportSpec spec = spec("municipal-automation.study");
		List<ItemSpec> items = new java.util.ArrayList<>(spec.items());
		items.add(ItemSpec.of("q99", 1, 5));
		ImportSpec more = spec.withItems(items);
		ImportResult sav = sav(more, "responses.sav");
		ImportResult csv = csv(more);
		assertEquals(csv.errors().stream().map(ImportProblem::code).toList(),
				sav.errors().stream().map(ImportProblem::code).toList());
		assertEquals(ImportProblemCodes.MISSING_COLUMNS, sav.errors().get(0).code());
		assertTrue(sav.errors().get(0).message().contains("q99"), sav.errors().get(0).message());
	}

	@Test
	void labelsAndMissingCodesThatDisagreeWithTheScaleAreWarnings() {
		ImportSpec spec = spec("municipal-automation.study");
		ImportResult sav = sav(spec, "labels-disagree.sav");
		assertTrue(sav.succeeded(), () -> codes(sav));
		List<ImportProblem> warnings = sav.warnings();
		assertEquals(2, warnings.size(), () -> codes(sav));
		ImportProblem labels = warnings.stream().filter(w -> w.code().equals(SavProblemCodes.LABEL_OUTSIDE_SCALE))
				.findFirst().orElseThrow();
		assertEquals("q01", labels.column().orElseThrow());
		assertTrue(labels.message().contains("6 = \"Ganske enig\", 7 = \"Svært enig\"")
				&& labels.message().contains("1..5") && labels.message().contains("labels-disagree.sav"),
				labels.message());
		ImportProblem missing = warnings.stream().filter(w -> w.code().equals(SavProblemCodes.MISSING_INSIDE_SCALE))
				.findFirst().orElseThrow();
		assertEquals("q02", missing.column().orElseThrow());
		assertTrue(missing.message().contains("declares 3 user-missing"), missing.message());

		// as in SPSS, the declared 3s of q02 are missing; everything else is the CSV's data
		Dataset csv = csv(spec).dataset().get();
		Dataset data = sav.dataset().get();
		double[] expected = csv.column("q02");
		double[] actual = data.column("q02");
		int threes = 0;
		for (int row = 0; row < expected.length; row++) {
			if (expected[row] == 3) {
				threes++;
				assertTrue(Double.isNaN(actual[row]), "row " + row);
			} else {
				assertEquals(expected[row], actual[row], 0, "row " + row);
			}
		}
		assertTrue(threes > 0);
		assertEquals(threes, sav.report().items().stream().filter(i -> i.column().equals("q02")).findFirst()
				.orElseThrow().userMissing());
		assertEquals(csv.column("q01").length, data.column("q01").length);
	}

	@Test
	void aFileThatIsNotASavSaysWhatItIs() {
		ImportResult result = sav(spec("municipal-automation.study"), "not-a-sav.sav");
		assertFalse(result.succeeded());
		assertEquals(1, result.errors().size());
		ImportProblem error = result.errors().get(0);
		assertEquals(SavProblemCodes.NOT_SAV, error.code());
		assertTrue(error.message().startsWith("not-a-sav.sav is not an SPSS Statistics .sav file: it begins with"
				+ " \"resp\" instead of the signature \"$FL2\""), error.message());
	}

	@Test
	void truncatedFilesSayWhereTheyEnd() {
		ImportSpec spec = spec("municipal-automation.study");
		ImportResult data = sav(spec, "truncated-data.sav");
		assertFalse(data.succeeded());
		assertEquals(SavProblemCodes.TRUNCATED, data.errors().get(0).code());
		assertTrue(data.errors().get(0).message().matches("truncated-data\\.sav ends after case \\d+ of 105: the file"
				+ " is truncated\\..*"), data.errors().get(0).message());

		ImportResult header = sav(spec, "truncated-header.sav");
		assertFalse(header.succeeded());
		assertEquals(SavProblemCodes.TRUNCATED, header.errors().get(0).code());
		assertTrue(header.errors().get(0).message().startsWith("truncated-header.sav ends inside its dictionary"),
				header.errors().get(0).message());
	}

	@Test
	void emptyAndMissingFilesAreErrorsNotExceptions(@TempDir Path folder) throws Exception {
		ImportSpec spec = spec("municipal-automation.study");
		ImportResult missing = new SavImporter().read(spec.withFile(folder.resolve("gone.sav")), ImportMonitor.NONE);
		assertEquals(ImportProblemCodes.FILE_NOT_FOUND, missing.errors().get(0).code());
		Path empty = Files.write(folder.resolve("empty.sav"), new byte[0]);
		ImportResult emptyResult = new SavImporter().read(spec.withFile(empty), ImportMonitor.NONE);
		assertEquals(SavProblemCodes.NOT_SAV, emptyResult.errors().get(0).code());
		assertTrue(emptyResult.errors().get(0).message().contains("is empty"), emptyResult.errors().get(0).message());
		// the input is never changed
		assertEquals(0, Files.size(empty));
		byte[] before = Files.readAllBytes(FIXTURES.resolve("responses.sav"));
		sav(spec, "responses.sav");
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(FIXTURES.resolve("responses.sav"))));
	}

	@Test
	void cancellingEndsTheImportWithAProblem() {
		ImportMonitor cancelled = new ImportMonitor() {
			@Override
			public void worked(long done, long total) {
			}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		ImportResult result = new SavImporter().read(
				spec("municipal-automation.study").withFile(FIXTURES.resolve("responses.sav")), cancelled);
		assertFalse(result.succeeded());
		assertEquals(ImportProblemCodes.CANCELLED, result.errors().get(0).code());
	}
}
