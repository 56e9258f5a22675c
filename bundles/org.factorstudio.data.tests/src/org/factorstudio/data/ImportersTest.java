package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.spi.DatasetImporter;
import org.junit.jupiter.api.Test;

class ImportersTest {

    /** A stand-in for a contributed XLSX importer. */
    private static final DatasetImporter XLSX = new DatasetImporter() {
        @Override
        public String id() {
            return "xlsx";
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of("xlsx");
        }

        @Override
        public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
            throw new UnsupportedOperationException("not called by these tests");
        }
    };

    private final Importers importers = new Importers(List.of(new CsvImporter(), XLSX));

    @Test
    void choosesByExtensionIgnoringCase() {
        assertEquals("csv", importers.forSpec(ImportSpec.of(Path.of("a/Export.CSV"), List.of())).orElseThrow().id());
        assertEquals("csv", importers.forSpec(ImportSpec.of(Path.of("a.tsv"), List.of())).orElseThrow().id());
        assertEquals("xlsx", importers.forSpec(ImportSpec.of(Path.of("a.xlsx"), List.of())).orElseThrow().id());
        assertTrue(importers.forSpec(ImportSpec.of(Path.of("a.sav"), List.of())).isEmpty());
        assertTrue(importers.forSpec(ImportSpec.of(Path.of("noextension"), List.of())).isEmpty());
    }

    @Test
    void aDeclaredFormatWinsOverTheExtension() {
        assertEquals("csv", importers.forSpec(ImportSpec.of(Path.of("export.dat"), List.of()).withFormat("CSV"))
                .orElseThrow().id());
        assertEquals("xlsx", importers.forSpec(ImportSpec.of(Path.of("export.csv"), List.of()).withFormat("xlsx"))
                .orElseThrow().id());
    }

    @Test
    void readsThroughTheChosenImporter() {
        ImportSpec spec = ImportSpec.of(TestData.fixture("crlf.csv"), TestData.q123());
        ImportResult r = importers.read(spec, ImportMonitor.NONE);
        assertTrue(r.succeeded(), () -> TestData.problems(r));
        assertEquals("csv", r.report().format());
    }

    @Test
    void anUnknownDeclaredFormatIsAProblem() {
        ImportResult r = importers.read(ImportSpec.of(Path.of("x.csv"), List.of()).withFormat("spss"),
                ImportMonitor.NONE);
        TestData.assertSingleError(r, ImportProblemCodes.NO_IMPORTER, "x.csv", "the declared format 'spss'",
                "csv (.csv, .tab, .tsv, .txt); xlsx (.xlsx)");
    }

    @Test
    void resultsWithErrorsCannotCarryADataset() {
        Dataset d = Dataset.builder(0, new int[0]).build();
        ImportReport report = ImportReport.notRead(Path.of("x.csv"), "csv");
        ImportProblem error = ImportProblem.error("c", "m", Path.of("x.csv"));
        assertThrows(IllegalArgumentException.class,
                () -> new ImportResult(java.util.Optional.of(d), report, List.of(error)));
        assertThrows(IllegalArgumentException.class, () -> ImportResult.failure(report, List.of()));
    }

    @Test
    void specificationValuesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ItemSpec.of("q", 5, 1));
        assertThrows(IllegalArgumentException.class, () -> ItemSpec.of(" ", 1, 5));
        assertEquals("1..5", ItemSpec.of("q", 1, 5).rangeText());
        assertTrue(ItemSpec.of("q", 1, 127).fitsByteCodes());
        assertTrue(!ItemSpec.of("q", 0, 127).fitsByteCodes());
        ImportSpec spec = ImportSpec.of(Path.of("x.csv"), List.of(ItemSpec.of("q", 1, 5)));
        assertEquals(InvalidValuePolicy.STOP, spec.invalidValuePolicy());
        assertTrue(spec.excludeRowsWithoutAnswers());
        assertEquals(List.of("a", "b"), List.copyOf(spec.withStatusColumn("s", new java.util.LinkedHashSet<>(
                List.of("a", "b"))).nonRespondentStatuses()));
    }
    @Test
    void anImporterThatThrowsBecomesOneProblemNotAStackTrace() {
        DatasetImporter broken = new DatasetImporter() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public Set<String> fileExtensions() {
                return Set.of("brk");
            }

            @Override
            public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
                throw new IllegalStateException("bug in a plugin");
            }
        };
        ImportResult result = new Importers(List.of(broken)).read(ImportSpec.of(Path.of("answers.brk"), List.of()),
                ImportMonitor.NONE);
        assertTrue(result.dataset().isEmpty());
        assertEquals(1, result.errors().size());
        ImportProblem problem = result.errors().get(0);
        assertEquals(ImportProblemCodes.INTERNAL_ERROR, problem.code());
        assertTrue(problem.message().contains("answers.brk") && problem.message().contains("'broken'")
                && problem.message().contains("bug in a plugin"), problem.message());
    }

    @Test
    void aPluginsMessagesReachTheCallerEscapedAndBounded() {
        // a plugin that quotes a label with an ESC sequence, and a megabyte cell, as they are
        DatasetImporter careless = new DatasetImporter() {
            @Override
            public String id() {
                return "sav";
            }

            @Override
            public Set<String> fileExtensions() {
                return Set.of("sav");
            }

            @Override
            public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
                return ImportResult.failure(ImportReport.notRead(spec.file(), "sav"), List.of(
                        ImportProblem.warning("x.label", "label '\u001B[2Jvet ikke' of value 9", spec.file()),
                        ImportProblem.error("x.cell", "cell " + "7".repeat(1 << 20), spec.file())));
            }
        };
        ImportResult r = new Importers(List.of(careless)).read(ImportSpec.of(Path.of("a.sav"), List.of()),
                ImportMonitor.NONE);
        assertEquals("label '\\u001B[2Jvet ikke' of value 9", r.problems().get(0).message());
        String cell = r.problems().get(1).message();
        assertTrue(cell.length() <= Importers.MAX_MESSAGE + 40, () -> cell.length() + " characters");
        assertTrue(cell.endsWith("(1,048,581 characters)"), cell.substring(cell.length() - 40));
        assertEquals("x.cell", r.problems().get(1).code());
        assertTrue(r.problems().get(1).isError());
    }
}
