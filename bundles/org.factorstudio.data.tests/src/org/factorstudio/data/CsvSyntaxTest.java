package org.factorstudio.data;

import static org.factorstudio.data.TestData.fixture;
import static org.factorstudio.data.TestData.importer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.factorstudio.data.internal.CsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as platforms write it: delimiters, decimal commas, quoting, line ends. */
class CsvSyntaxTest {

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void decimalCommaIsDetectedWithSemicolons(boolean fast) {
        ImportSpec spec = ImportSpec.of(fixture("decimal-comma.csv"), TestData.q123()).withIdColumn("respondent_id")
                .withAuxiliaryColumns(List.of("weight"));
        ImportResult result = importer(fast).read(spec, ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(Optional.of(','), result.report().decimalSeparator());
        Dataset d = result.dataset().orElseThrow();
        assertArrayEquals(new double[] {1.25, 0.8, Double.NaN}, d.column("weight"));
        // a fractional answer turns the item into a numeric column, value kept exactly
        assertEquals(Dataset.ColumnType.NUMERIC, d.type("q3"));
        assertArrayEquals(new double[] {3, 2.5, 1}, d.column("q3"));
        assertEquals(Dataset.ColumnType.CODED, d.type("q1"));
    }

    @Test
    void declaredDecimalPointMakesCommaNumbersInvalid() {
        ImportSpec spec = ImportSpec.of(fixture("decimal-comma.csv"), TestData.q123()).withIdColumn("respondent_id")
                .withAuxiliaryColumns(List.of("weight")).withDecimalSeparator('.');
        ImportResult result = importer(true).read(spec, ImportMonitor.NONE);
        ImportProblem e = TestData.assertSingleError(result, ImportProblemCodes.NOT_NUMERIC, "decimal-comma.csv",
                "line 3", "column q3", "'2,5' is not a number");
        assertEquals(3, e.line().getAsLong());
        assertEquals(Optional.of('.'), result.report().decimalSeparator());
    }

    @Test
    void declaredDecimalCommaIsAccepted() {
        ImportSpec spec = ImportSpec.of(fixture("decimal-comma.csv"), TestData.q123()).withIdColumn("respondent_id")
                .withAuxiliaryColumns(List.of("weight")).withDecimalSeparator(',').withDelimiter(';');
        ImportResult result = importer(true).read(spec, ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertArrayEquals(new double[] {1.25, 0.8, Double.NaN}, result.dataset().orElseThrow().column("weight"));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void quotedFieldsWithEmbeddedLineBreaksAndQuotes(boolean fast) {
        ImportSpec spec = ImportSpec.of(fixture("quoted-newline.csv"), TestData.q123()).withIdColumn("respondent_id")
                .withAuxiliaryColumns(List.of("comment"));
        CsvImporter importer = importer(fast);
        ImportResult result = importer.read(spec, ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertFalse(importer.lastUsedFastPath(), "quotes need the real parser");
        assertEquals(Optional.of(','), result.report().delimiter());
        Dataset d = result.dataset().orElseThrow();
        assertEquals(List.of("Good survey, but\ntoo long", "He said \"hi\"", "plain"), List.of(d.textColumn("comment")));
        // the second record starts on line 4 because the first spans lines 2-3
        assertArrayEquals(new int[] {2, 4, 5}, d.sourceLines());
        assertArrayEquals(new double[] {5, 1, 2}, d.column("q1"));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void tabIsDetected(boolean fast) {
        ImportResult result = importer(fast).read(ImportSpec.of(fixture("tab.tsv"), TestData.q123()),
                ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(Optional.of('\t'), result.report().delimiter());
        assertArrayEquals(new double[] {3, 3}, result.dataset().orElseThrow().column("q3"));
        assertEquals(List.of("respondent_id"), result.report().unusedColumns());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void crlfLineEnds(boolean fast) {
        CsvImporter importer = importer(fast);
        ImportResult result = importer.read(ImportSpec.of(fixture("crlf.csv"), TestData.q123())
                .withIdColumn("respondent_id"), ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(fast, importer.lastUsedFastPath());
        Dataset d = result.dataset().orElseThrow();
        assertArrayEquals(new int[] {2, 3}, d.sourceLines());
        assertArrayEquals(new double[] {3, 3}, d.column("q3"));
        assertEquals(Optional.of("2"), d.respondentId(1));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void excelSeparatorLineDeclaresTheDelimiter(boolean fast) {
        CsvImporter importer = importer(fast);
        ImportResult result = importer.read(ImportSpec.of(fixture("excel-sep.csv"), TestData.q123())
                .withIdColumn("respondent_id"), ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(fast, importer.lastUsedFastPath(), importer::lastBailReason);
        assertEquals(Optional.of(';'), result.report().delimiter());
        assertArrayEquals(new int[] {3, 4}, result.dataset().orElseThrow().sourceLines());
        assertArrayEquals(new double[] {1, 5}, result.dataset().orElseThrow().column("q1"));
    }
}
