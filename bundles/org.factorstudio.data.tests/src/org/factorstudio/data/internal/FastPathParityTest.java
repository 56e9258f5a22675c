package org.factorstudio.data.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.factorstudio.data.Dataset;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.InvalidValuePolicy;
import org.factorstudio.data.ItemSpec;
import org.factorstudio.data.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path must give exactly what the general path gives: same dataset, same source lines, same
 * report, same problems, whatever the number of parts. Seeded random exports with everything the fast
 * path handles itself: empty cells, out-of-range values, missing codes, non-respondent statuses (with
 * non-ASCII text), rows without answers, blank lines, CRLF, unused columns with UTF-8 text, duplicate
 * ids, a last line without line break. Small blocks and parts force the block and part boundaries to
 * fall everywhere.
 */
class FastPathParityTest {

    private static final Limits SMALL = new Limits(1 << 20, 1 << 20, 4 << 20, 4096, 1);
    private static final String[] STATUSES = {"Gjennomført", "Delvis gjennomført", "Ferdig", "", " Distribuert"};

    @ParameterizedTest(name = "seed {0}, crlf {1}, duplicates {2}, policy {3}")
    @CsvSource({"1, false, false, MISSING", "2, true, false, MISSING", "3, false, true, MISSING",
        "4, false, false, STOP", "5, true, true, STOP"})
    void fastAndGeneralPathsAgree(long seed, boolean crlf, boolean duplicates, InvalidValuePolicy policy,
            @TempDir Path dir) throws IOException {
        Path file = generate(dir.resolve("export.csv"), seed, 3000, crlf, duplicates);
        ImportSpec spec = spec(file, policy);
        ImportResult general = new CsvImporter(FileByteSource::new, SMALL, 1, false).read(spec, ImportMonitor.NONE);
        assertTrue(general.report().rowsRead() > 2500, () -> TestData.problems(general));
        assertTrue(general.report().cellProblemCount() > 10);
        assertTrue(general.report().exclusions().size() > 50);
        for (int parallelism : new int[] {1, 2, 3, 7}) {
            CsvImporter importer = new CsvImporter(FileByteSource::new, SMALL, parallelism, true);
            ImportResult fast = importer.read(spec, ImportMonitor.NONE);
            assertTrue(importer.lastUsedFastPath(), importer::lastBailReason);
            assertSame(general, fast);
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @CsvSource({"1", "2", "3"})
    void partsWhoseLinesGetShorterGrowTheirArrays(int parallelism, @TempDir Path dir) throws IOException {
        // each part sizes its arrays from the lines of its first block: long lines first (a comment of 400
        // characters on the first 200 rows), short ones after, so the estimate falls short and the arrays grow
        Path file = generate(dir.resolve("export.csv"), 11, 3000, false, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String comment = "x".repeat(400);
        for (int line = 2; line <= 201; line++) {
            String l = lines.get(line - 1);
            int first = l.indexOf(',');
            int second = l.indexOf(',', first + 1);
            int third = l.indexOf(',', second + 1);
            if (first >= 0 && third > second) {
                lines.set(line - 1, l.substring(0, second + 1) + comment + l.substring(third));
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        ImportSpec spec = spec(file, InvalidValuePolicy.MISSING);
        ImportResult general = new CsvImporter(FileByteSource::new, SMALL, 1, false).read(spec, ImportMonitor.NONE);
        CsvImporter importer = new CsvImporter(FileByteSource::new, SMALL, parallelism, true);
        ImportResult fast = importer.read(spec, ImportMonitor.NONE);
        assertTrue(importer.lastUsedFastPath(), importer::lastBailReason);
        assertTrue(general.report().rowsRead() > 2500, () -> TestData.problems(general));
        assertSame(general, fast);
    }

    @ParameterizedTest(name = "quote on line {0}")
    @CsvSource({"2", "1500", "3001"})
    void aQuoteAnywhereSendsTheFileTheGeneralWay(int line, @TempDir Path dir) throws IOException {
        Path file = generate(dir.resolve("export.csv"), 9, 3000, false, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String l = lines.get(line - 1);
        int comma = l.indexOf(',');
        int second = l.indexOf(',', comma + 1);
        int third = l.indexOf(',', second + 1);
        lines.set(line - 1, l.substring(0, second + 1) + "\"quoted, with comma\"" + l.substring(third));
        Files.write(file, lines, StandardCharsets.UTF_8);
        ImportSpec spec = spec(file, InvalidValuePolicy.MISSING);
        ImportResult general = new CsvImporter(FileByteSource::new, SMALL, 1, false).read(spec, ImportMonitor.NONE);
        CsvImporter importer = new CsvImporter(FileByteSource::new, SMALL, 3, true);
        ImportResult fast = importer.read(spec, ImportMonitor.NONE);
        assertFalse(importer.lastUsedFastPath());
        assertTrue(importer.lastBailReason().contains("quoted"), importer::lastBailReason);
        assertSame(general, fast);
    }

    static void assertSame(ImportResult expected, ImportResult actual) {
        assertEquals(expected.report(), actual.report());
        assertEquals(expected.problems(), actual.problems());
        assertEquals(expected.dataset().isPresent(), actual.dataset().isPresent());
        if (expected.dataset().isPresent()) {
            Dataset e = expected.dataset().get();
            Dataset a = actual.dataset().get();
            assertEquals(java.util.Optional.empty(), e.firstDifference(a));
            assertArrayEquals(e.sourceLines(), a.sourceLines());
            for (int c = 0; c < e.columnCount(); c++) {
                assertEquals(e.type(c), a.type(c));
            }
        }
    }

    static ImportSpec spec(Path file, InvalidValuePolicy policy) {
        List<ItemSpec> items = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            String name = String.format(Locale.ROOT, "q%02d", k);
            if (k == 7) {
                items.add(ItemSpec.of(name, 0, 10));
            } else if (k == 8) {
                items.add(ItemSpec.of(name, name, 1, null));
            } else if (k == 5 || k == 6) {
                items.add(ItemSpec.of(name, 1, 5).withMissingCodes(9, -99));
            } else {
                items.add(ItemSpec.of(name, 1, 5));
            }
        }
        return ImportSpec.of(file, items).withIdColumn("respondent_id")
                .withStatusColumn("status", Set.of("Distribuert", "Ferdig")).withAuxiliaryColumns(List.of("age"))
                .withInvalidValuePolicy(policy);
    }

    static Path generate(Path file, long seed, int rows, boolean crlf, boolean duplicates) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        String nl = crlf ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder("respondent_id,status,comment");
        for (int k = 1; k <= 20; k++) {
            b.append(',').append(String.format(Locale.ROOT, "q%02d", k));
        }
        b.append(",age,extra").append(nl);
        int[] outOfRange = {0, 6, 55, -3, 1000, 123456789};
        for (int r = 1; r <= rows; r++) {
            if (rnd.nextInt(100) == 0) {
                b.append(nl);
            }
            int id = duplicates && rnd.nextInt(500) == 0 ? Math.max(1, r - 3) : r;
            String status = STATUSES[rnd.nextInt(100) < 90 ? rnd.nextInt(3) : 3 + rnd.nextInt(2)];
            boolean silent = status.trim().equals("Distribuert") || rnd.nextInt(50) == 0;
            b.append(id).append(',').append(status).append(',');
            b.append(rnd.nextInt(10) == 0 ? "Bærum og Tromsø" : rnd.nextInt(3) == 0 ? "" : "ok");
            for (int k = 1; k <= 20; k++) {
                b.append(',');
                if (silent) {
                    if (k == 5 && rnd.nextBoolean()) {
                        b.append(9);
                    }
                    continue;
                }
                int p = rnd.nextInt(100);
                if (p < 8) {
                    continue;
                }
                if (p < 9) {
                    b.append(outOfRange[rnd.nextInt(outOfRange.length)]);
                } else if (p < 12 && (k == 5 || k == 6)) {
                    b.append(rnd.nextBoolean() ? "9" : "-99");
                } else if (k == 7) {
                    b.append(rnd.nextInt(11));
                } else if (k == 8) {
                    b.append(1 + rnd.nextInt(300));
                } else {
                    b.append(1 + rnd.nextInt(5));
                }
            }
            b.append(',');
            if (!silent && rnd.nextInt(4) > 0) {
                b.append(18 + rnd.nextInt(70));
            }
            b.append(',').append(rnd.nextInt(2));
            if (r < rows || rnd.nextBoolean()) {
                b.append(nl);
            }
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }
}
