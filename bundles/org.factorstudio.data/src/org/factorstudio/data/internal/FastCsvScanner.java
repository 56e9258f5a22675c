package org.factorstudio.data.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.Exclusion;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportSpec;

/**
 * The fast path for what large survey exports almost always are: ASCII data rows, no quotes, integer
 * answers. It reads bytes and binds them straight into the final column arrays, without decoding to
 * characters or making strings, and splits the file at line boundaries so that each core scans one part.
 *
 * <p>It is not a CSV parser: it handles only the subset above and gives up ({@link Bail}) on the first
 * byte outside it (a quote, a non-ASCII byte, a decimal, a ragged row, a lone CR, a line longer than a
 * block). The importer then reads the file the general way with fastcsv, which also words every
 * problem of that kind. Giving up costs at most one partial pass; results are the same either way, which
 * the parity tests check.
 *
 * <p>Two passes: the first counts lines per part (a memory-bandwidth-bound scan, 8 bytes per step), so
 * that every part knows its first line number and where its rows go in the shared arrays; the second
 * binds. Rows excluded as non-respondents leave gaps at the end of each part's region, closed when the
 * parts are joined.
 */
final class FastCsvScanner {

    /** The file leaves the supported subset; read it the general way. */
    static final class Bail extends Exception {
        private static final long serialVersionUID = 1L;

        Bail(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Rows staged before they are moved into the columns: 256 rows of 200 answers are 50 KB, near the cache. */
    private static final int STAGE_ROWS = 256;

    /** More distinct status values than this and the linear look-up would be slow; a status column has few. */
    private static final int MAX_DISTINCT_STATUSES = 64;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteSource source;
    /** An ASCII-compatible charset; non-ASCII bytes are allowed in status and unused columns only. */
    private final Charset charset;
    private final boolean utf8;
    private final ImportSpec spec;
    private final ColumnPlan plan;
    private final byte delimiter;
    private final Limits limits;
    private final int parallelism;
    private final CellProblemFactory problemFactory;
    private final Set<String> nonRespondent = new HashSet<>();

    /** Why the last scan gave up; for tests and logs. */
    volatile String bailReason;

    FastCsvScanner(ByteSource source, ImportSpec spec, ColumnPlan plan, char delimiter, Charset charset, Limits limits,
            int parallelism) {
        this.source = source;
        this.charset = charset;
        this.utf8 = Sniffer.isUtf8(charset);
        this.spec = spec;
        this.plan = plan;
        this.delimiter = (byte) delimiter;
        this.limits = limits;
        this.parallelism = Math.max(1, parallelism);
        this.problemFactory = new CellProblemFactory(spec);
        for (String s : spec.nonRespondentStatuses()) {
            nonRespondent.add(RecordBinder.normalize(s));
        }
    }

    /** Whether the fast path can try this delimiter at all. */
    static boolean supports(char delimiter) {
        return delimiter < 0x80 && delimiter != '"' && delimiter != '\n' && delimiter != '\r' && delimiter != '-'
                && (delimiter < '0' || delimiter > '9');
    }

    /**
     * Scans the data rows in {@code [dataStart, size)}.
     *
     * @param dataLine line number of the byte at {@code dataStart}
     * @return the bound data, or empty if the file left the subset
     */
    Optional<BoundData> scan(long dataStart, long dataLine, long size, Progress progress)
            throws IOException, Cancelled {
        long dataBytes = size - dataStart;
        int parts = (int) Math.max(1, Math.min(parallelism, dataBytes / limits.minPartBytes()));
        ExecutorService pool = Executors.newFixedThreadPool(parts, daemonThreads());
        AtomicLong bytesDone = new AtomicLong();
        AtomicInteger abort = new AtomicInteger();
        try {
            long[] bounds = new long[parts + 1];
            bounds[0] = dataStart;
            bounds[parts] = size;
            for (int i = 1; i < parts; i++) {
                bounds[i] = Math.max(bounds[i - 1], nextLineStart(dataStart + dataBytes * i / parts, size));
            }

            // pass 1: lines per part
            List<Callable<long[]>> counts = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                long from = bounds[i];
                long to = bounds[i + 1];
                // a part that reaches the end of the file may end without a line break
                boolean last = to == size;
                long knownLine = i == 0 ? dataLine : -1;
                counts.add(() -> countLines(from, to, last, knownLine, abort));
            }
            List<long[]> lineCounts = await(pool, counts, progress, bytesDone, abort);
            long total = 0;
            int[] rowBase = new int[parts];
            int[] firstLine = new int[parts];
            long lineBefore = dataLine;
            for (int i = 0; i < parts; i++) {
                rowBase[i] = (int) Math.min(total, Integer.MAX_VALUE);
                firstLine[i] = (int) Math.min(lineBefore, Integer.MAX_VALUE);
                total += lineCounts.get(i)[0];
                lineBefore += lineCounts.get(i)[1];
            }
            // between the passes: a cancellation must not wait for the second one
            progress.update(bytesDone.get());
            if (total > Integer.MAX_VALUE - 16 || lineBefore > Integer.MAX_VALUE) {
                throw new Bail("more lines than an array holds");
            }

            Columns columns = new Columns(plan, (int) total);
            List<Callable<Part>> tasks = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                Part part = new Part(columns, rowBase[i], firstLine[i], bounds[i], bounds[i + 1], abort, bytesDone);
                tasks.add(() -> {
                    part.run();
                    return part;
                });
            }
            List<Part> done = await(pool, tasks, progress, bytesDone, abort);
            return Optional.of(join(columns, done));
        } catch (Bail b) {
            bailReason = b.getMessage();
            return Optional.empty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "factorstudio-csv-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs tasks on the pool while the calling thread reports progress and polls for cancellation, so
     * the monitor is only ever called from the caller's thread.
     */
    private <T> List<T> await(ExecutorService pool, List<Callable<T>> tasks, Progress progress, AtomicLong bytesDone,
            AtomicInteger abort) throws IOException, Cancelled, Bail {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(pool.submit(t));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                while (true) {
                    try {
                        results.add(f.get(50, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException e) {
                        progress.update(bytesDone.get());
                    }
                }
            }
            return results;
        } catch (ExecutionException e) {
            abort.set(1);
            Throwable cause = e.getCause();
            if (cause instanceof Bail) {
                throw (Bail) cause;
            }
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            abort.set(1);
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (Cancelled c) {
            abort.set(1);
            throw c;
        } finally {
            for (Future<T> f : futures) {
                f.cancel(true);
            }
        }
    }

    /** Offset just after the first LF at or after {@code from}, or {@code size}. */
    private long nextLineStart(long from, long size) throws IOException, Bail {
        byte[] buf = new byte[1 << 16];
        try (SeekableByteChannel ch = source.openChannel()) {
            ch.position(from);
            long pos = from;
            while (pos < size) {
                int n = ch.read(ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, size - pos)));
                if (n < 0) {
                    throw new IOException("the file ended at byte " + Texts.count(pos) + ", before the size it had"
                            + " when the import started");
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        return pos + i + 1;
                    }
                }
                pos += n;
                if (pos - from > limits.fastBlockBytes()) {
                    throw new Bail("line longer than a block");
                }
            }
            return size;
        }
    }

    /** {rows possible, lines} in [from, to): LF count, plus an unterminated last line. */
    private long[] countLines(long from, long to, boolean last, long knownLine, AtomicInteger abort)
            throws IOException {
        byte[] buf = new byte[limits.fastBlockBytes()];
        long lfs = 0;
        byte lastByte = '\n';
        try (SeekableByteChannel ch = source.openChannel()) {
            ch.position(from);
            long pos = from;
            while (pos < to) {
                int n;
                try {
                    n = readFully(ch, buf, 0, (int) Math.min(buf.length, to - pos), pos);
                } catch (IOException e) {
                    // only the first part knows its line number before the counts are in
                    if (knownLine > 0) {
                        throw new LineIOException(knownLine + lfs, e);
                    }
                    throw e;
                }
                lfs += countLf(buf, n);
                lastByte = buf[n - 1];
                pos += n;
                if (abort.get() != 0) {
                    return new long[] {0, 0};
                }
            }
        }
        long lines = lfs + (last && to > from && lastByte != '\n' ? 1 : 0);
        return new long[] {lines, lines};
    }

    /** Counts LF bytes, eight at a time with an exact SWAR zero-byte test. */
    static long countLf(byte[] b, int n) {
        long count = 0;
        int i = 0;
        final long lf = 0x0A0A0A0A0A0A0A0AL;
        final long low7 = 0x7F7F7F7F7F7F7F7FL;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(b, i) ^ lf;
            long t = (x & low7) + low7;
            t = ~(t | x | low7);
            count += Long.bitCount(t);
        }
        for (; i < n; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int readFully(SeekableByteChannel ch, byte[] buf, int off, int len, long pos) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(buf, off, len);
        while (bb.hasRemaining()) {
            if (ch.read(bb) < 0) {
                throw new IOException("the file ended at byte " + Texts.count(pos + bb.position() - off)
                        + ", before the size it had when the import started");
            }
        }
        return len;
    }

    /** The shared destination arrays, sized for every line; each part writes its own region. */
    private static final class Columns {
        final byte[][] codes;
        final double[][] values;
        final double[][] aux;
        final int[] lines;
        final long[] ids;
        final int[] rowMissing;
        final byte[][] fieldCodes;
        final byte[][] fieldLut;
        /** Per field position and digit 0..9, the code of a one-digit answer (the field's lut, flattened). */
        final byte[] digitCodes;
        /** Per field position, how many coded item fields follow from it on, itself included (0: not one). */
        final int[] codedRun;

        Columns(ColumnPlan plan, int capacity) {
            int n = plan.items.length;
            codes = new byte[n][];
            values = new double[n][];
            for (int k = 0; k < n; k++) {
                if (plan.items[k].coded) {
                    codes[k] = new byte[capacity];
                } else {
                    values[k] = new double[capacity];
                }
            }
            aux = new double[plan.auxColumns.size()][capacity];
            lines = new int[capacity];
            ids = plan.idField >= 0 ? new long[capacity] : null;
            rowMissing = new int[capacity];
            // per field position, so the hot loop needs one array load instead of three
            fieldCodes = new byte[plan.width()][];
            fieldLut = new byte[plan.width()][];
            digitCodes = new byte[plan.width() * 10];
            codedRun = new int[plan.width() + 1];
            for (int f = 0; f < plan.width(); f++) {
                if (plan.roles[f] == ColumnPlan.ITEM && plan.items[plan.targets[f]].coded) {
                    fieldCodes[f] = codes[plan.targets[f]];
                    fieldLut[f] = plan.items[plan.targets[f]].lut;
                    System.arraycopy(fieldLut[f], 0, digitCodes, f * 10, 10);
                }
            }
            for (int f = plan.width() - 1; f >= 0; f--) {
                codedRun[f] = fieldCodes[f] != null ? codedRun[f + 1] + 1 : 0;
            }
        }
    }

    /** One part of the file, scanned by one thread. */
    private final class Part {
        final Columns c;
        final int rowBase;
        final long from;
        final long to;
        final AtomicInteger abort;
        final AtomicLong bytesDone;

        int row;
        int line;
        long rowsRead;
        final List<Exclusion> exclusions = new ArrayList<>();
        final List<CellProblem> cellProblems = new ArrayList<>();
        long cellProblemCount;
        final long[] systemMissing;
        final long[] userMissing;
        final long[] invalid;
        /** Distinct status values as bytes, their text, whether they mark non-respondents, counts. */
        final List<byte[]> statusBytes = new ArrayList<>();
        final List<String> statusText = new ArrayList<>();
        final List<Boolean> statusExcluded = new ArrayList<>();
        long[] statusCount = new long[MAX_DISTINCT_STATUSES];

        /**
         * The answers of coded items for up to {@link #STAGE_ROWS} rows, row by row ([row - stageBase][field]),
         * moved into the column arrays a block at a time: writing each answer straight into its column
         * touches as many arrays per row as the file has columns, and that scatter cost five times the
         * parsing itself (docs/benchmarks.md).
         */
        final byte[] stage;
        /** Row of the first staged row. */
        int stageBase;

        // per-row pending events, committed only when the row is kept
        final int[] pendingSystem;
        final int[] pendingUser;
        final int[] pendingUserValue;
        final long[][] missingCodeHits;
        final int[] pendingInvalid;
        final String[] pendingRaw;
        final CellProblem.Kind[] pendingKind;

        Part(Columns c, int rowBase, int firstLine, long from, long to, AtomicInteger abort, AtomicLong bytesDone) {
            this.c = c;
            this.rowBase = rowBase;
            this.row = rowBase;
            this.stage = new byte[STAGE_ROWS * plan.width()];
            this.stageBase = rowBase;
            this.line = firstLine;
            this.from = from;
            this.to = to;
            this.abort = abort;
            this.bytesDone = bytesDone;
            int n = plan.items.length;
            systemMissing = new long[n];
            userMissing = new long[n];
            invalid = new long[n];
            pendingSystem = new int[n];
            pendingUser = new int[n];
            pendingUserValue = new int[n];
            missingCodeHits = new long[n][];
            for (int k = 0; k < n; k++) {
                missingCodeHits[k] = new long[plan.items[k].declaredMissingCodes.length];
            }
            pendingInvalid = new int[n];
            pendingRaw = new String[n];
            pendingKind = new CellProblem.Kind[n];
        }

        void run() throws IOException, Bail {
            try {
                scanPart();
            } catch (LineIOException e) {
                throw e;
            } catch (IOException e) {
                throw new LineIOException(line, e);
            }
        }

        private void scanPart() throws IOException, Bail {
            int block = limits.fastBlockBytes();
            byte[] buf = new byte[block + 2];
            int carry = 0;
            try (SeekableByteChannel ch = source.openChannel()) {
                ch.position(from);
                long pos = from;
                while (true) {
                    int want = (int) Math.min(block - carry, to - pos);
                    int n = want > 0 ? readFully(ch, buf, carry, want, pos) : 0;
                    pos += n;
                    int len = carry + n;
                    boolean last = pos >= to;
                    int end;
                    if (last) {
                        if (len > 0 && buf[len - 1] != '\n') {
                            buf[len++] = '\n';
                        }
                        end = len;
                    } else {
                        end = len;
                        while (end > 0 && buf[end - 1] != '\n') {
                            end--;
                        }
                        if (end == 0) {
                            throw new Bail("line longer than " + block + " bytes");
                        }
                    }
                    parse(buf, end);
                    bytesDone.addAndGet(n);
                    if (last) {
                        unstage();
                        return;
                    }
                    carry = len - end;
                    System.arraycopy(buf, end, buf, 0, carry);
                    if (abort.get() != 0) {
                        throw new Bail("another part gave up");
                    }
                }
            }
        }

        /** Binds the complete lines in {@code buf[0, end)}; every line ends with LF. */
        @SuppressWarnings("checkstyle:MethodLength")
        private void parse(byte[] buf, int end) throws Bail {
            final byte d = delimiter;
            final byte[] roles = plan.roles;
            final int[] targets = plan.targets;
            final int width = roles.length;
            final ItemRule[] rules = plan.items;
            final byte[][] codes = c.codes;
            final double[][] values = c.values;
            final double[][] aux = c.aux;
            final byte[][] fieldCodes = c.fieldCodes;
            final byte[][] fieldLut = c.fieldLut;
            final byte[] digitCodes = c.digitCodes;
            final int[] codedRun = c.codedRun;
            int p = 0;
            while (p < end) {
                byte b0 = buf[p];
                if (b0 == '\n') {
                    p++;
                    line++;
                    continue;
                }
                if (b0 == '\r' && buf[p + 1] == '\n') {
                    p += 2;
                    line++;
                    continue;
                }
                if (row - stageBase == STAGE_ROWS) {
                    unstage();
                }
                final int r = row;
                final int staged = (r - stageBase) * width;
                int missing = 0;
                boolean answered = false;
                long id = IdColumns.NO_ID;
                int status = -1;
                int nSystem = 0;
                int nUser = 0;
                int nInvalid = 0;
                int f = 0;
                while (true) {
                    // the common stretch: coded items answered with one digit in range, each followed by the
                    // delimiter, in a tight loop with no dispatch per field; anything else (an empty cell, the
                    // line's end, a longer number) stops it at that field, which the switch below reads
                    for (final int runEnd = f + codedRun[f]; f < runEnd;) {
                        final int dig = buf[p] - '0';
                        if (dig < 0 || dig > 9 || buf[p + 1] != d) {
                            break;
                        }
                        final byte code = digitCodes[f * 10 + dig];
                        if (code <= 0) {
                            break;
                        }
                        stage[staged + f] = code;
                        answered = true;
                        p += 2;
                        f++;
                    }
                    if (f >= width) {
                        throw new Bail("line " + line + " has more fields than the header");
                    }
                    final int start = p;
                    byte ch = buf[p];
                    switch (roles[f]) {
                        case ColumnPlan.ITEM: {
                            final byte[] col = fieldCodes[f];
                            if (col != null) {
                                // the common cell: one digit, in range, then a delimiter or the line end
                                final int dig = ch - '0';
                                final byte next = buf[p + 1];
                                if (dig >= 0 && dig <= 9 && (next == d || next == '\n')) {
                                    final int code = fieldLut[f][dig];
                                    if (code > 0) {
                                        stage[staged + f] = (byte) code;
                                        answered = true;
                                        ch = next;
                                        p++;
                                        break;
                                    }
                                }
                            }
                            final int k = targets[f];
                            if (ch == d || ch == '\n' || ch == '\r') {
                                if (codes[k] != null) {
                                    stage[staged + f] = 0;
                                } else {
                                    values[k][r] = Double.NaN;
                                }
                                missing++;
                                pendingSystem[nSystem++] = k;
                                break;
                            }
                            boolean negative = false;
                            if (ch == '-') {
                                negative = true;
                                ch = buf[++p];
                            }
                            int v = 0;
                            int digits = 0;
                            while (true) {
                                int dig = ch - '0';
                                if (dig < 0 || dig > 9) {
                                    break;
                                }
                                v = v * 10 + dig;
                                digits++;
                                ch = buf[++p];
                            }
                            if (digits == 0 || digits > 9 || ch != d && ch != '\n' && ch != '\r') {
                                throw new Bail("line " + line + ": item cell is not a plain integer");
                            }
                            if (negative) {
                                v = -v;
                            }
                            final ItemRule rule = rules[k];
                            final int cls = v >= 0 && v < ItemRule.LUT_SIZE ? rule.lut[v] : rule.classify((long) v);
                            if (cls >= 1) {
                                if (codes[k] != null) {
                                    stage[staged + f] = (byte) cls;
                                } else {
                                    values[k][r] = v;
                                }
                                answered = true;
                            } else {
                                if (codes[k] != null) {
                                    stage[staged + f] = 0;
                                } else {
                                    values[k][r] = Double.NaN;
                                }
                                missing++;
                                if (cls == ItemRule.USER_MISSING) {
                                    pendingUserValue[nUser] = v;
                                    pendingUser[nUser++] = k;
                                } else {
                                    answered = true;
                                    pendingRaw[nInvalid] = new String(buf, start, p - start, StandardCharsets.US_ASCII);
                                    pendingKind[nInvalid] = CellProblem.Kind.OUT_OF_RANGE;
                                    pendingInvalid[nInvalid++] = k;
                                }
                            }
                            break;
                        }
                        case ColumnPlan.ID: {
                            if (ch == d || ch == '\n' || ch == '\r') {
                                break;
                            }
                            long v = 0;
                            int digits = 0;
                            boolean leadingZero = ch == '0';
                            while (true) {
                                int dig = ch - '0';
                                if (dig < 0 || dig > 9) {
                                    break;
                                }
                                v = v * 10 + dig;
                                digits++;
                                ch = buf[++p];
                            }
                            if (digits == 0 || digits > 18 || leadingZero && digits > 1
                                    || ch != d && ch != '\n' && ch != '\r') {
                                throw new Bail("line " + line + ": id is not a plain integer");
                            }
                            id = v;
                            break;
                        }
                        case ColumnPlan.STATUS: {
                            while (ch != d && ch != '\n' && ch != '\r') {
                                if (ch == '"') {
                                    throw new Bail("line " + line + ": status is quoted");
                                }
                                ch = buf[++p];
                            }
                            status = status(buf, start, p);
                            break;
                        }
                        case ColumnPlan.AUX: {
                            final double[] a = aux[targets[f]];
                            if (ch == d || ch == '\n' || ch == '\r') {
                                a[r] = Double.NaN;
                                break;
                            }
                            boolean negative = false;
                            if (ch == '-') {
                                negative = true;
                                ch = buf[++p];
                            }
                            long v = 0;
                            int digits = 0;
                            while (true) {
                                int dig = ch - '0';
                                if (dig < 0 || dig > 9) {
                                    break;
                                }
                                v = v * 10 + dig;
                                digits++;
                                ch = buf[++p];
                            }
                            if (digits == 0 || digits > 15 || ch != d && ch != '\n' && ch != '\r') {
                                throw new Bail("line " + line + ": auxiliary cell is not a plain integer");
                            }
                            a[r] = negative ? -v : v;
                            answered = true;
                            break;
                        }
                        default: {
                            boolean high = false;
                            while (ch != d && ch != '\n' && ch != '\r') {
                                if (ch == '"') {
                                    throw new Bail("line " + line + ": unused column is quoted");
                                }
                                high |= ch < 0;
                                ch = buf[++p];
                            }
                            // the cell is skipped, but its bytes still decide whether the file is UTF-8
                            if (high && !decodable(buf, start, p)) {
                                throw new Bail("line " + line + ": not " + charset.name());
                            }
                            break;
                        }
                    }
                    if (ch == d) {
                        p++;
                        f++;
                        continue;
                    }
                    if (ch == '\r') {
                        if (buf[p + 1] != '\n') {
                            throw new Bail("line " + line + ": CR without LF");
                        }
                        p++;
                    }
                    p++;
                    break;
                }
                if (f + 1 != width) {
                    throw new Bail("line " + line + " has fewer fields than the header");
                }
                endRow(r, id, status, answered, missing, nSystem, nUser, nInvalid);
                line++;
            }
        }

        /** Moves the staged rows that were kept ([stageBase, row)) into the column arrays, column by column. */
        private void unstage() {
            int rows = row - stageBase;
            int width = plan.width();
            for (int f = 0; f < width; f++) {
                byte[] column = c.fieldCodes[f];
                if (column == null) {
                    continue;
                }
                for (int i = 0, at = f; i < rows; i++, at += width) {
                    column[stageBase + i] = stage[at];
                }
            }
            stageBase = row;
        }

        private void endRow(int r, long id, int status, boolean answered, int missing, int nSystem, int nUser,
                int nInvalid) {
            rowsRead++;
            if (status >= 0) {
                statusCount[status]++;
            }
            if (status >= 0 && statusExcluded.get(status)) {
                exclusions.add(new Exclusion(Exclusion.Reason.NON_RESPONDENT_STATUS, line, idText(id),
                        statusText.get(status)));
                return;
            }
            if (spec.excludeRowsWithoutAnswers() && !answered) {
                exclusions.add(new Exclusion(Exclusion.Reason.NO_ANSWERS, line, idText(id), ""));
                return;
            }
            c.lines[r] = line;
            if (c.ids != null) {
                c.ids[r] = id;
            }
            c.rowMissing[r] = missing;
            for (int i = 0; i < nSystem; i++) {
                systemMissing[pendingSystem[i]]++;
            }
            for (int i = 0; i < nUser; i++) {
                int k = pendingUser[i];
                userMissing[k]++;
                int code = plan.items[k].missingCodeIndex(pendingUserValue[i]);
                if (code >= 0) {
                    missingCodeHits[k][code]++;
                }
            }
            for (int i = 0; i < nInvalid; i++) {
                int k = pendingInvalid[i];
                invalid[k]++;
                cellProblemCount++;
                if (cellProblems.size() < ImportReport.MAX_LISTED_CELL_PROBLEMS) {
                    cellProblems.add(problemFactory.make(line, idText(id), plan.items[k], pendingRaw[i],
                            pendingKind[i]));
                }
            }
            row = r + 1;
        }

        private Optional<String> idText(long id) {
            return id == IdColumns.NO_ID ? Optional.empty() : Optional.of(Long.toString(id));
        }

        /** Index of the status value in this part's distinct list (keyed by raw bytes), adding it when new. */
        private int status(byte[] buf, int from, int to) throws Bail {
            int len = to - from;
            for (int i = 0; i < statusBytes.size(); i++) {
                byte[] s = statusBytes.get(i);
                if (s.length == len && Arrays.equals(s, 0, len, buf, from, to)) {
                    return i;
                }
            }
            if (statusBytes.size() == MAX_DISTINCT_STATUSES) {
                throw new Bail("too many distinct status values");
            }
            if (!decodable(buf, from, to)) {
                throw new Bail("status on line " + line + " is not " + charset.name());
            }
            // trimmed as the general path trims (spaces, tabs, no-break spaces), after decoding
            String text = trimBlank(new String(buf, from, len, charset));
            statusBytes.add(Arrays.copyOfRange(buf, from, to));
            statusText.add(text);
            statusExcluded.add(nonRespondent.contains(RecordBinder.normalize(text)));
            return statusBytes.size() - 1;
        }
    }

    private static String trimBlank(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && NumberParser.isBlank(s.charAt(a))) {
            a++;
        }
        while (b > a && NumberParser.isBlank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean validUtf8(byte[] buf, int from, int to) {
        return EncodingScan.scan(buf, from, to, false, 1).invalid().isEmpty();
    }

    /**
     * Whether the bytes decode in the file's charset as strictly as the general path decodes them
     * (Windows-1252 leaves five bytes undefined); otherwise the general path must word the error.
     */
    private boolean decodable(byte[] buf, int from, int to) {
        if (utf8) {
            return validUtf8(buf, from, to);
        }
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Closes the gaps between the parts' regions and merges their counts, in file order. */
    private BoundData join(Columns c, List<Part> parts) {
        BoundData out = new BoundData();
        int n = plan.items.length;
        out.systemMissing = new long[n];
        out.userMissing = new long[n];
        out.invalid = new long[n];
        out.missingCodeHits = new long[n][];
        for (int k = 0; k < n; k++) {
            out.missingCodeHits[k] = new long[plan.items[k].declaredMissingCodes.length];
        }
        int dest = 0;
        for (Part part : parts) {
            int kept = part.row - part.rowBase;
            if (part.rowBase != dest && kept > 0) {
                for (int k = 0; k < n; k++) {
                    if (c.codes[k] != null) {
                        System.arraycopy(c.codes[k], part.rowBase, c.codes[k], dest, kept);
                    } else {
                        System.arraycopy(c.values[k], part.rowBase, c.values[k], dest, kept);
                    }
                }
                for (double[] a : c.aux) {
                    System.arraycopy(a, part.rowBase, a, dest, kept);
                }
                System.arraycopy(c.lines, part.rowBase, c.lines, dest, kept);
                if (c.ids != null) {
                    System.arraycopy(c.ids, part.rowBase, c.ids, dest, kept);
                }
                System.arraycopy(c.rowMissing, part.rowBase, c.rowMissing, dest, kept);
            }
            dest += kept;
            out.rowsRead += part.rowsRead;
            out.exclusions.addAll(part.exclusions);
            for (CellProblem cp : part.cellProblems) {
                if (out.cellProblems.size() < ImportReport.MAX_LISTED_CELL_PROBLEMS) {
                    out.cellProblems.add(cp);
                }
            }
            out.cellProblemCount += part.cellProblemCount;
            for (int k = 0; k < n; k++) {
                out.systemMissing[k] += part.systemMissing[k];
                out.userMissing[k] += part.userMissing[k];
                out.invalid[k] += part.invalid[k];
                for (int m = 0; m < out.missingCodeHits[k].length; m++) {
                    out.missingCodeHits[k][m] += part.missingCodeHits[k][m];
                }
            }
            for (int s = 0; s < part.statusText.size(); s++) {
                out.statusCounts.merge(part.statusText.get(s), part.statusCount[s], Long::sum);
            }
        }
        out.rows = dest;
        Object[] items = new Object[n];
        for (int k = 0; k < n; k++) {
            items[k] = c.codes[k] != null ? c.codes[k] : c.values[k];
        }
        out.itemColumns = items;
        out.auxColumns = Arrays.copyOf(c.aux, c.aux.length, Object[].class);
        out.lines = c.lines;
        out.numericIds = c.ids;
        out.rowMissing = c.rowMissing;
        return out;
    }
}
