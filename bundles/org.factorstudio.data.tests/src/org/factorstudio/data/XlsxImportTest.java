package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertMessageHas;
import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.XlsxWriter.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.XlsxImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX importer: the same data as the CSV importer from the same answers, the cell kinds of a real
 * workbook, sheet choice, and one clear message for each kind of bad file. Workbooks are written by
 * {@link XlsxWriter} into a temporary folder.
 */
class XlsxImportTest {

    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    private ImportResult read(ImportSpec spec) {
        return importer.read(spec, ImportMonitor.NONE);
    }

    private static void assertNoStackTrace(ImportResult r) {
        for (ImportProblem p : r.problems()) {
            assertFalse(p.message().contains("Exception") || p.message().contains("\tat ")
                    || p.message().contains("org.dhatim"), () -> "internal detail in: " + p.message());
        }
    }

    // --- the example study's data -------------------------------------------------------------------

    @Test
    void theExampleResponsesGiveTheSameDatasetAsTheCsv() throws IOException {
        ImportSpec csvSpec = RawExportImportTest.cleanSpec();
        Path xlsx = XlsxWriter.fromCsv(csvSpec.file(), ',', dir.resolve("responses.xlsx"), "responses");
        ImportResult viaCsv = new CsvImporter().read(csvSpec, ImportMonitor.NONE);
        ImportResult viaXlsx = read(csvSpec.withFile(xlsx));

        assertTrue(viaXlsx.succeeded(), () -> TestData.problems(viaXlsx));
        Dataset csv = viaCsv.dataset().orElseThrow();
        Dataset sheet = viaXlsx.dataset().orElseThrow();
        assertEquals(105, sheet.rowCount());
        assertEquals(Optional.empty(), sheet.firstDifference(csv));
        assertEquals(viaCsv.report().items(), viaXlsx.report().items());
        assertEquals(viaCsv.report().rowsRead(), viaXlsx.report().rowsRead());
        assertEquals("xlsx", viaXlsx.report().format());
        assertEquals(Optional.empty(), viaXlsx.report().encoding());
        assertEquals(Optional.empty(), viaXlsx.report().delimiter());
    }

    @Test
    void theRawExportBindsLikeTheCsvAndNamesSheetRowAndColumnLetter() throws IOException {
        ImportSpec csvSpec = RawExportImportTest.rawSpec(InvalidValuePolicy.MISSING);
        Path xlsx = XlsxWriter.fromCsv(csvSpec.file(), ';', dir.resolve("export.xlsx"), "Svar");
        ImportResult viaCsv = new CsvImporter().read(csvSpec, ImportMonitor.NONE);
        ImportResult viaXlsx = read(csvSpec.withFile(xlsx));

        assertTrue(viaXlsx.succeeded(), () -> TestData.problems(viaXlsx));
        assertEquals(Optional.empty(), viaXlsx.dataset().orElseThrow().firstDifference(viaCsv.dataset().orElseThrow()));
        ImportReport report = viaXlsx.report();
        assertEquals(420, report.rowsRead());
        assertEquals(105, report.rowsKept());
        assertEquals(315, report.excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
        assertEquals(viaCsv.report().exclusions(), report.exclusions());
        assertEquals(viaCsv.report().statusCounts(), report.statusCounts());

        // respondent 1347 is on sheet row 348; q45 is column 50, AX (respondent_id, status, 3 background, q01..)
        CellProblem cell = report.cellProblems().get(0);
        assertEquals(348, cell.line());
        assertEquals("q45", cell.column());
        assertEquals("55", cell.value());
        ImportProblem warning = viaXlsx.problems(ImportProblemCodes.OUT_OF_RANGE).get(0);
        String letter = XlsxWriter.column(headerIndex(csvSpec.file(), "q45"));
        assertEquals("AX", letter);
        assertMessageHas(warning, "export.xlsx, sheet 'Svar', row 348, column q45 (" + letter + ")",
                "respondent 1347", "55 is outside the range 1..5", "set to missing");

        ImportResult stop = read(csvSpec.withFile(xlsx).withInvalidValuePolicy(InvalidValuePolicy.STOP));
        assertSingleError(stop, ImportProblemCodes.OUT_OF_RANGE, "sheet 'Svar', row 348", "q45 (" + letter + ")",
                "the import stops");
    }

    private static int headerIndex(Path csv, String column) throws IOException {
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        return Arrays.asList(header.split(";")).indexOf(column);
    }

    @Test
    void theFileIsLeftUntouched() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("a.xlsx"), "S", List.of(row("q1", "q2", "q3"), row(1, 2, 3)));
        TestData.Snapshot before = TestData.Snapshot.of(file);
        assertTrue(read(ImportSpec.of(file, TestData.q123())).succeeded());
        assertEquals(before, TestData.Snapshot.of(file));
    }

    @Test
    void declarationsThatMatchNothingAreWarningsAsForCsv() throws IOException {
        // (XML cannot hold control characters, so a workbook cell cannot carry an ESC sequence)
        Path file = XlsxWriter.write(dir.resolve("unmatched.xlsx"), "Svar", List.of(row("id", "status", "q1", "q2", "q3"),
                row(XlsxWriter.inline(""), "Ferdig", 1, 2, 3), row(XlsxWriter.inline(""), "Ferdig", 4, 5, 5)));
        List<ItemSpec> items = TestData.q123().stream().map(i -> i.withMissingCodes(9)).toList();
        ImportResult r = read(ImportSpec.of(file, items).withIdColumn("id").withStatusColumn("status",
                Set.of("Ikke påbegynt")));
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        assertMessageHas(r.problems(ImportProblemCodes.UNMATCHED_STATUS).get(0), "sheet 'Svar'",
                "'Ikke påbegynt' matches none of the 2 rows", "one value: 'Ferdig' (2)");
        assertMessageHas(r.problems(ImportProblemCodes.UNMATCHED_MISSING_CODE).get(0), "missing code 9",
                "3 columns that declare it (q1, q2, q3)", "'5' (2)");
        assertMessageHas(r.problems(ImportProblemCodes.MISSING_ID).get(0), "is empty in all 2 kept rows");
    }

    // --- cells ----------------------------------------------------------------------------------------

    @Test
    void cellKindsBecomeWhatTheUserSees() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("kinds.xlsx"), "Data", Arrays.asList(
                row("id", "q1", "q2", "q3", "note", "when", "done"),
                row(1, 1, XlsxWriter.formula("B2+1", 2), XlsxWriter.number("3", XlsxWriter.STYLE_DECIMALS),
                        XlsxWriter.inline("inline text"), XlsxWriter.date(LocalDate.of(2024, 3, 1),
                                XlsxWriter.STYLE_DATE), true),
                row(2, 4.0, null, 5, "shared text", XlsxWriter.date(LocalDate.of(2024, 12, 24),
                        XlsxWriter.STYLE_CUSTOM_DATE), false),
                null, // a gap in the sheet's rows: row 4 does not exist
                row(5, XlsxWriter.textFormula("\"1\"&\"\"", "1"), 2, null)));
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withIdColumn("id")
                .withAuxiliaryColumns(List.of("note", "when", "done"));
        ImportResult r = read(spec);
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        Dataset d = r.dataset().orElseThrow();
        assertEquals(3, d.rowCount());
        assertEquals(List.of(2, 3, 5), List.of(d.sourceLine(0), d.sourceLine(1), d.sourceLine(2)));
        int q1 = d.columnIndex("q1");
        int q2 = d.columnIndex("q2");
        int q3 = d.columnIndex("q3");
        assertEquals(1, d.value(q1, 0));
        assertEquals(2, d.value(q2, 0), "a formula's cached value");
        assertEquals(3, d.value(q3, 0), "a number in a number format stays a number");
        assertEquals(4, d.value(q1, 1));
        assertTrue(d.isMissing(q2, 1), "a blank cell is missing");
        assertEquals(1, d.value(q1, 2), "a text formula's cached value");
        assertTrue(d.isMissing(q3, 2));
        assertEquals("inline text", d.text(d.columnIndex("note"), 0).orElseThrow());
        assertEquals("shared text", d.text(d.columnIndex("note"), 1).orElseThrow());
        assertEquals("2024-03-01", d.text(d.columnIndex("when"), 0).orElseThrow(), "dates outside item columns are ISO text");
        assertEquals("2024-12-24", d.text(d.columnIndex("when"), 1).orElseThrow());
        assertEquals("TRUE", d.text(d.columnIndex("done"), 0).orElseThrow());
        assertEquals("FALSE", d.text(d.columnIndex("done"), 1).orElseThrow());
        assertEquals(Optional.of("5"), d.respondentId(2));
    }

    @Test
    void datesBooleansErrorsAndUncalculatedFormulasInItemColumnsAreProblems() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("bad-cells.xlsx"), "Data", List.of(
                row("id", "q1", "q2", "q3"),
                row(1, XlsxWriter.date(LocalDate.of(2024, 4, 3), XlsxWriter.STYLE_DATE), 2, 3),
                row(2, 1, true, 3),
                row(3, 1, 2, XlsxWriter.error("#DIV/0!")),
                row(4, XlsxWriter.uncalculated("SUM(B2:B4)"), 2, 3),
                row(5, 9, 2, 3)));
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withIdColumn("id")
                .withInvalidValuePolicy(InvalidValuePolicy.MISSING);
        ImportResult r = read(spec);
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        List<CellProblem> cells = r.report().cellProblems();
        assertEquals(5, cells.size(), cells::toString);
        assertCell(cells.get(0), 2, "q1", "2024-04-03", CellProblem.Kind.NOT_NUMERIC);
        assertCell(cells.get(1), 3, "q2", "TRUE", CellProblem.Kind.NOT_NUMERIC);
        assertCell(cells.get(2), 4, "q3", "#DIV/0!", CellProblem.Kind.NOT_NUMERIC);
        assertCell(cells.get(3), 5, "q1", "=SUM(B2:B4)", CellProblem.Kind.NOT_NUMERIC);
        assertCell(cells.get(4), 6, "q1", "9", CellProblem.Kind.OUT_OF_RANGE);
        assertTrue(cells.get(0).message().startsWith("bad-cells.xlsx, sheet 'Data', row 2, column q1 (B)"
                + " (respondent 1): '2024-04-03' is not a number"), cells.get(0).message());
        assertTrue(cells.get(2).message().contains("row 4, column q3 (D)"), cells.get(2).message());

        ImportResult stop = read(spec.withInvalidValuePolicy(InvalidValuePolicy.STOP));
        assertFalse(stop.succeeded());
        assertEquals(5, stop.errors().size());
        assertNoStackTrace(stop);
    }

    private static void assertCell(CellProblem c, long row, String column, String value, CellProblem.Kind kind) {
        assertEquals(row, c.line(), c::message);
        assertEquals(column, c.column(), c::message);
        assertEquals(value, c.value(), c::message);
        assertEquals(kind, c.kind(), c::message);
    }

    @Test
    void userMissingCodesNonRespondentsDuplicatesAndExtraColumnsAsForCsv() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("rules.xlsx"), "Data", List.of(
                row("id", "status", "q1", "q2", "q3", "comment"),
                row(1, "Gjennomført", 1, 9, 3, "fine"),
                row(2, "Distribuert", null, null, null),
                row(3, "Gjennomført", null, null, null),
                row(1, "Gjennomført", 5, 5, 5)));
        List<ItemSpec> items = List.of(ItemSpec.of("q1", 1, 5).withMissingCodes(9),
                ItemSpec.of("q2", 1, 5).withMissingCodes(9), ItemSpec.of("q3", 1, 5));
        ImportSpec spec = ImportSpec.of(file, items).withIdColumn("id")
                .withStatusColumn("status", Set.of("Distribuert"));
        ImportResult r = read(spec);
        ImportProblem dup = assertSingleError(r, ImportProblemCodes.DUPLICATE_ID,
                "rules.xlsx, sheet 'Data', row 2: respondent id 1 is used by 2 rows (rows 2, 5)");
        assertEquals(2, dup.line().getAsLong());
        ImportReport report = r.report();
        assertEquals(4, report.rowsRead());
        assertEquals(2, report.rowsKept());
        assertEquals(1, report.excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
        assertEquals(1, report.excluded(Exclusion.Reason.NO_ANSWERS));
        assertEquals(1, report.item("q2").orElseThrow().userMissing());
        assertEquals(List.of("comment"), report.unusedColumns());
        assertMessageHas(r.problems(ImportProblemCodes.UNUSED_COLUMNS).get(0),
                "rules.xlsx, sheet 'Data': 1 column is not used by the study: comment");
    }

    @Test
    void missingColumnsNameTheSheetAndHeaderRow() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("cols.xlsx"), "Data", List.of(row("q1", "Q2"), row(1, 2)));
        ImportResult r = read(ImportSpec.of(file, TestData.q123()));
        ImportProblem e = assertSingleError(r, ImportProblemCodes.MISSING_COLUMNS, "cols.xlsx, sheet 'Data', row 1",
                "2 columns the study needs are not in the header", "q2 (item; the header has 'Q2'",
                "q3 (item)", "it has 2 columns: q1, Q2");
        assertFalse(e.message().contains("split at"), e::message);
    }

    @Test
    void aDuplicatedHeaderNameNamesBothColumnLetters() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("dup.xlsx"), "Data", List.of(row("q1", "q2", "q3", "q2"),
                row(1, 2, 3, 4)));
        assertSingleError(read(ImportSpec.of(file, TestData.q123())), ImportProblemCodes.DUPLICATE_COLUMN,
                "dup.xlsx, sheet 'Data', row 1: column 'q2' (item) appears 2 times in the header (columns B, D)");
    }

    @Test
    void aValueRightOfTheHeaderIsReported() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("wide.xlsx"), "Data", List.of(
                row("q1", "q2", "q3"), row(1, 2, 3, null, "stray note"), row(3, 2, 1)));
        ImportResult r = read(ImportSpec.of(file, TestData.q123()));
        assertSingleError(r, ImportProblemCodes.RAGGED_ROW, "wide.xlsx, sheet 'Data', row 2", "has 5 cells",
                "the header (row 1) has 3 columns", "no values right of the header's last column");
    }

    // --- sheets ---------------------------------------------------------------------------------------

    private Path twoSheets() throws IOException {
        return XlsxWriter.write(dir.resolve("book.xlsx"), List.of(
                XlsxWriter.sheet("Info", List.of(row("Survey export"), row("Created 2024-05-01"))),
                XlsxWriter.sheet("Svar", List.of(row("q1", "q2", "q3"), row(1, 2, 3), row(4, 5, 1)))));
    }

    @Test
    void theFirstSheetUnlessTheStudyNamesOne() throws IOException {
        Path book = twoSheets();
        ImportResult first = read(ImportSpec.of(book, TestData.q123()));
        assertSingleError(first, ImportProblemCodes.MISSING_COLUMNS, "book.xlsx, sheet 'Info', row 1");

        ImportResult named = read(ImportSpec.of(book, TestData.q123()).withSheet("Svar"));
        assertTrue(named.succeeded(), () -> TestData.problems(named));
        assertEquals(2, named.dataset().orElseThrow().rowCount());
    }

    @Test
    void aMissingNamedSheetListsTheSheets() throws IOException {
        ImportResult r = read(ImportSpec.of(twoSheets(), TestData.q123()).withSheet("svar"));
        assertSingleError(r, ImportProblemCodes.SHEET_NOT_FOUND, "book.xlsx has no sheet 'svar'",
                "Expected one of its 2 sheets: 'Info', 'Svar'", "did you mean 'Svar'?");
        assertNoStackTrace(r);
    }

    // --- bad files ------------------------------------------------------------------------------------

    @Test
    void textWithAnXlsxExtensionIsNotAWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("export.xlsx"), "id;q1;q2;q3\n1;2;3;4\n");
        ImportResult r = read(ImportSpec.of(file, TestData.q123()));
        assertSingleError(r, ImportProblemCodes.NOT_A_WORKBOOK, "export.xlsx is not an XLSX workbook",
                "it holds text ('id;q1;q2;q3')", "declare format csv");
        assertNoStackTrace(r);
    }

    @Test
    void anOldExcelFileIsNamed() throws IOException {
        byte[] ole = new byte[512];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole, 0, signature.length);
        Path file = Files.write(dir.resolve("old.xlsx"), ole);
        assertSingleError(read(ImportSpec.of(file, TestData.q123())), ImportProblemCodes.NOT_A_WORKBOOK,
                "old.xlsx is not an XLSX workbook", "Excel 97-2003 workbook (.xls)", "password-protected");
    }

    @Test
    void aCorruptZipIsNotAWorkbook() throws IOException {
        Path good = XlsxWriter.write(dir.resolve("good.xlsx"), "S", List.of(row("q1", "q2", "q3"), row(1, 2, 3)));
        byte[] bytes = Files.readAllBytes(good);
        // a download cut short: the local headers are there, the central directory is not
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        ImportResult r = read(ImportSpec.of(cut, TestData.q123()));
        assertSingleError(r, ImportProblemCodes.NOT_A_WORKBOOK, "cut.xlsx cannot be opened as an XLSX workbook",
                "Expected an intact .xlsx file");
        assertNoStackTrace(r);

        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        ImportResult g = read(ImportSpec.of(Files.write(dir.resolve("garbage.xlsx"), garbage), TestData.q123()));
        assertSingleError(g, ImportProblemCodes.NOT_A_WORKBOOK, "garbage.xlsx", "Expected an intact .xlsx file");
        assertNoStackTrace(g);
    }

    @Test
    void aZipWithoutAWorkbookIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ImportResult r = read(ImportSpec.of(file, TestData.q123()));
        assertSingleError(r, ImportProblemCodes.NOT_A_WORKBOOK, "archive.xlsx cannot be opened as an XLSX workbook");
        assertNoStackTrace(r);
    }

    @Test
    void anEmptyFileAndAnEmptySheet() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertSingleError(read(ImportSpec.of(empty, TestData.q123())), ImportProblemCodes.EMPTY_FILE,
                "empty.xlsx is empty (0 bytes)", "Expected an XLSX workbook");

        Path blank = XlsxWriter.write(dir.resolve("blank.xlsx"), "Sheet1", List.of());
        assertSingleError(read(ImportSpec.of(blank, TestData.q123())), ImportProblemCodes.EMPTY_FILE,
                "blank.xlsx, sheet 'Sheet1' is empty", "Expected a header row");

        Path noSheets = XlsxWriter.write(dir.resolve("nosheets.xlsx"), List.of());
        ImportResult r = read(ImportSpec.of(noSheets, TestData.q123()));
        assertFalse(r.succeeded());
        assertEquals(1, r.errors().size(), () -> TestData.problems(r));
        assertTrue(Set.of(ImportProblemCodes.EMPTY_FILE, ImportProblemCodes.NOT_A_WORKBOOK)
                .contains(r.errors().get(0).code()), () -> TestData.problems(r));
        assertNoStackTrace(r);
    }

    @Test
    void aHeaderWithoutRows() throws IOException {
        Path file = XlsxWriter.write(dir.resolve("header.xlsx"), "Data", List.of(row("id", "q1", "q2", "q3")));
        assertSingleError(read(ImportSpec.of(file, TestData.q123()).withIdColumn("id")),
                ImportProblemCodes.NO_DATA_ROWS, "header.xlsx, sheet 'Data' has a header (row 1, 4 columns) but no"
                        + " data rows");
    }

    @Test
    void aMissingFileAndADirectory() throws IOException {
        assertSingleError(read(ImportSpec.of(dir.resolve("gone.xlsx"), TestData.q123())),
                ImportProblemCodes.FILE_NOT_FOUND, "gone.xlsx does not exist", "Expected an existing XLSX workbook");
        Path folder = Files.createDirectory(dir.resolve("folder.xlsx"));
        assertSingleError(read(ImportSpec.of(folder, TestData.q123())), ImportProblemCodes.NOT_A_FILE,
                "folder.xlsx is a directory", "Expected an XLSX workbook.");
    }

    @Test
    void cancellingStopsTheImport() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("q1", "q2", "q3"));
        for (int i = 0; i < 5000; i++) {
            rows.add(row(1, 2, 3));
        }
        Path file = XlsxWriter.write(dir.resolve("long.xlsx"), "Data", rows);
        ImportResult r = importer.read(ImportSpec.of(file, TestData.q123()), new ImportMonitor() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        });
        assertSingleError(r, ImportProblemCodes.CANCELLED, "long.xlsx", "cancelled");
    }
}
