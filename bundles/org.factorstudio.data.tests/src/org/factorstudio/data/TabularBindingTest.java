package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factorstudio.data.spi.TabularBinding;
import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The seam for other tabular formats: rows handed over as text bind exactly as the CSV importer binds
 * them. The "spreadsheet" here is the raw export read into lists of strings, as an XLSX reader would
 * deliver its sheet.
 */
class TabularBindingTest {

    @Test
    void rowsFromAnotherFormatBindLikeTheCsvImport() throws IOException {
        ImportSpec spec = RawExportImportTest.rawSpec(InvalidValuePolicy.MISSING);
        List<List<String>> sheet = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(spec.file());
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(in)) {
            for (CsvRecord r : csv) {
                sheet.add(r.getFields());
            }
        }
        TabularBinding binding = TabularBinding.begin(spec, "sheet");
        assertTrue(binding.header(sheet.get(0), 1));
        for (int i = 1; i < sheet.size(); i++) {
            assertTrue(binding.row(sheet.get(i), i + 1));
        }
        ImportResult viaSeam = binding.finish();
        ImportResult viaCsv = TestData.importer(true).read(spec, ImportMonitor.NONE);

        assertTrue(viaSeam.succeeded(), () -> TestData.problems(viaSeam));
        assertEquals(Optional.empty(), viaSeam.dataset().orElseThrow().firstDifference(viaCsv.dataset().orElseThrow()));
        assertEquals(viaCsv.report().exclusions(), viaSeam.report().exclusions());
        assertEquals(viaCsv.report().cellProblems(), viaSeam.report().cellProblems());
        assertEquals(viaCsv.report().items(), viaSeam.report().items());
        assertEquals("sheet", viaSeam.report().format());
        assertEquals(Optional.empty(), viaSeam.report().encoding());
        assertEquals(viaCsv.problems(), viaSeam.problems());
    }

    @Test
    void aHeaderWithoutTheStudyColumnsFails() {
        TabularBinding binding = TabularBinding.begin(ImportSpec.of(java.nio.file.Path.of("book.xlsx"),
                TestData.q123()), "xlsx");
        assertFalse(binding.header(List.of("a", "b"), 1));
        assertFalse(binding.row(List.of("1", "2"), 2));
        ImportResult r = binding.finish();
        TestData.assertSingleError(r, ImportProblemCodes.MISSING_COLUMNS, "book.xlsx, line 1", "q1 (item)");
    }
}
