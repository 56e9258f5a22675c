package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.factorstudio.data.internal.CsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input corpus: each case gives one clear error naming the file, the line where there is one and
 * what was expected; no exception escapes, nothing hangs, the input is left as it was. Small cases are
 * committed fixtures; the 10 MB cases are generated. Every case runs on both paths.
 */
class BadInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** Reads, proving on the way that the file is unchanged and that the import returns in time. */
    static ImportResult read(ImportSpec spec, boolean fast) {
        Path file = spec.file();
        boolean exists = Files.isRegularFile(file);
        TestData.Snapshot before = exists ? TestData.Snapshot.of(file) : null;
        CsvImporter importer = TestData.importer(fast);
        ImportResult result = assertTimeoutPreemptively(LIMIT, () -> importer.read(spec, ImportMonitor.NONE));
        if (exists) {
            assertEquals(before, TestData.Snapshot.of(file), "the import changed its input");
        }
        return result;
    }

    static ImportSpec spec(Path file) {
        return ImportSpec.of(file, TestData.q123()).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of("Distribuert"));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void emptyFile(boolean fast) {
        assertSingleError(read(spec(fixture("empty.csv")), fast), ImportProblemCodes.EMPTY_FILE, "empty.csv",
                "is empty (0 bytes)", "Expected a header row with column names");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void onlyBlankLines(boolean fast) {
        assertSingleError(read(spec(fixture("blank-lines.csv")), fast), ImportProblemCodes.EMPTY_FILE,
                "blank-lines.csv", "only blank lines", "Expected a header row");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void headerOnly(boolean fast) {
        ImportResult r = read(spec(fixture("header-only.csv")), fast);
        assertSingleError(r, ImportProblemCodes.NO_DATA_ROWS, "header-only.csv", "header (line 1, 5 columns)",
                "no data rows", "Expected at least one row of answers");
        assertEquals(0, r.report().rowsRead());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void rowWithMoreFieldsThanTheHeader(boolean fast) {
        ImportProblem e = assertSingleError(read(spec(fixture("ragged-more.csv")), fast),
                ImportProblemCodes.RAGGED_ROW, "ragged-more.csv, line 4", "has 6 fields",
                "the header (line 1) has 5 columns", "Expected 5 fields on every row");
        assertEquals(4, e.line().getAsLong());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void rowWithFewerFieldsThanTheHeader(boolean fast) {
        assertSingleError(read(spec(fixture("ragged-fewer.csv")), fast), ImportProblemCodes.RAGGED_ROW,
                "ragged-fewer.csv, line 3", "has 4 fields", "has 5 columns", "Expected 5 fields");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void unclosedQuote(boolean fast) {
        ImportSpec spec = ImportSpec.of(fixture("unclosed-quote.csv"), TestData.q123()).withIdColumn("respondent_id");
        assertSingleError(read(spec, fast), ImportProblemCodes.RAGGED_ROW, "unclosed-quote.csv, line 3",
                "has 2 fields", "spans 3 lines", "closing quote missing");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void binaryFileWithNulBytes(boolean fast) {
        assertSingleError(read(spec(fixture("binary.csv")), fast), ImportProblemCodes.BINARY_FILE,
                "binary.csv, line 3", "NUL bytes", "binary data, not CSV text", "Expected a text file");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void spreadsheetSavedUnderACsvName(boolean fast) {
        assertSingleError(read(spec(fixture("zip-disguised.csv")), fast), ImportProblemCodes.BINARY_FILE,
                "zip-disguised.csv", "ZIP archive", ".xlsx", "Expected a text file");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void tenMegabyteDataLineWithManyFields(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-line.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("respondent_id;status;q1;q2;q3\n1;Gjennomført;1;2;3\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "1;".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 80; i++) {
                out.write(chunk);
            }
            out.write("1\n2;Gjennomført;1;2;3\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) > 10_000_000);
        assertSingleError(read(spec(file), fast), ImportProblemCodes.OVERSIZED, "long-line.csv, line 3",
                "longer than 4,194,304 characters", "where the header has 5 columns", "Expected one respondent per line");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void tenMegabyteField(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-field.csv");
        byte[] field = new byte[10 << 20];
        Arrays.fill(field, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("respondent_id;status;q1;q2;q3\n1;".getBytes(StandardCharsets.UTF_8));
            out.write(field);
            out.write(";1;2;3\n".getBytes(StandardCharsets.UTF_8));
        }
        assertSingleError(read(spec(file), fast), ImportProblemCodes.OVERSIZED, "long-field.csv, line 2",
                "a field is longer than 1,048,576 characters", "Expected fields of ordinary length");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void tenMegabytesWithoutALineBreak(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("one-line.csv");
        byte[] bytes = "a;b;".repeat(10 << 18).getBytes(StandardCharsets.US_ASCII);
        Files.write(file, bytes);
        assertSingleError(read(spec(file), fast), ImportProblemCodes.OVERSIZED, "one-line.csv, line 1",
                "first line is longer than 1,048,576 bytes", "Expected a header row");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void megabyteLineWithTooManyFieldsIsARaggedRow(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("wide-line.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;Gjennomført;1;2;3\n" + "1;".repeat(500_000) + "1\n");
        assertSingleError(read(spec(file), fast), ImportProblemCodes.RAGGED_ROW, "wide-line.csv, line 3",
                "has 500,001 fields", "has 5 columns");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void wrongDeclaredDelimiter(boolean fast) {
        ImportProblem e = assertSingleError(read(spec(fixture("comma-separated.csv")).withDelimiter(';'), fast),
                ImportProblemCodes.WRONG_DELIMITER, "comma-separated.csv, line 1", "split at ';' (semicolon)",
                "the header has 1 column", "none of the 5 columns the study needs", "the delimiter is probably ',' (comma)");
        assertEquals(1, e.line().getAsLong());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void wrongDeclaredDelimiterOnAFullyQuotedFile(boolean fast) {
        assertSingleError(read(spec(fixture("quoted-comma.csv")).withDelimiter(';'), fast),
                ImportProblemCodes.WRONG_DELIMITER, "quoted-comma.csv, line 1", "';' (semicolon)",
                "probably ',' (comma)");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void undetectableDelimiterIsNamed(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("pipes.csv");
        Files.writeString(file, "respondent_id|status|q1|q2|q3\n1|Gjennomført|1|2|3\n");
        assertSingleError(read(spec(file), fast), ImportProblemCodes.WRONG_DELIMITER, "pipes.csv, line 1",
                "split at ',' (comma)", "probably '|' (pipe)");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void invalidUtf8WhenUtf8IsDeclared(boolean fast) {
        ImportSpec spec = ImportSpec.of(fixture("windows-1252.csv"), TestData.q123())
                .withEncoding(StandardCharsets.UTF_8);
        assertSingleError(read(spec, fast), ImportProblemCodes.INVALID_ENCODING, "windows-1252.csv, line 2",
                "not valid UTF-8", "Expected UTF-8 text");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void invalidUtf8BeyondTheFirstMegabyteWhenUtf8IsDeclared(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("late-latin1.csv");
        StringBuilder b = new StringBuilder("respondent_id;status;q1;q2;q3\n");
        for (int i = 1; i <= 100_000; i++) {
            b.append(i).append(";Done;1;2;3\n");
        }
        b.append("100001;Gjennomført;1;2;3\n");
        Files.write(file, b.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertTrue(Files.size(file) > 1 << 20);
        assertSingleError(read(spec(file).withEncoding(StandardCharsets.UTF_8), fast),
                ImportProblemCodes.INVALID_ENCODING, "late-latin1.csv, line 100002", "not valid UTF-8");
        // undeclared, the same file is Windows-1252
        ImportResult detected = read(spec(file), fast);
        assertTrue(detected.succeeded(), () -> TestData.problems(detected));
        assertEquals("windows-1252", detected.report().encoding().orElseThrow().name());
        assertEquals(1L, detected.report().statusCounts().get("Gjennomført"));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void missingFile(boolean fast, @TempDir Path dir) {
        Path file = dir.resolve("does-not-exist.csv");
        assertSingleError(read(spec(file), fast), ImportProblemCodes.FILE_NOT_FOUND, "does-not-exist.csv",
                "does not exist", "Expected an existing CSV file");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void directory(boolean fast, @TempDir Path dir) throws IOException {
        Path sub = Files.createDirectory(dir.resolve("export.csv"));
        assertSingleError(read(spec(sub), fast), ImportProblemCodes.NOT_A_FILE, "export.csv", "is a directory",
                "Expected a CSV file");
    }

    @Test
    void deviceIsNotReadForever() {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertSingleError(read(spec(zero), true), ImportProblemCodes.NOT_A_FILE, "zero", "not a regular file");
        }
    }

    @Test
    void noImporterForTheExtension(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("answers.xlsx"), "not really");
        ImportResult r = new Importers(List.of(new CsvImporter())).read(spec(file), ImportMonitor.NONE);
        assertSingleError(r, ImportProblemCodes.NO_IMPORTER, "answers.xlsx", "no importer handles the file extension",
                "Expected one of these formats: csv (.csv, .tab, .tsv, .txt)");
    }
}
