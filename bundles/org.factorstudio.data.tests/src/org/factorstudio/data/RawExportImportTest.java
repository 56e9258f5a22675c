package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.importer;
import static org.factorstudio.data.TestData.municipal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factorstudio.data.internal.CsvImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared raw survey-platform export (README of data/municipal-automation): 420 invitations, 315 of
 * them never answered (status Distribuert), one doubled digit (respondent 1347, q45 = 55). Every test
 * runs on both reading paths; the fast path must take this file (its statuses are non-ASCII UTF-8).
 */
class RawExportImportTest {

    /** Line of respondent 1347: ids 1001..1420 in order after the header, so 1347 - 1001 + 2. */
    private static final long LINE_1347 = 348;
    private static final List<String> BACKGROUND = List.of("county", "industry", "population_band");

    static ImportSpec rawSpec(InvalidValuePolicy policy) {
        return ImportSpec.of(municipal("responses-raw-export.csv"), TestData.items("q", 71, 1, 5, "%02d"))
                .withIdColumn("respondent_id").withStatusColumn("status", Set.of("Distribuert"))
                .withAuxiliaryColumns(BACKGROUND).withInvalidValuePolicy(policy);
    }

    static ImportSpec cleanSpec() {
        return ImportSpec.of(municipal("responses.csv"), TestData.items("q", 71, 1, 5, "%02d"))
                .withIdColumn("respondent_id").withAuxiliaryColumns(BACKGROUND);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void stopPolicyFailsWithOneClearMessage(boolean fast) {
        CsvImporter importer = importer(fast);
        ImportResult result = importer.read(rawSpec(InvalidValuePolicy.STOP), ImportMonitor.NONE);
        assertEquals(fast, importer.lastUsedFastPath(), () -> "fast path gave up: " + importer.lastBailReason());

        ImportProblem error = assertSingleError(result, ImportProblemCodes.OUT_OF_RANGE,
                "responses-raw-export.csv", "line 348", "column q45", "respondent 1347", "55", "range 1..5",
                "Expected a number from 1 to 5", "the import stops");
        assertEquals(LINE_1347, error.line().getAsLong());
        assertEquals(Optional.of("q45"), error.column());
        assertTrue(result.dataset().isEmpty());

        ImportReport report = result.report();
        assertEquals(420, report.rowsRead());
        assertEquals(105, report.rowsKept());
        assertEquals(1, report.cellProblemCount());
        CellProblem cell = report.cellProblems().get(0);
        assertEquals(LINE_1347, cell.line());
        assertEquals(Optional.of("1347"), cell.respondentId());
        assertEquals("q45", cell.column());
        assertEquals("55", cell.value());
        assertEquals(CellProblem.Kind.OUT_OF_RANGE, cell.kind());
        assertEquals(CellProblem.Action.IMPORT_STOPPED, cell.action());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void readsExcludesAndReportsNonRespondents(boolean fast) {
        ImportResult result = importer(fast).read(rawSpec(InvalidValuePolicy.MISSING), ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        ImportReport report = result.report();

        assertEquals(Optional.of(StandardCharsets.UTF_8), report.encoding());
        assertEquals(Optional.of(';'), report.delimiter());
        assertEquals(420, report.rowsRead());
        assertEquals(105, report.rowsKept());
        assertEquals(315, report.excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
        assertEquals(0, report.excluded(Exclusion.Reason.NO_ANSWERS));
        assertEquals(315, report.exclusions().size());
        assertTrue(report.exclusions().stream().allMatch(e -> e.detail().equals("Distribuert")));
        Exclusion first = report.exclusions().get(0);
        assertEquals(4, first.line());
        assertEquals(Optional.of("1003"), first.respondentId());
        assertEquals(71L, report.statusCounts().get("Gjennomført"));
        assertEquals(34L, report.statusCounts().get("Delvis gjennomført"));
        assertEquals(315L, report.statusCounts().get("Distribuert"));
        assertEquals(List.of(), report.unusedColumns());
        assertEquals(List.of(), report.duplicateIds());

        assertEquals(1, report.cellProblemCount());
        assertEquals(CellProblem.Action.SET_MISSING, report.cellProblems().get(0).action());
        ImportProblem warning = result.problems(ImportProblemCodes.OUT_OF_RANGE).get(0);
        assertEquals(ImportProblem.Severity.WARNING, warning.severity());
        TestData.assertMessageHas(warning, "line 348", "q45", "55", "set to missing");
        assertEquals(1, result.problems().size(), () -> TestData.problems(result));

        ItemSummary q45 = report.item("q45").orElseThrow();
        assertEquals(1, q45.invalid());
        assertEquals(105, q45.rows());
        // README: 71 completed everything, 2 more reached page 5 (q40-q57)
        assertEquals(105 - 73 + 1, q45.systemMissing() + q45.invalid() + q45.userMissing());

        Dataset d = result.dataset().orElseThrow();
        assertEquals(105, d.rowCount());
        assertEquals(74, d.columnCount());
        assertEquals(Dataset.ColumnType.CODED, d.type("q01"));
        assertEquals(0, d.codeOffset("q01"));
        int row1347 = d.rowOfRespondent("1347");
        assertEquals(LINE_1347, d.sourceLine(row1347));
        assertTrue(d.isMissing(d.columnIndex("q45"), row1347));
        assertEquals(1, report.respondentMissing().missingCount(row1347));
        assertEquals(2, d.sourceLine(0));
        // respondents who answered the background questions only are kept: they are respondents
        assertEquals(17, report.respondentMissing().rowsWithAllItemsMissing());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void missingPolicyGivesTheCleanFileExceptTheOneCell(boolean fast) {
        Dataset raw = importer(fast).read(rawSpec(InvalidValuePolicy.MISSING), ImportMonitor.NONE).dataset()
                .orElseThrow();
        ImportResult cleanResult = importer(fast).read(cleanSpec(), ImportMonitor.NONE);
        Dataset clean = cleanResult.dataset().orElseThrow(() -> new AssertionError(TestData.problems(cleanResult)));
        assertEquals(105, clean.rowCount());
        assertEquals(clean.columnNames(), raw.columnNames());

        int q45 = raw.columnIndex("q45");
        int row = raw.rowOfRespondent("1347");
        assertEquals(row, clean.rowOfRespondent("1347"));
        assertTrue(raw.isMissing(q45, row));
        assertFalse(clean.isMissing(q45, row), "the clean file has the corrected answer");
        int differences = 0;
        for (int c = 0; c < raw.columnCount(); c++) {
            assertEquals(clean.type(c), raw.type(c));
            for (int r = 0; r < raw.rowCount(); r++) {
                if (Double.compare(raw.value(c, r), clean.value(c, r)) != 0) {
                    differences++;
                    assertEquals(q45, c);
                    assertEquals(row, r);
                }
            }
        }
        assertEquals(1, differences);
        for (int r = 0; r < raw.rowCount(); r++) {
            assertEquals(clean.respondentId(r), raw.respondentId(r));
        }
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void withItemsOnlyTheBackgroundOnlyRespondentsHaveNoAnswer(boolean fast) {
        // without the background columns, 17 respondents answered no study item; the default excludes them
        ImportSpec spec = rawSpec(InvalidValuePolicy.MISSING).withAuxiliaryColumns(List.of());
        ImportResult result = importer(fast).read(spec, ImportMonitor.NONE);
        ImportReport report = result.report();
        assertEquals(88, report.rowsKept());
        assertEquals(315, report.excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
        assertEquals(17, report.excluded(Exclusion.Reason.NO_ANSWERS));
        assertEquals(List.of("county", "industry", "population_band"), report.unusedColumns());
        assertEquals(1, result.problems(ImportProblemCodes.UNUSED_COLUMNS).size());

        ImportResult all = importer(fast).read(spec.withExcludeRowsWithoutAnswers(false), ImportMonitor.NONE);
        assertEquals(105, all.report().rowsKept());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void withoutStatusColumnTheNoAnswerRuleAloneFindsTheNonRespondents(boolean fast) {
        ImportSpec spec = ImportSpec.of(municipal("responses-raw-export.csv"), TestData.items("q", 71, 1, 5, "%02d"))
                .withIdColumn("respondent_id").withAuxiliaryColumns(BACKGROUND)
                .withInvalidValuePolicy(InvalidValuePolicy.MISSING);
        ImportReport report = importer(fast).read(spec, ImportMonitor.NONE).report();
        assertEquals(105, report.rowsKept());
        assertEquals(315, report.excluded(Exclusion.Reason.NO_ANSWERS));
        assertEquals(List.of("status"), report.unusedColumns());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void sharedFileIsLeftUntouched(boolean fast) {
        Path file = municipal("responses-raw-export.csv");
        TestData.Snapshot before = TestData.Snapshot.of(file);
        importer(fast).read(rawSpec(InvalidValuePolicy.STOP), ImportMonitor.NONE);
        assertEquals(before, TestData.Snapshot.of(file));
        // README: SHA-256 of the published file
        assertEquals("64d6924ab28ac9f99d28385f04865a493a28150e6006d57c841f0e03da570772", before.sha256());
    }
}
