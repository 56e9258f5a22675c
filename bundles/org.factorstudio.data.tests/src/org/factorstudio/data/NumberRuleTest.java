package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factorstudio.data.internal.XlsxImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one number rule (NumberParser's Javadoc, docs/language.md): every cell is judged the same on the CSV
 * fast path, the general path and in a workbook. Before the rule, a cell with more than 18 digits went
 * through {@code Double.parseDouble}, so {@code 00000000000000000004d} read as 4, while {@code 1e0} was
 * refused.
 */
class NumberRuleTest {

    /** Cells that are numbers, with the value each must have. */
    private static final List<Object[]> NUMBERS = List.of(
            new Object[] {"3", 3.0},
            new Object[] {"+3", 3.0},
            new Object[] {"-2", -2.0},
            new Object[] {"007", 7.0},
            new Object[] {"00000000000000000004", 4.0},
            new Object[] {"1e0", 1.0},
            new Object[] {"1E+2", 100.0},
            new Object[] {"2.5e-1", 0.25},
            new Object[] {"3.5", 3.5},
            new Object[] {"4.", 4.0},
            new Object[] {".5", 0.5},
            new Object[] {"0.1", 0.1},
            new Object[] {"12345678901234567890", 12345678901234567890.0},
            new Object[] {"1.00000000000000000000001", 1.0});

    /** Cells that are not numbers. */
    private static final List<String> NOT_NUMBERS = List.of("00000000000000000004d", "4d", "4f", "4L", "0x1F",
            "NaN", "Infinity", "1e", "1e+", "e5", "1.2.3", "1 000", "--1", "+", ".", "1e999", "1_000");

    private static ImportSpec spec(Path file) {
        return ImportSpec.of(file, List.of(new ItemSpec("x", "x", null, null, null)))
                .withInvalidValuePolicy(InvalidValuePolicy.MISSING);
    }

    private static List<String> cells() {
        List<String> cells = new ArrayList<>();
        NUMBERS.forEach(n -> cells.add((String) n[0]));
        cells.addAll(NOT_NUMBERS);
        return cells;
    }

    private static void assertTheRule(ImportResult result) {
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        Dataset d = result.dataset().orElseThrow();
        int x = d.columnIndex("x");
        for (int r = 0; r < NUMBERS.size(); r++) {
            Object[] n = NUMBERS.get(r);
            assertEquals((double) n[1], d.value(x, r), 0.0, () -> "value of " + n[0]);
        }
        for (int r = 0; r < NOT_NUMBERS.size(); r++) {
            assertTrue(d.isMissing(x, NUMBERS.size() + r), "not a number: " + NOT_NUMBERS.get(r));
        }
        List<String> refused = result.report().cellProblems().stream()
                .filter(c -> c.kind() == CellProblem.Kind.NOT_NUMERIC).map(CellProblem::value).toList();
        assertEquals(NOT_NUMBERS, refused);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void csvCellsFollowTheRule(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, "x\n" + String.join("\n", cells()) + "\n", StandardCharsets.UTF_8);
        assertTheRule(TestData.importer(fast).read(spec(file), ImportMonitor.NONE));
    }

    @Test
    void workbookTextCellsFollowTheSameRule(@TempDir Path dir) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(XlsxWriter.row("x"));
        for (String c : cells()) {
            rows.add(XlsxWriter.row(XlsxWriter.inline(c)));
        }
        Path file = XlsxWriter.write(dir.resolve("numbers.xlsx"), "S", rows);
        assertTheRule(new XlsxImporter().read(spec(file), ImportMonitor.NONE));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void aBackgroundColumnIsNumericUnderTheSameRule(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("aux.csv");
        Files.writeString(file, "q1;q2;q3;size;code\n1;2;3;1e3;4\n2;3;4;25;4d\n");
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withAuxiliaryColumns(List.of("size", "code"));
        ImportResult result = TestData.importer(fast).read(spec, ImportMonitor.NONE);
        Dataset d = result.dataset().orElseThrow();
        assertEquals(Dataset.ColumnType.NUMERIC, d.type("size"));
        assertEquals(1000.0, d.value(d.columnIndex("size"), 0));
        assertEquals(Dataset.ColumnType.TEXT, d.type("code"), "4d is text, so the column is");
        assertEquals(Optional.of(';'), result.report().delimiter());
    }
}
