package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    // --- issue 12: nothing lost, nothing silent ---

    /** Whether a message shows any character a terminal would act on. */
    static void assertPrintable(ImportProblem p) {
        for (int i = 0; i < p.message().length(); i++) {
            char c = p.message().charAt(i);
            assertTrue(!Excerpt.needsEscape(c), () -> "raw control character in: " + Excerpt.of(p.message(), 100_000));
        }
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void strayLatin1ByteInAUtf8File(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("stray.csv");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("respondent_id;status;q1;q2;q3;note\n1;Gjennomført;1;2;3;\n2;Påbegynt;2;3;4;ok\n"
                .getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {'3', ';', 'D', 'o', 'n', 'e', ';', '3', ';', '4', ';', '5', ';', 'G', (byte) 0xF8, 'y',
            '\n'});
        Files.write(file, b.toByteArray());
        ImportProblem e = assertSingleError(read(spec(file), fast), ImportProblemCodes.INVALID_ENCODING,
                "stray.csv, line 4, column 'note', character 15", "byte 0xF8", "otherwise UTF-8");
        assertEquals(4, e.line().getAsLong());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void noRowAnswersAnyStatement(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("unanswered.csv");
        Files.writeString(file, "respondent_id;status;county;q1;q2;q3\n1;Gjennomført;3;;;\n2;Gjennomført;5;;;\n"
                + "3;Distribuert;;;;\n4;Gjennomført;;;;\n");
        ImportSpec withBackground = spec(file).withAuxiliaryColumns(List.of("county"));
        ImportProblem e = assertSingleError(read(withBackground, fast), ImportProblemCodes.NO_ITEM_ANSWERS,
                "unanswered.csv", "no row has an answer to any statement", "4 rows read", "2 excluded", "2 kept");
        assertTrue(e.message().contains("background"), e::message);
        // kept on purpose, the same
        assertSingleError(read(spec(file).withExcludeRowsWithoutAnswers(false), fast),
                ImportProblemCodes.NO_ITEM_ANSWERS, "no row has an answer to any statement", "4 rows read",
                "1 excluded", "3 kept", "keep-unanswered");
        // and when the no-answer rule excludes them all, the error says the same
        assertSingleError(read(spec(file), fast), ImportProblemCodes.NO_RESPONDENTS, "all 4 rows were excluded",
                "3 without answers", "no row has an answer to any statement");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void userMissingOnlyIsNoAnswerEither(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("dont-know.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;Gjennomført;9;9;\n2;Gjennomført;;9;9\n");
        List<ItemSpec> items = TestData.q123().stream().map(i -> i.withMissingCodes(9)).toList();
        // user-missing codes are not answers: kept on purpose, the rows still answer no statement
        assertSingleError(read(ImportSpec.of(file, items).withIdColumn("respondent_id")
                .withExcludeRowsWithoutAnswers(false), fast), ImportProblemCodes.NO_ITEM_ANSWERS,
                "no row has an answer to any statement", "2 rows read", "2 kept");
        assertSingleError(read(ImportSpec.of(file, items).withIdColumn("respondent_id"), fast),
                ImportProblemCodes.NO_RESPONDENTS, "2 without answers", "no row has an answer to any statement");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void controlCharactersOfCellsAreEscapedInMessages(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("escapes.csv");
        // an ESC sequence that would turn a terminal red and clear it, a NUL-free tab, a bidi override
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n"
                + "7\u001B[31m;Gjennomført;\u001B[2J;2;3\n"
                + "7\u001B[31m;Gjennomført;1\t\u202Ex;2;3\n", StandardCharsets.UTF_8);
        ImportResult r = read(spec(file), fast);
        assertFalse(r.succeeded());
        List<ImportProblem> notNumeric = r.problems(ImportProblemCodes.NOT_NUMERIC);
        assertEquals(2, notNumeric.size(), () -> TestData.problems(r));
        TestData.assertMessageHas(notNumeric.get(0), "respondent 7\\u001B[31m", "'\\u001B[2J' is not a number");
        TestData.assertMessageHas(notNumeric.get(1), "'1\\t\\u202Ex' is not a number");
        TestData.assertMessageHas(r.problems(ImportProblemCodes.DUPLICATE_ID).get(0), "respondent id 7\\u001B[31m");
        r.problems().forEach(BadInputTest::assertPrintable);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void escapedStatusAndHeaderNames(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("escaped-header.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;Q3\u001B]0;x\u0007\n1;\u001B[5mDone;1;2;3\n",
                StandardCharsets.UTF_8);
        ImportResult r = read(spec(file), fast);
        ImportProblem e = assertSingleError(r, ImportProblemCodes.MISSING_COLUMNS, "q3 (item", "\\u001B]0");
        assertPrintable(e);
        // the header's control characters: escaped however the header is split
        Path ok = dir.resolve("escaped-status.csv");
        Files.writeString(ok, "respondent_id;status;q1;q2;q3\n1;\u001B[5mDone;1;2;3\n", StandardCharsets.UTF_8);
        ImportResult s = read(spec(ok), fast);
        ImportProblem w = s.problems(ImportProblemCodes.UNMATCHED_STATUS).get(0);
        TestData.assertMessageHas(w, "'Distribuert' matches none", "'\\u001B[5mDone' (1)");
        s.problems().forEach(BadInputTest::assertPrintable);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aMegabyteHeaderNameIsQuotedAsAShortExcerpt(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-header.csv");
        String huge = "h".repeat(1_000_000);
        Files.writeString(file, "respondent_id;status;q1;q2;" + huge + "\n1;Done;1;2;3\n");
        ImportProblem e = assertSingleError(read(spec(file), fast), ImportProblemCodes.MISSING_COLUMNS,
                "huge-header.csv, line 1", "q3 (item)", "(1,000,000 characters)");
        assertTrue(e.message().length() < 2_000, () -> "message of " + e.message().length() + " characters");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aMegabyteCellIsQuotedAsAShortExcerpt(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge-cell.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;Done;" + "7".repeat(900_000) + ";2;3\n"
                + "2;Done;" + "x".repeat(900_000) + ";2;3\n");
        ImportResult r = read(spec(file), fast);
        List<ImportProblem> cells = new java.util.ArrayList<>(r.problems(ImportProblemCodes.OUT_OF_RANGE));
        cells.addAll(r.problems(ImportProblemCodes.NOT_NUMERIC));
        assertEquals(2, cells.size(), () -> TestData.problems(r));
        for (ImportProblem p : cells) {
            TestData.assertMessageHas(p, "(900,000 characters)");
            assertTrue(p.message().length() < 1_000, () -> "message of " + p.message().length() + " characters");
        }
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aNumberWithATypeSuffixIsNotANumber(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("suffix.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;Done;00000000000000000004d;2;3\n"
                + "2;Done;1e0;2;3\n");
        ImportProblem e = assertSingleError(read(spec(file), fast), ImportProblemCodes.NOT_NUMERIC,
                "suffix.csv, line 2", "'00000000000000000004d' is not a number");
        assertEquals(2, e.line().getAsLong());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aMissingCodeThatMatchesNothingIsAWarningListingTheValuesSeen(boolean fast, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("codes.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;Done;99;2;3\n2;Done;99;2;4\n3;Done;1;9;5\n");
        List<ItemSpec> items = List.of(ItemSpec.of("q1", 1, 5).withMissingCodes(9),
                ItemSpec.of("q2", 1, 5).withMissingCodes(9, -1), ItemSpec.of("q3", 1, 5).withMissingCodes(-1));
        ImportResult r = read(ImportSpec.of(file, items).withInvalidValuePolicy(InvalidValuePolicy.MISSING), fast);
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        // 9 matches in q2, so it is fine; -1 matches nowhere
        List<ImportProblem> unmatched = r.problems(ImportProblemCodes.UNMATCHED_MISSING_CODE);
        assertEquals(1, unmatched.size(), () -> TestData.problems(r));
        ImportProblem w = unmatched.get(0);
        assertEquals(ImportProblem.Severity.WARNING, w.severity());
        TestData.assertMessageHas(w, "codes.csv", "the missing code -1 matches no cell of the 3 kept rows",
                "2 columns that declare it (q2, q3)", "4 distinct values: '2' (2), '3' (1), '4' (1), '5' (1)");
        assertEquals(1, r.report().item("q2").orElseThrow().userMissing());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void anIdColumnThatIsEmptyEverywhereIsSaidAsSuch(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("no-ids.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n;Done;1;2;3\n;Done;2;3;4\n");
        ImportResult r = read(spec(file), fast);
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        ImportProblem w = r.problems(ImportProblemCodes.MISSING_ID).get(0);
        TestData.assertMessageHas(w, "the id column 'respondent_id' is empty in all 2 kept rows");
    }
}
