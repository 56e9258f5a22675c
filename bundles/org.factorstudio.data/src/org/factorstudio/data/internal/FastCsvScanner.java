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
 * <p>One pass: each part binds its rows into arrays of its own, sized from the lines of its first block and
 * grown when that was short, and numbers its lines from its own start; the parts are then joined into
 * arrays of exactly the rows, in file order, the later parts' lines numbered on from where the earlier ones
 * ended (their cell problems are worded only then). Counting every part's lines first, so that each knew
 * its first line and where its rows went, read the whole file twice (docs/benchmarks.md).
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
                try {
                    bounds[i] = Math.max(bounds[i - 1], nextLineStart(dataStart + dataBytes * i / parts, size));
                } catch (IOException e) {
                    // no line is known there either: the general path reads the file and says where it failed
                    throw new Bail("finding where part " + (i + 1) + " begins failed: " + e.getMessage());
                }
            }

            // a cancellation asked for while the file was sniffed stops the import before the one pass over it
            progress.checkCancel();
            List<Callable<Part>> tasks = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                // only the first part knows the line it starts on; the others count from their own start
                Part part = new Part(i, i == 0 ? dataLine : 0, i == 0, bounds[i], bounds[i + 1], abort, bytesDone);
                tasks.add(() -> {
                    part.run();
                    return part;
                });
            }
            List<Part> done = await(pool, tasks, progress, bytesDone, abort);
            return Optional.of(join(done, dataLine));
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

    /** The destination arrays of one part (or of the joined data), with room for {@link #capacity} rows. */
    private static final class Columns {
        final int capacity;
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
            this.capacity = capacity;
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

        /** Copies rows [0, rows) of {@code from} to {@code at} in these arrays. */
        void copy(Columns from, int rows, int at) {
            for (int k = 0; k < codes.length; k++) {
                if (codes[k] != null) {
                    System.arraycopy(from.codes[k], 0, codes[k], at, rows);
                } else {
                    System.arraycopy(from.values[k], 0, values[k], at, rows);
                }
            }
            for (int a = 0; a < aux.length; a++) {
                System.arraycopy(from.aux[a], 0, aux[a], at, rows);
            }
            System.arraycopy(from.lines, 0, lines, at, rows);
            if (ids != null) {
                System.arraycopy(from.ids, 0, ids, at, rows);
            }
            System.arraycopy(from.rowMissing, 0, rowMissing, at, rows);
        }
    }

    /** A cell problem of a part whose first line is not known yet: worded when the parts are joined. */
    private record PendingProblem(int line, Optional<String> id, ItemRule rule, String raw, CellProblem.Kind kind) {
    }

    /** One part of the file, scanned by one thread. */
    private final class Part {
        /** This part's own arrays, made when its first block has been read; grown when they are short. */
        Columns c;
        final int index;
        /** Whether {@link #line} is the file's line number (else it counts from this part's start, 0). */
        final boolean lineKnown;
        final long from;
        final long to;
        final AtomicInteger abort;
        final AtomicLong bytesDone;

        int row;
        int line;
        long rowsRead;
        final List<Exclusion> exclusions = new ArrayList<>();
        final List<PendingProblem> cellProblems = new ArrayList<>();
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

        Part(int index, long startLine, boolean lineKnown, long from, long to, AtomicInteger abort,
                AtomicLong bytesDone) throws Bail {
            if (startLine > Integer.MAX_VALUE) {
                throw new Bail("more lines than an array holds");
            }
            this.index = index;
            this.lineKnown = lineKnown;
            this.stage = new byte[STAGE_ROWS * plan.width()];
            this.line = (int) startLine;
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
                if (!lineKnown) {
                    // the line is not known here: the general path reads the file again and says where it failed
                    throw new Bail("reading part " + (index + 1) + " failed: " + e.getMessage());
                }
                throw new LineIOException(line, e);
            }
        }

        /** Where this part is, for the reasons the fast path gives up (logs and tests only). */
        private String at() {
            return lineKnown ? "line " + line : "line " + line + " of part " + (index + 1);
        }

        /**
         * Makes room for the rows of a block of {@code bytes} bytes of whole lines: a row takes at least one byte per
         * field (its delimiters and line break). The first block sizes the arrays for the whole part from its lines.
         */
        private void ensureRoom(byte[] buf, int bytes) throws Bail {
            if (c == null) {
                if (bytes == 0) { // an empty part
                    c = new Columns(plan, 0);
                    return;
                }
                // a tenth more than the first block's lines say the part holds (most exports have lines of about
                // one length; a part whose later lines are shorter grows its arrays below), but never more than
                // the part's bytes can hold at one byte per field
                long lines = countLf(buf, bytes);
                long estimate = (long) Math.ceil(lines * 1.1 * (to - from) / bytes) + 16;
                long most = (to - from) / Math.max(1, plan.width()) + 1;
                c = new Columns(plan, capacity(Math.max(lines, Math.min(estimate, most))));
                return;
            }
            // without counting: the block cannot hold more rows than this; counted only when that might not fit
            if ((long) row + bytes / Math.max(1, plan.width()) + 1 <= c.capacity) {
                return;
            }
            long needed = (long) row + countLf(buf, bytes);
            if (needed > c.capacity) {
                unstage();
                Columns grown = new Columns(plan, capacity(Math.max(needed + 16, c.capacity + (c.capacity >> 1))));
                grown.copy(c, row, 0);
                c = grown;
            }
        }

        private int capacity(long rows) throws Bail {
            if (rows > Integer.MAX_VALUE - 16) {
                throw new Bail("more lines than an array holds");
            }
            return (int) rows;
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
                    ensureRoom(buf, end);
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
                        throw new Bail(at() + " has more fields than the header");
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
                                throw new Bail(at() + ": item cell is not a plain integer");
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
                                throw new Bail(at() + ": id is not a plain integer");
                            }
                            id = v;
                            break;
                        }
                        case ColumnPlan.STATUS: {
                            while (ch != d && ch != '\n' && ch != '\r') {
                                if (ch == '"') {
                                    throw new Bail(at() + ": status is quoted");
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
                                throw new Bail(at() + ": auxiliary cell is not a plain integer");
                            }
                            a[r] = negative ? -v : v;
                            answered = true;
                            break;
                        }
                        default: {
                            boolean high = false;
                            while (ch != d && ch != '\n' && ch != '\r') {
                                if (ch == '"') {
                                    throw new Bail(at() + ": unused column is quoted");
                                }
                                high |= ch < 0;
                                ch = buf[++p];
                            }
                            // the cell is skipped, but its bytes still decide whether the file is UTF-8
                            if (high && !decodable(buf, start, p)) {
                                throw new Bail(at() + ": not " + charset.name());
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
                            throw new Bail(at() + ": CR without LF");
                        }
                        p++;
                    }
                    p++;
                    break;
                }
                if (f + 1 != width) {
                    throw new Bail(at() + " has fewer fields than the header");
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
                    cellProblems.add(new PendingProblem(line, idText(id), plan.items[k], pendingRaw[i], pendingKind[i]));
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
                throw new Bail("status on " + at() + " is not " + charset.name());
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

    /**
     * Joins the parts in file order: their rows copied into arrays of exactly the rows, a column at a time, each
     * part's column let go once copied (so that the parts' arrays and the joined ones are not all held at once), the
     * later parts' lines numbered on from where the earlier ones ended, their cell problems worded, their counts
     * merged.
     */
    private BoundData join(List<Part> parts, long dataLine) throws Bail {
        BoundData out = new BoundData();
        int n = plan.items.length;
        out.systemMissing = new long[n];
        out.userMissing = new long[n];
        out.invalid = new long[n];
        out.missingCodeHits = new long[n][];
        for (int k = 0; k < n; k++) {
            out.missingCodeHits[k] = new long[plan.items[k].declaredMissingCodes.length];
        }
        long total = 0;
        for (Part part : parts) {
            total += part.row;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new Bail("more lines than an array holds");
        }
        int rows = (int) total;
        List<Columns> from = new ArrayList<>();
        int[] at = new int[parts.size()];
        long[] shift = new long[parts.size()];
        long lineBefore = dataLine;
        for (int i = 0, dest = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            // the file's line where this part starts: the first part knew it, the others counted from 0
            shift[i] = part.lineKnown ? 0 : lineBefore;
            if (part.line + shift[i] > Integer.MAX_VALUE) {
                throw new Bail("more lines than an array holds");
            }
            lineBefore = part.line + shift[i];
            at[i] = dest;
            dest += part.row;
            Columns c = part.c != null ? part.c : new Columns(plan, 0);
            Arrays.fill(c.fieldCodes, null); // the parse's view of the columns: let them go when copied
            from.add(c);
        }
        Object[] items = new Object[n];
        for (int k = 0; k < n; k++) {
            boolean coded = plan.items[k].coded;
            Object column = coded ? new byte[rows] : new double[rows];
            for (int i = 0; i < parts.size(); i++) {
                Columns c = from.get(i);
                System.arraycopy(coded ? c.codes[k] : c.values[k], 0, column, at[i], parts.get(i).row);
                if (coded) {
                    c.codes[k] = null;
                } else {
                    c.values[k] = null;
                }
            }
            items[k] = column;
        }
        Object[] auxColumns = new Object[plan.auxColumns.size()];
        for (int a = 0; a < auxColumns.length; a++) {
            double[] column = new double[rows];
            for (int i = 0; i < parts.size(); i++) {
                System.arraycopy(from.get(i).aux[a], 0, column, at[i], parts.get(i).row);
                from.get(i).aux[a] = null;
            }
            auxColumns[a] = column;
        }
        int[] lines = new int[rows];
        long[] ids = plan.idField >= 0 ? new long[rows] : null;
        int[] rowMissing = new int[rows];
        for (int i = 0; i < parts.size(); i++) {
            Columns c = from.get(i);
            int kept = parts.get(i).row;
            System.arraycopy(c.lines, 0, lines, at[i], kept);
            for (int r = at[i]; shift[i] != 0 && r < at[i] + kept; r++) {
                lines[r] += (int) shift[i];
            }
            if (ids != null) {
                System.arraycopy(c.ids, 0, ids, at[i], kept);
            }
            System.arraycopy(c.rowMissing, 0, rowMissing, at[i], kept);
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            out.rowsRead += part.rowsRead;
            for (Exclusion e : part.exclusions) {
                out.exclusions.add(shift[i] == 0 ? e
                        : new Exclusion(e.reason(), e.line() + shift[i], e.respondentId(), e.detail()));
            }
            for (PendingProblem cp : part.cellProblems) {
                if (out.cellProblems.size() < ImportReport.MAX_LISTED_CELL_PROBLEMS) {
                    out.cellProblems.add(
                            problemFactory.make(cp.line() + shift[i], cp.id(), cp.rule(), cp.raw(), cp.kind()));
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
            for (int st = 0; st < part.statusText.size(); st++) {
                out.statusCounts.merge(part.statusText.get(st), part.statusCount[st], Long::sum);
            }
        }
        out.rows = rows;
        out.itemColumns = items;
        out.auxColumns = auxColumns;
        out.lines = lines;
        out.numericIds = ids;
        out.rowMissing = rowMissing;
        return out;
    }
}
