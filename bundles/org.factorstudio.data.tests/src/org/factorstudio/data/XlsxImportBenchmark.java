package org.factorstudio.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.factorstudio.data.internal.XlsxImporter;

/**
 * XLSX import benchmark: a workbook of 100,000 respondents x 50 Likert items (numbers 1..5, 3% empty cells,
 * an id column), bound to 50 items on 1..5.
 *
 * <pre>
 * java -cp ... org.factorstudio.data.XlsxImportBenchmark [--rows N] [--items K] [--runs R] [--file PATH]
 * </pre>
 * The workbook is generated (seeded) when it is not there yet; see docs/bench/import-vs-peers.sh for the
 * class path.
 */
public final class XlsxImportBenchmark {

    private XlsxImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = 100_000;
        int items = 50;
        int runs = 3;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (file == null) {
            file = Path.of(System.getProperty("java.io.tmpdir"), "factorstudio-bench-" + rows + "x" + items
                    + "-s42.xlsx");
        }
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            generate(file, rows, items, 42);
            System.out.printf(Locale.ROOT, "generated %s (%,d bytes) in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
        }
        List<ItemSpec> spec = new ArrayList<>();
        for (int k = 1; k <= items; k++) {
            spec.add(ItemSpec.of(CsvImportBenchmark.itemName(k), 1, 5));
        }
        ImportSpec importSpec = ImportSpec.of(file, spec).withIdColumn("respondent_id");
        XlsxImporter importer = new XlsxImporter();
        System.out.printf(Locale.ROOT, "file %s, %,d bytes; %d cores, max heap %,d MB%n", file, Files.size(file),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long t0 = System.nanoTime();
            ImportResult result = importer.read(importSpec, ImportMonitor.NONE);
            long nanos = System.nanoTime() - t0;
            Dataset d = result.dataset().orElseThrow(() -> new IllegalStateException(result.problems().toString()));
            System.out.printf(Locale.ROOT, "run %d: %.3f s wall, %,d rows x %d columns kept of %,d read; %.0f cells/s%n",
                    run, nanos / 1e9, d.rowCount(), d.columnCount(), result.report().rowsRead(),
                    (double) rows * (items + 1) / (nanos / 1e9));
        }
    }

    static void generate(Path file, int rows, int items, long seed) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part.xlsx");
        List<Object> header = new ArrayList<>();
        header.add("respondent_id");
        for (int k = 1; k <= items; k++) {
            header.add(CsvImportBenchmark.itemName(k));
        }
        SplittableRandom random = new SplittableRandom(seed);
        XlsxWriter.write(tmp, List.of(new XlsxWriter.Sheet("responses", rows + 1, r -> {
            if (r == 0) {
                return header;
            }
            List<Object> row = new ArrayList<>(items + 1);
            row.add(r);
            for (int k = 0; k < items; k++) {
                row.add(random.nextInt(100) >= 3 ? Integer.valueOf(1 + random.nextInt(5)) : null);
            }
            return row;
        })));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
