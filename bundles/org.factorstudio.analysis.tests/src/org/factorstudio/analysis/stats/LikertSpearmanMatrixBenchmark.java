package org.factorstudio.analysis.stats;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Timing of {@link LikertSpearmanMatrix} on synthetic Likert data (K = 5, 10% missing at random).
 * Not a test (no timing assertions): run by hand, for example
 *
 * <pre>
 * java -cp &lt;classes&gt;:commons-math3-3.6.1.jar \
 *     org.factorstudio.analysis.stats.LikertSpearmanMatrixBenchmark [threads]
 * </pre>
 *
 * Targets: 60 items x 100,000 respondents in &lt;= 0.25 s after warm-up, 200 items x 1,000,000
 * respondents in &lt;= 5 s on 2 cores. Besides wall time it prints the process CPU time per run, which
 * does not depend on other load on the machine (wall time on idle cores is about CPU time / threads
 * when the threads scale).
 */
public final class LikertSpearmanMatrixBenchmark {

    private LikertSpearmanMatrixBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2 && args[0].equals("--vs-pandas")) {
            writeForPandas(java.nio.file.Path.of(args[1]));
            return;
        }
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        System.out.printf("threads %d, processors %d, max heap %d MB, %s %s%n", threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        run(60, 100_000, threads, 10, 5);
        run(200, 1_000_000, threads, 1, 3);
    }

    /** CPU time of the whole process (all threads, including the JIT and GC). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void run(int items, int rows, int threads, int warmups, int runs) {
        byte[][] codes = LikertData.random(items, rows, 5, 0.10, 2024);
        double checksum = 0;
        for (int i = 0; i < warmups; i++) {
            checksum += LikertSpearmanMatrix.compute(codes, 5, threads).rho(0, 1);
        }
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            LikertSpearmanMatrix m = LikertSpearmanMatrix.compute(codes, 5, threads);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
            checksum += m.rho(0, items - 1);
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("%d items x %,d rows (%,d pairs): wall median %.3f s (min %.3f, max %.3f), CPU median"
                + " %.3f s, over %d runs after %d warm-up (checksum %.6f)%n", items, rows, items * (items - 1) / 2,
                seconds[runs / 2], seconds[0], seconds[runs - 1], cpu[runs / 2], runs, warmups, checksum);
    }

    /**
     * The comparison with pandas ({@code docs/bench/spearman-vs-pandas.sh}): writes the 60 x 100,000 data of the
     * goal as {@code likert.csv} (empty = missing) into {@code folder}, times the matrix on them in this process,
     * and writes the computed rho as {@code factorstudio-rho.csv} (17 significant digits) so that the script can
     * compare pandas' values with ours.
     */
    private static void writeForPandas(java.nio.file.Path folder) throws java.io.IOException {
        int items = 60;
        int rows = 100_000;
        byte[][] codes = LikertData.random(items, rows, 5, 0.10, 2024);
        java.nio.file.Files.createDirectories(folder);
        try (var out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(folder.resolve("likert.csv")))) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < items; c++) {
                line.append(c == 0 ? "" : ",").append("item").append(c + 1);
            }
            out.println(line);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                for (int c = 0; c < items; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    if (codes[c][r] != 0) {
                        line.append(codes[c][r]);
                    }
                }
                out.println(line);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        run(items, rows, threads, 10, 9);
        LikertSpearmanMatrix m = LikertSpearmanMatrix.compute(codes, 5, threads);
        try (var out = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(folder.resolve("factorstudio-rho.csv")))) {
            for (int i = 0; i < items; i++) {
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < items; j++) {
                    line.append(j == 0 ? "" : ",").append(i == j ? "1" : String.format(java.util.Locale.ROOT, "%.17g", m.rho(i, j)));
                }
                out.println(line);
            }
        }
    }
}
