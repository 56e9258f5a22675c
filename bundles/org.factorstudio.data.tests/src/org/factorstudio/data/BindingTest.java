package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.fixture;
import static org.factorstudio.data.TestData.importer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Binding to the specification. invalid-values.csv, items q1..q3 on 1..5 with 9 = missing code:
 * <pre>
 * line 2: id 1  1;2;3          fine
 * line 3: id 2  9;7;3          q1 user-missing, q2 out of range
 * line 4: id 3  abc;2;0        q1 not a number, q3 out of range
 * line 5: id 4  status Distribuert, q2 = 66 (not reported: not a respondent)
 * line 6: id 5  nothing answered
 * line 7: id 6  9;9;           only missing codes: nothing answered
 * </pre>
 */
class BindingTest {

    private static ImportSpec invalidValues(InvalidValuePolicy policy) {
        List<ItemSpec> items = TestData.q123().stream().map(i -> i.withMissingCodes(9)).toList();
        return ImportSpec.of(fixture("invalid-values.csv"), items).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of("Distribuert")).withInvalidValuePolicy(policy);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void missingPolicySetsInvalidCellsMissingAndListsThem(boolean fast) {
        ImportResult result = importer(fast).read(invalidValues(InvalidValuePolicy.MISSING), ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        ImportReport report = result.report();
        assertEquals(6, report.rowsRead());
        assertEquals(3, report.rowsKept());
        assertEquals(List.of(new Exclusion(Exclusion.Reason.NON_RESPONDENT_STATUS, 5, Optional.of("4"), "Distribuert"),
                new Exclusion(Exclusion.Reason.NO_ANSWERS, 6, Optional.of("5"), ""),
                new Exclusion(Exclusion.Reason.NO_ANSWERS, 7, Optional.of("6"), "")), report.exclusions());

        assertEquals(3, report.cellProblemCount());
        List<CellProblem> cells = report.cellProblems();
        assertEquals(List.of(3L, 4L, 4L), cells.stream().map(CellProblem::line).toList());
        assertEquals(List.of("q2", "q1", "q3"), cells.stream().map(CellProblem::column).toList());
        assertEquals(List.of("7", "abc", "0"), cells.stream().map(CellProblem::value).toList());
        assertEquals(List.of(CellProblem.Kind.OUT_OF_RANGE, CellProblem.Kind.NOT_NUMERIC, CellProblem.Kind.OUT_OF_RANGE),
                cells.stream().map(CellProblem::kind).toList());
        assertTrue(cells.stream().allMatch(c -> c.action() == CellProblem.Action.SET_MISSING));
        assertEquals(Optional.of("3"), cells.get(1).respondentId());
        assertEquals(3, result.warnings().size());
        TestData.assertMessageHas(result.warnings().get(1), "invalid-values.csv, line 4, column q1 (respondent 3)",
                "'abc' is not a number", "Expected a number from 1 to 5, a missing code (9) or an empty cell",
                "set to missing");

        assertEquals(new ItemSummary("q1", "q1", 1, 0, 1, 1), report.item("q1").orElseThrow());
        assertEquals(new ItemSummary("q2", "q2", 2, 0, 0, 1), report.item("q2").orElseThrow());
        assertEquals(new ItemSummary("q3", "q3", 2, 0, 0, 1), report.item("q3").orElseThrow());
        assertEquals(2.0 / 3, report.item("q1").orElseThrow().missingShare(), 1e-12);
        assertEquals(0, report.respondentMissing().missingCount(0));
        assertEquals(2, report.respondentMissing().missingCount(1));
        assertEquals(2.0 / 3, report.respondentMissing().missingShare(2), 1e-12);

        Dataset d = result.dataset().orElseThrow();
        assertArrayEquals(new byte[] {1, 0, 0}, d.codes("q1"));
        assertArrayEquals(new double[] {2, Double.NaN, 2}, d.column("q2"));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void stopPolicyReportsEveryInvalidCellAsAnError(boolean fast) {
        ImportResult result = importer(fast).read(invalidValues(InvalidValuePolicy.STOP), ImportMonitor.NONE);
        assertTrue(result.dataset().isEmpty());
        assertEquals(List.of(ImportProblemCodes.OUT_OF_RANGE, ImportProblemCodes.NOT_NUMERIC,
                ImportProblemCodes.OUT_OF_RANGE), result.errors().stream().map(ImportProblem::code).toList());
        TestData.assertMessageHas(result.errors().get(0), "line 3", "column q2", "7 is outside the range 1..5",
                "the import stops");
    }

    @Test
    void rowsWithoutAnswersAreKeptWhenAsked() {
        ImportResult result = importer(true).read(invalidValues(InvalidValuePolicy.MISSING)
                .withExcludeRowsWithoutAnswers(false), ImportMonitor.NONE);
        assertEquals(5, result.report().rowsKept());
        assertEquals(1, result.report().exclusions().size());
        assertEquals(3, result.report().respondentMissing().missingCount(4));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void duplicateIdsAreErrorsNamingTheRows(boolean fast) {
        ImportResult result = importer(fast).read(ImportSpec.of(fixture("duplicate-ids.csv"), TestData.q123())
                .withIdColumn("respondent_id"), ImportMonitor.NONE);
        assertTrue(result.dataset().isEmpty());
        assertEquals(List.of(new DuplicateId("7", List.of(2L, 4L)), new DuplicateId("8", List.of(3L, 6L))),
                result.report().duplicateIds());
        List<ImportProblem> errors = result.errors();
        assertEquals(2, errors.size());
        TestData.assertMessageHas(errors.get(0), "duplicate-ids.csv, line 2", "respondent id 7", "lines 2, 4");
        TestData.assertMessageHas(errors.get(1), "respondent id 8", "lines 3, 6");
        assertTrue(errors.stream().allMatch(e -> e.code().equals(ImportProblemCodes.DUPLICATE_ID)));
    }

    @Test
    void textIdsAreKeptAsText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("text-ids.csv");
        Files.writeString(file, "id,q1,q2,q3\nR_7xK,1,2,3\n007,2,3,4\n,3,4,5\n");
        ImportResult result = importer(true).read(ImportSpec.of(file, TestData.q123()).withIdColumn("id"),
                ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        Dataset d = result.dataset().orElseThrow();
        assertEquals(Optional.of("R_7xK"), d.respondentId(0));
        assertEquals(Optional.of("007"), d.respondentId(1));
        assertEquals(Optional.empty(), d.respondentId(2));
        ImportProblem w = result.problems(ImportProblemCodes.MISSING_ID).get(0);
        TestData.assertMessageHas(w, "1 kept row has no respondent id", "line 4");
    }

    @Test
    void missingStudyColumnsAreOneError() {
        List<ItemSpec> items = List.of(ItemSpec.of("q1", 1, 5), ItemSpec.of("q4", 1, 5), ItemSpec.of("Q2", 1, 5));
        ImportResult result = importer(true).read(ImportSpec.of(fixture("invalid-values.csv"), items),
                ImportMonitor.NONE);
        ImportProblem e = assertSingleError(result, ImportProblemCodes.MISSING_COLUMNS, "invalid-values.csv, line 1",
                "2 columns the study needs are not in the header", "q4 (item)",
                "Q2 (item; the header has 'q2', names are case-sensitive)", "respondent_id, status, q1, q2, q3");
        assertEquals(1, e.line().getAsLong());
    }

    @Test
    void itemsMayReadColumnsOfAnotherName() {
        List<ItemSpec> items = List.of(ItemSpec.of("trust", "q1", 1, 5), ItemSpec.of("q2", 1, 5),
                ItemSpec.of("q3", 1, 5));
        ImportResult result = importer(true).read(ImportSpec.of(fixture("crlf.csv"), items), ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(List.of("trust", "q2", "q3"), result.dataset().orElseThrow().columnNames());
    }

    @Test
    void rangesThatDoNotStartAtOneAreCodedWithAnOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nps.csv");
        Files.writeString(file, "nps,age\n0,34\n10,\n,71\n");
        List<ItemSpec> items = List.of(ItemSpec.of("nps", 0, 10), ItemSpec.of("age", "age", 16, null));
        for (boolean fast : new boolean[] {true, false}) {
            ImportResult result = importer(fast).read(ImportSpec.of(file, items), ImportMonitor.NONE);
            Dataset d = result.dataset().orElseThrow(() -> new AssertionError(TestData.problems(result)));
            assertEquals(Dataset.ColumnType.CODED, d.type("nps"));
            assertEquals(-1, d.codeOffset("nps"));
            assertArrayEquals(new byte[] {1, 11, 0}, d.codes("nps"));
            assertArrayEquals(new double[] {0, 10, Double.NaN}, d.column("nps"));
            assertEquals(Dataset.ColumnType.NUMERIC, d.type("age"), "no upper bound: not codable");
            assertArrayEquals(new double[] {34, Double.NaN, 71}, d.column("age"));
        }
    }

    @Test
    void inconsistentSpecificationsAreReportedNotThrown() {
        List<ItemSpec> items = List.of(ItemSpec.of("a", "q1", 1, 5), ItemSpec.of("b", "q1", 1, 5));
        ImportResult result = importer(true).read(ImportSpec.of(fixture("crlf.csv"), items), ImportMonitor.NONE);
        assertSingleError(result, ImportProblemCodes.INVALID_SPEC, "column 'q1' is bound twice", "item a and item b");

        ImportResult none = importer(true).read(ImportSpec.of(fixture("crlf.csv"), List.of()), ImportMonitor.NONE);
        assertSingleError(none, ImportProblemCodes.INVALID_SPEC, "lists no items");
    }
}
