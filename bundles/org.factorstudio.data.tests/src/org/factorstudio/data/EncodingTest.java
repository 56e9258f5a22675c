package org.factorstudio.data;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.factorstudio.data.TestData.fixture;
import static org.factorstudio.data.TestData.importer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encodings as survey platforms and Excel write them. The fixtures hold the same small survey:
 * respondent_id;status;kommune;q1;q2;q3 with "Gjennomført", "Bærum", "Tromsø".
 */
class EncodingTest {

    private static ImportSpec spec(String fixture) {
        return ImportSpec.of(fixture(fixture), TestData.q123()).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of("Distribuert")).withAuxiliaryColumns(List.of("kommune"))
                .withInvalidValuePolicy(InvalidValuePolicy.MISSING);
    }

    private static void assertSurveyIntact(ImportResult result, Charset expected) {
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        ImportReport report = result.report();
        assertEquals(Optional.of(expected), report.encoding());
        assertEquals(Optional.of(';'), report.delimiter());
        assertEquals(3, report.rowsRead());
        assertEquals(2, report.rowsKept());
        assertEquals(List.of("Gjennomført", "Delvis gjennomført", "Distribuert"),
                List.copyOf(report.statusCounts().keySet()));
        Dataset d = result.dataset().orElseThrow();
        assertEquals(Dataset.ColumnType.TEXT, d.type("kommune"));
        assertEquals(List.of("Bærum", "Tromsø"), List.of(d.textColumn("kommune")));
        assertEquals(Optional.of("1"), d.respondentId(0));
        assertEquals(4.0, d.value(d.columnIndex("q1"), 1));
        assertTrue(d.isMissing(d.columnIndex("q2"), 1));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void windows1252IsDetectedWhenTheBytesAreNotUtf8(boolean fast) {
        ImportResult result = importer(fast).read(spec("windows-1252.csv"), ImportMonitor.NONE);
        assertSurveyIntact(result, Charset.forName("windows-1252"));
        ImportProblem note = result.problems(ImportProblemCodes.ENCODING_FALLBACK).get(0);
        // a guess that changes what statuses and labels read: a warning (issue 12)
        assertEquals(ImportProblem.Severity.WARNING, note.severity());
        assertEquals(2, note.line().getAsLong());
        TestData.assertMessageHas(note, "windows-1252.csv", "not valid UTF-8", "line 2", "Windows-1252");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void declaredWindows1252IsReadWithoutComment(boolean fast) {
        ImportResult result = importer(fast).read(spec("windows-1252.csv")
                .withEncoding(Charset.forName("windows-1252")), ImportMonitor.NONE);
        assertSurveyIntact(result, Charset.forName("windows-1252"));
        assertEquals(List.of(), result.problems());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void utf8DeclaredForWindows1252BytesIsOneErrorNamingTheLine(boolean fast) {
        ImportResult result = importer(fast).read(spec("windows-1252.csv").withEncoding(StandardCharsets.UTF_8),
                ImportMonitor.NONE);
        ImportProblem e = assertSingleError(result, ImportProblemCodes.INVALID_ENCODING, "windows-1252.csv",
                "line 2", "0xF8", "not valid UTF-8", "declared as UTF-8", "Expected UTF-8 text");
        assertEquals(2, e.line().getAsLong());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void utf8WithBom(boolean fast) {
        // the BOM must not stick to the first column name, or "respondent_id" would not be found
        assertSurveyIntact(importer(fast).read(spec("utf8-bom.csv"), ImportMonitor.NONE), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"utf16le-bom.csv", "utf16be-bom.csv"})
    void utf16WithBom(String fixture) {
        Charset expected = fixture.contains("le") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        assertSurveyIntact(importer(true).read(spec(fixture), ImportMonitor.NONE), expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"utf16le-bom.csv", "utf16be-bom.csv"})
    void aByteOrderMarkWinsOverAContradictingDeclaration(String fixture) {
        ImportResult result = importer(true).read(spec(fixture).withEncoding(StandardCharsets.UTF_8),
                ImportMonitor.NONE);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        assertEquals(1, result.problems(ImportProblemCodes.ENCODING_OVERRIDDEN).size());
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void statusesMatchWhateverTheUnicodeNormalForm(boolean fast, @TempDir Path dir) throws IOException {
        // macOS may write "ø" decomposed ("o" + combining stroke is not decomposable, so use "ë")
        String decomposed = Normalizer.normalize("Ikkë besvart", Normalizer.Form.NFD);
        Path file = dir.resolve("nfd.csv");
        Files.writeString(file, "respondent_id;status;q1;q2;q3\n1;" + decomposed + ";1;2;3\n2;Ferdig;2;3;4\n");
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of("Ikkë besvart"));
        ImportResult result = importer(fast).read(spec, ImportMonitor.NONE);
        assertEquals(1, result.report().rowsKept(), () -> TestData.problems(result));
        assertEquals(1, result.report().excluded(Exclusion.Reason.NON_RESPONDENT_STATUS));
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void bytesUndefinedInWindows1252AreAnErrorWhenItIsDeclared(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("undefined.csv");
        Files.write(file, new byte[] {'i', 'd', ';', 's', 't', ';', 'q', '1', ';', 'q', '2', ';', 'q', '3', '\n',
            '1', ';', 'o', 'k', ';', '1', ';', '2', ';', '3', '\n', '2', ';', 'b', (byte) 0x81, 'd', ';', '1', ';', '2', ';',
            '3', '\n'});
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withStatusColumn("st", Set.of("x"))
                .withEncoding(Charset.forName("windows-1252"));
        assertSingleError(importer(fast).read(spec, ImportMonitor.NONE), ImportProblemCodes.INVALID_ENCODING,
                "undefined.csv, line 3", "byte 0x81", "not valid windows-1252", "(declared)");
    }
}
