package org.factorstudio.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.FileByteSource;
import org.factorstudio.data.internal.Limits;

/**
 * Import benchmark: 1,000,000 respondents x 200 Likert items (about 400 MB), bound to a specification of
 * 200 items on 1..5. Goal on the 2-core build machine: at most 2 s wall time per import and at most 1 GB
 * of heap for the dataset.
 *
 * <pre>
 * java -cp ... org.factorstudio.data.CsvImportBenchmark [--rows N] [--items K] [--runs R] [--threads T]
 *      [--general] [--file PATH]
 * </pre>
 * The file is generated (seeded, so every machine measures the same bytes) when it is not there yet.
 * {@code --general} turns the fast path off to measure the fastcsv path alone. Wall time includes
 * everything the user waits for: sniffing, both passes, joining and assembling the result. Run it more
 * than once: the first run also pays for JIT compilation, and the first after generation finds the file
 * in the page cache, which a file fresh from a network share would not be.
 */
public final class CsvImportBenchmark {

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = 1_000_000;
        int items = 200;
        int runs = 3;
        int threads = Math.min(8, Runtime.getRuntime().availableProcessors());
        boolean fast = true;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--general" -> fast = false;
                case "--file" -> file = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (file == null) {
            file = Path.of(System.getProperty("java.io.tmpdir"), "factorstudio-bench-" + rows + "x" + items + "-s42.csv");
        }
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            generate(file, rows, items, 42);
            System.out.printf(Locale.ROOT, "generated %s (%,d bytes) in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - t0) / 1e9);
        }
        List<ItemSpec> spec = new ArrayList<>();
        for (int k = 1; k <= items; k++) {
            spec.add(ItemSpec.of(itemName(k), 1, 5));
        }
        ImportSpec importSpec = ImportSpec.of(file, spec).withIdColumn("respondent_id");
        CsvImporter importer = new CsvImporter(FileByteSource::new, Limits.DEFAULT, threads, fast);
        System.out.printf(Locale.ROOT, "file %s, %,d bytes; %d cores, %d threads, fast path %s, max heap %,d MB%n",
                file, Files.size(file), Runtime.getRuntime().availableProcessors(), threads, fast ? "on" : "off",
                Runtime.getRuntime().maxMemory() >> 20);
        for (int run = 1; run <= runs; run++) {
            long before = usedHeapAfterGc();
            long t0 = System.nanoTime();
            ImportResult result = importer.read(importSpec, ImportMonitor.NONE);
            long nanos = System.nanoTime() - t0;
            long after = usedHeapAfterGc();
            Dataset d = result.dataset().orElseThrow(() -> new IllegalStateException(result.problems().toString()));
            System.out.printf(Locale.ROOT,
                    "run %d: %.3f s wall, %,d rows x %d columns kept of %,d read, fast path used: %s%s; dataset heap"
                            + " estimate %,d MB, measured retained heap %,d MB; %.0f MB/s%n",
                    run, nanos / 1e9, d.rowCount(), d.columnCount(), result.report().rowsRead(),
                    importer.lastUsedFastPath(), importer.lastBailReason() == null ? ""
                            : " (gave up: " + importer.lastBailReason() + ")",
                    d.estimatedHeapBytes() >> 20, (after - before) >> 20, Files.size(file) / (nanos / 1e9) / 1e6);
            // keep the result reachable until the measurement above is done
            if (result.report().rowsKept() < 0) {
                System.out.println(d);
            }
        }
        System.out.println("gc: " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName() + " " + g.getCollectionCount() + "x/" + g.getCollectionTime() + "ms").toList());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static String itemName(int k) {
        return String.format(Locale.ROOT, "q%03d", k);
    }

    /**
     * Writes the benchmark file: {@code respondent_id} 1..rows, then the items, each 1..5 with 3% empty
     * cells, comma-separated, LF line ends. Written to a temporary name and moved, so that an interrupted
     * generation never leaves a truncated file that a later run would measure.
     */
    static void generate(Path file, int rows, int items, long seed) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        SplittableRandom random = new SplittableRandom(seed);
        byte[] line = new byte[32 + items * 2];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            StringBuilder header = new StringBuilder("respondent_id");
            for (int k = 1; k <= items; k++) {
                header.append(',').append(itemName(k));
            }
            out.write(header.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int r = 1; r <= rows; r++) {
                int p = 0;
                byte[] id = Integer.toString(r).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                System.arraycopy(id, 0, line, 0, id.length);
                p += id.length;
                for (int k = 0; k < items; k++) {
                    line[p++] = ',';
                    if (random.nextInt(100) >= 3) {
                        line[p++] = (byte) ('1' + random.nextInt(5));
                    }
                }
                line[p++] = '\n';
                out.write(line, 0, p);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
