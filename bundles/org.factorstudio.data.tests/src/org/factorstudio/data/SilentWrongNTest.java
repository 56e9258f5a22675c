package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertMessageHas;
import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.municipal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.FileByteSource;
import org.factorstudio.data.internal.Limits;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Silent wrong N" (issue 12, item 2): one Latin-1 byte in an unused free-text column made the whole
 * UTF-8 export Windows-1252; the declared non-respondent status "Ikke påbegynt" then matched no row and all
 * 420 invitations were kept instead of 105, with exit 0. Built from a copy of the shared raw export whose
 * non-respondent status is renamed "Ikke påbegynt" and which gets a free-text column "kommentar"; the
 * original is never modified. Every case runs on both paths, and with a header window small enough that
 * the bad byte lies beyond it (then the general path's full scan decides).
 */
class SilentWrongNTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String NOT_STARTED = "Ikke påbegynt";
    /** The row that gets the Latin-1 comment: respondent 1300, so well beyond a 4 KB window. */
    private static final long BAD_LINE = 1300 - 1001 + 2;
    private static final String COMMENT_BEFORE = "Bra m";

    private static CsvImporter importer(boolean fast, boolean smallWindow) {
        Limits limits = smallWindow ? new Limits(4096, 1 << 20, 4 << 20, 4 << 20, 8L << 20) : Limits.DEFAULT;
        return new CsvImporter(FileByteSource::new, limits, 2, fast);
    }

    /** Keep-unanswered, as the study had: then nothing but the status stands between 420 and 105. */
    private static ImportSpec spec(Path file) {
        return ImportSpec.of(file, TestData.items("q", 71, 1, 5, "%02d")).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of(NOT_STARTED))
                .withAuxiliaryColumns(List.of("county", "industry", "population_band"))
                .withInvalidValuePolicy(InvalidValuePolicy.MISSING).withExcludeRowsWithoutAnswers(false);
    }

    /**
     * The raw export with "Ikke påbegynt" for "Distribuert" and a "kommentar" column, in UTF-8; with
     * {@code latin1Byte} one comment holds "Bra mål" with its 'å' as the single Latin-1 byte 0xE5.
     */
    private static Path export(Path dir, boolean latin1Byte) throws IOException {
        List<String> lines = Files.readAllLines(municipal("responses-raw-export.csv"), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace(";Distribuert;", ";" + NOT_STARTED + ";");
            out.writeBytes((line + (i == 0 ? ";kommentar" : ";")).getBytes(StandardCharsets.UTF_8));
            if (latin1Byte && i + 1 == BAD_LINE) {
                out.writeBytes(COMMENT_BEFORE.getBytes(StandardCharsets.US_ASCII));
                out.write(0xE5);
                out.writeBytes("lrettet".getBytes(StandardCharsets.US_ASCII));
            }
            out.write('\n');
        }
        Path file = dir.resolve("responses-raw-export.csv");
        Files.write(file, out.toByteArray());
        return file;
    }

    /** UTF-8 text as it reads when taken for Windows-1252. */
    private static String misread(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    }

    /** 1-based character of the bad byte on its line. */
    private static long badCharacter() throws IOException {
        String line = Files.readAllLines(municipal("responses-raw-export.csv"), StandardCharsets.UTF_8)
                .get((int) BAD_LINE - 1).replace(";Distribuert;", ";" + NOT_STARTED + ";");
        return line.length() + 1 + COMMENT_BEFORE.length() + 1;
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void theCleanCopyKeeps105(boolean fast, @TempDir Path dir) throws IOException {
        for (boolean small : new boolean[] {false, true}) {
            ImportResult result = importer(fast, small).read(spec(export(dir, false)), ImportMonitor.NONE);
            assertTrue(result.succeeded(), () -> TestData.problems(result));
            assertEquals(105, result.report().rowsKept());
            assertEquals(315, result.report().excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
        }
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void oneLatin1ByteInAUtf8FileIsAnErrorNamingLineAndColumn(boolean fast, @TempDir Path dir) throws IOException {
        Path file = export(dir, true);
        TestData.Snapshot before = TestData.Snapshot.of(file);
        for (boolean small : new boolean[] {false, true}) {
            ImportResult result = importer(fast, small).read(spec(file), ImportMonitor.NONE);
            ImportProblem e = assertSingleError(result, ImportProblemCodes.INVALID_ENCODING,
                    "responses-raw-export.csv, line " + BAD_LINE, "column 'kommentar'",
                    "character " + badCharacter(), "byte 0xE5", "is not valid UTF-8", "otherwise UTF-8",
                    "1 byte is not UTF-8", "encoding \"windows-1252\"");
            assertEquals(BAD_LINE, e.line().getAsLong());
            assertEquals(Optional.of("kommentar"), e.column());
            assertTrue(result.dataset().isEmpty(), "no dataset, so no analysis of 420 rows");
        }
        assertEquals(before, TestData.Snapshot.of(file), "the import changed its input");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void declaredWindows1252IsReadAsDeclaredAndTheUnmatchedStatusIsAWarning(boolean fast, @TempDir Path dir)
            throws IOException {
        ImportResult result = importer(fast, false).read(spec(export(dir, true)).withEncoding(WINDOWS_1252),
                ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(Optional.of(WINDOWS_1252), result.report().encoding());
        // the UTF-8 'å' read as Windows-1252 is "Ã¥": the status no longer matches, and that is said
        assertEquals(420, result.report().rowsKept());
        List<ImportProblem> unmatched = result.problems(ImportProblemCodes.UNMATCHED_STATUS);
        assertEquals(1, unmatched.size(), () -> TestData.problems(result));
        ImportProblem w = unmatched.get(0);
        assertEquals(ImportProblem.Severity.WARNING, w.severity());
        assertEquals(Optional.of("status"), w.column());
        assertMessageHas(w, "responses-raw-export.csv", "'Ikke påbegynt' matches none of the 420 rows",
                "Column 'status' holds 3 distinct values: '" + misread(NOT_STARTED) + "' (315), '"
                        + misread("Gjennomført") + "' (71), '" + misread("Delvis gjennomført") + "' (34)");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aLegitimateWindows1252FileImportsWithAWarning(boolean fast, @TempDir Path dir) throws IOException {
        String text = Files.readString(export(dir, false), StandardCharsets.UTF_8);
        Path file = dir.resolve("excel-1252.csv");
        Files.write(file, text.getBytes(WINDOWS_1252));
        for (boolean small : new boolean[] {false, true}) {
            ImportResult result = importer(fast, small).read(spec(file), ImportMonitor.NONE);
            assertTrue(result.succeeded(), () -> TestData.problems(result));
            assertEquals(Optional.of(WINDOWS_1252), result.report().encoding());
            assertEquals(105, result.report().rowsKept());
            ImportProblem w = result.problems(ImportProblemCodes.ENCODING_FALLBACK).get(0);
            assertEquals(ImportProblem.Severity.WARNING, w.severity());
            assertEquals(2, w.line().getAsLong());
            assertEquals(Optional.of("status"), w.column());
            assertMessageHas(w, "excel-1252.csv is not valid UTF-8", "line 2, column 'status'", "0xF8",
                    "read as Windows-1252");
            assertTrue(result.problems(ImportProblemCodes.UNMATCHED_STATUS).isEmpty());
        }
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aDeclaredStatusThatMatchesNoRowIsAWarningListingTheValuesSeen(boolean fast) {
        ImportSpec spec = RawExportImportTest.rawSpec(InvalidValuePolicy.MISSING).withStatusColumn("status",
                Set.of("Distribuert", NOT_STARTED));
        ImportResult result = TestData.importer(fast).read(spec, ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(105, result.report().rowsKept(), "the status that matches still excludes");
        List<ImportProblem> unmatched = result.problems(ImportProblemCodes.UNMATCHED_STATUS);
        assertEquals(1, unmatched.size(), () -> TestData.problems(result));
        assertMessageHas(unmatched.get(0), "'Ikke påbegynt' matches none of the 420 rows",
                "'Distribuert' (315), 'Gjennomført' (71), 'Delvis gjennomført' (34)");
        assertFalse(unmatched.get(0).message().contains("'Ikke påbegynt' ("));
    }
}
