package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.factorstudio.data.Excerpt;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.spi.DatasetImporter;

/**
 * Imports CSV files as survey platforms and spreadsheets write them.
 *
 * <p>Stages, each a function of the previous one's output: file checks; {@link Sniffer} (binary?
 * encoding, delimiter, header); {@link HeaderBinder} (header to specification); then either the
 * {@link FastCsvScanner} (plain ASCII files) or the general path ({@link CsvTableReader} with fastcsv
 * into a {@link RecordBinder}); then {@link ResultAssembler}. Every way out is an {@link ImportResult}:
 * failures travel internally as {@link ImportFailure} and are caught here, as are I/O errors, running out
 * of memory and bugs.
 */
public final class CsvImporter implements DatasetImporter {

    /** Format id. */
    public static final String ID = "csv";

    private final Function<Path, ByteSource> sources;
    private final Limits limits;
    private final int parallelism;
    private final boolean fastPath;

    /** Why the fast path gave up on the last file, or null; for tests and the benchmark. */
    private volatile String lastBailReason;
    private volatile boolean lastUsedFastPath;

    /** The importer as the registry creates it: files on disk, default limits, up to 8 threads. */
    public CsvImporter() {
        this(FileByteSource::new, Limits.DEFAULT, Math.min(8, Runtime.getRuntime().availableProcessors()), true);
    }

    /**
     * @param sources     opens a path (tests pass sources that fail on purpose)
     * @param limits      size limits
     * @param parallelism threads for the fast path
     * @param fastPath    whether to try the fast path (tests turn it off to compare both paths)
     */
    public CsvImporter(Function<Path, ByteSource> sources, Limits limits, int parallelism, boolean fastPath) {
        this.sources = sources;
        this.limits = limits;
        this.parallelism = Math.max(1, parallelism);
        this.fastPath = fastPath;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("csv", "tsv", "tab", "txt");
    }

    /** Whether the last {@link #read} used the fast path. */
    public boolean lastUsedFastPath() {
        return lastUsedFastPath;
    }

    /** Why the fast path gave up on the last file (null if it did not try or did not give up). */
    public String lastBailReason() {
        return lastBailReason;
    }

    @Override
    public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
        ImportMonitor m = monitor == null ? ImportMonitor.NONE : monitor;
        Attempt attempt = new Attempt(spec);
        lastUsedFastPath = false;
        lastBailReason = null;
        String name = HeaderBinder.fileName(spec.file());
        try {
            return read(spec, m, attempt);
        } catch (ImportFailure f) {
            List<ImportProblem> problems = new ArrayList<>(attempt.notes);
            problems.addAll(f.problems());
            return ImportResult.failure(attempt.report(), problems);
        } catch (Cancelled c) {
            return attempt.fail(ImportProblem.error(ImportProblemCodes.CANCELLED, "The import of " + name
                    + " was cancelled" + attempt.where() + ".", spec.file()));
        } catch (NoSuchFileException e) {
            return attempt.fail(ImportProblem.error(ImportProblemCodes.FILE_NOT_FOUND, name + " disappeared before it"
                    + " could be read (" + spec.file().toAbsolutePath() + "). Expected the file to stay in place"
                    + " during the import; was it moved, renamed or deleted?", spec.file()));
        } catch (AccessDeniedException e) {
            return attempt.fail(ImportProblem.error(ImportProblemCodes.READ_FAILED, name + " cannot be opened: access"
                    + " denied (" + spec.file().toAbsolutePath() + "). Expected a file you may read.", spec.file()));
        } catch (IOException e) {
            if (e instanceof LineIOException) {
                attempt.line = () -> ((LineIOException) e).line;
            }
            return attempt.fail(ImportProblem.error(ImportProblemCodes.READ_FAILED, "Reading " + name + " failed"
                    + attempt.where() + ": " + Sniffer.rootMessage(e) + ". Expected the file to stay readable during"
                    + " the import; was it moved, deleted or changed while it was read, or is its disk or network"
                    + " share unavailable?", spec.file()));
        } catch (OutOfMemoryError e) {
            return attempt.fail(ImportProblem.error(ImportProblemCodes.TOO_LARGE, name + " does not fit in the"
                    + " memory available to FactorStudio (" + Texts.count(Runtime.getRuntime().maxMemory() >> 20)
                    + " MB)" + attempt.where() + ". Expected a smaller file, or start FactorStudio with more"
                    + " memory (-Xmx).", spec.file()));
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            return attempt.fail(ImportProblem.error(ImportProblemCodes.INTERNAL_ERROR, "Importing " + name
                    + " failed because of an internal error" + attempt.where() + " (" + Excerpt.of(String.valueOf(e))
                    + "). This is a bug in FactorStudio; please report it with the file if you can.", spec.file()));
        }
    }

    private ImportResult read(ImportSpec spec, ImportMonitor monitor, Attempt attempt)
            throws ImportFailure, Cancelled, IOException {
        List<ImportProblem> specProblems = HeaderBinder.checkSpec(spec);
        if (!specProblems.isEmpty()) {
            throw new ImportFailure(specProblems);
        }
        Path file = spec.file();
        FileChecks.check(file, "CSV file");
        ByteSource source = sources.apply(file);
        long size = source.size();
        Progress progress = new Progress(monitor, size);
        progress.checkCancel();

        Sniffer.Sniff sniff = Sniffer.sniff(source, size, spec, limits);
        attempt.charset = sniff.charset();
        attempt.delimiter = sniff.delimiter();
        attempt.notes.addAll(sniff.notes());

        HeaderBinder.Binding binding = HeaderBinder.bind(sniff.header(), sniff.headerLine(), sniff.headerLineText(),
                spec, sniff.delimiter());
        if (binding.plan().isEmpty()) {
            throw new ImportFailure(binding.problems());
        }
        ColumnPlan plan = binding.plan().get();
        attempt.unused = plan.unusedColumns;

        // text missing codes ("NA") are read on the general path only: the fast scanner parses numbers
        if (fastPath && sniff.headerEndByte() >= 0 && asciiCompatible(sniff.charset())
                && FastCsvScanner.supports(sniff.delimiter())
                && spec.items().stream().allMatch(item -> item.missingTexts().isEmpty())) {
            FastCsvScanner scanner = new FastCsvScanner(source, spec, plan, sniff.delimiter(), sniff.charset(),
                    limits, parallelism);
            Optional<BoundData> fast = scanner.scan(sniff.headerEndByte(), sniff.headerLine() + 1, size, progress);
            if (fast.isPresent()) {
                lastUsedFastPath = true;
                progress.done();
                // every data byte was ASCII, so the window's verdict on the encoding holds for the file
                List<ImportProblem> notes = new ArrayList<>(attempt.notes);
                notes.addAll(binding.problems());
                return ResultAssembler.assemble(spec, ID, sniff.charset(), sniff.delimiter(), plan, fast.get(), notes);
            }
            lastBailReason = scanner.bailReason;
        }

        // general path: settle the encoding over the whole file first, so that an error names its line
        Charset charset = sniff.charset();
        if (Sniffer.isUtf8(charset) && !sniff.charsetSettled()) {
            EncodingScan.Result scan;
            try (InputStream in = source.openStream()) {
                in.skipNBytes(sniff.bomLength());
                scan = EncodingScan.scan(in, 1);
            }
            if (scan.nul().isPresent()) {
                EncodingScan.Finding nul = scan.nul().get();
                throw new ImportFailure(ImportProblem.error(ImportProblemCodes.BINARY_FILE, Texts.at(
                        HeaderBinder.fileName(file), nul.line()) + ": the file contains NUL bytes (the first at byte "
                        + Texts.count(nul.offset() + sniff.bomLength()) + "), so it is binary data, not CSV text."
                        + " Expected a text file.", file, nul.line()));
            }
            if (scan.invalid().isPresent()) {
                EncodingScan.Finding bad = scan.invalid().get();
                Sniffer.Column column;
                try (InputStream in = source.openStream()) {
                    in.skipNBytes(sniff.bomLength());
                    column = Sniffer.columnName(sniff.header(), EncodingScan.fieldAt(in, bad.offset(),
                            sniff.delimiter()));
                }
                String name = HeaderBinder.fileName(file);
                if (spec.encoding().isPresent() || sniff.bomLength() > 0) {
                    throw new ImportFailure(Sniffer.invalidUtf8(name, file, bad, sniff.bomLength(),
                            sniff.bomLength() > 0, column));
                }
                if (scan.mostlyUtf8()) {
                    throw new ImportFailure(Sniffer.strayBytes(name, file, bad, sniff.bomLength(), scan, column));
                }
                charset = Sniffer.WINDOWS_1252;
                attempt.notes.add(Sniffer.fallbackNote(name, file, bad, sniff.bomLength(), scan, column));
            }
            attempt.charset = charset;
        }
        if (!Sniffer.isUtf8(charset)) {
            // the decoder inside the reader reads ahead, so it cannot say on which line a bad byte is
            Optional<EncodingScan.Finding> bad;
            try (InputStream in = source.openStream()) {
                in.skipNBytes(sniff.bomLength());
                bad = EncodingScan.firstUndecodable(in, charset);
            }
            if (bad.isPresent()) {
                EncodingScan.Finding f = bad.get();
                String how = spec.encoding().filter(charset::equals).isPresent() ? "declared"
                        : sniff.bomLength() > 0 ? "marked by its byte-order mark" : "detected";
                throw new ImportFailure(ImportProblem.error(ImportProblemCodes.INVALID_ENCODING,
                        Texts.at(HeaderBinder.fileName(file), f.line()) + ": byte 0x"
                                + String.format(Locale.ROOT, "%02X", f.value()) + " (byte "
                                + Texts.count(f.offset() + sniff.bomLength()) + " of the file) is not valid "
                                + charset.name() + ", the encoding the file was read with (" + how + "). Expected "
                                + charset.name() + " text; declare the file's real encoding.", file, f.line()));
            }
        }
        char delimiter = sniff.delimiter();
        boolean allowDot = spec.decimalSeparator().map(c -> c == '.').orElse(true);
        boolean allowComma = spec.decimalSeparator().map(c -> c == ',').orElse(delimiter != ',');
        List<ImportProblem> bindingProblems = new ArrayList<>();
        RecordBinder binder = new RecordBinder(spec, limits, new NumberParser(allowDot, allowComma),
                sniff.headerLine(), (header, line) -> {
            HeaderBinder.Binding b = HeaderBinder.bind(header, line, null, spec, delimiter);
            bindingProblems.addAll(b.problems());
            return b.plan();
        });
        attempt.line = binder::currentLine;
        CsvTableReader.read(source, file, charset, sniff.bomLength(), delimiter, size, limits, binder, progress);
        if (binder.plan().isEmpty()) {
            if (bindingProblems.isEmpty()) {
                bindingProblems.addAll(binder.finish().problems);
            }
            throw new ImportFailure(bindingProblems);
        }
        progress.done();
        List<ImportProblem> notes = new ArrayList<>(attempt.notes);
        notes.addAll(bindingProblems);
        return ResultAssembler.assemble(spec, ID, charset, delimiter, binder.plan().get(), binder.finish(), notes);
    }

    private static boolean asciiCompatible(Charset cs) {
        String n = cs.name();
        return Sniffer.isUtf8(cs) || n.equals("US-ASCII") || n.equals("windows-1252") || n.startsWith("ISO-8859-");
    }

    /** What is known so far, so that a failure still reports encoding, delimiter and where it stopped. */
    private static final class Attempt {
        final ImportSpec spec;
        Charset charset;
        Character delimiter;
        List<String> unused = List.of();
        final List<ImportProblem> notes = new ArrayList<>();
        LongSupplier line;

        Attempt(ImportSpec spec) {
            this.spec = spec;
        }

        String where() {
            long l = line == null ? 0 : line.getAsLong();
            return l > 0 ? " at line " + l : "";
        }

        ImportReport report() {
            ImportReport empty = ImportReport.notRead(spec.file(), ID);
            return new ImportReport(spec.file(), ID, Optional.ofNullable(charset), Optional.ofNullable(delimiter),
                    Optional.empty(), 0, 0, List.of(), List.of(), 0, List.of(), empty.respondentMissing(), unused,
                    List.of(), Map.of());
        }

        ImportResult fail(ImportProblem problem) {
            List<ImportProblem> problems = new ArrayList<>(notes);
            problems.add(problem);
            return ImportResult.failure(report(), problems);
        }
    }
}
