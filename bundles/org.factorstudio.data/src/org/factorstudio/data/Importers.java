package org.factorstudio.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.XlsxImporter;
import org.factorstudio.data.spi.DatasetImporter;

/**
 * Chooses the importer for a file: the declared format if the specification names one, else the file
 * extension. Importers come in by constructor so that this runs without OSGi: in the IDE and the CLI
 * {@link ImporterRegistry#importers()} feeds it the contributions to {@code org.factorstudio.data.importers};
 * elsewhere {@link #builtIn()} gives the importers this bundle contributes.
 */
public final class Importers {

    private final List<DatasetImporter> importers;

    public Importers(List<DatasetImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /**
     * The importers this bundle contributes (CSV, XLSX), for use without an extension registry; needs no
     * OSGi class on the class path.
     */
    public static Importers builtIn() {
        return new Importers(List.of(new CsvImporter(), new XlsxImporter()));
    }

    public List<DatasetImporter> all() {
        return importers;
    }

    /** The importer with this id (case-insensitive). */
    public Optional<DatasetImporter> byId(String id) {
        return importers.stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The first importer claiming the extension of this file name (case-insensitive). */
    public Optional<DatasetImporter> byExtension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1).toLowerCase(Locale.ROOT);
        return importers.stream()
                .filter(i -> i.fileExtensions().stream().anyMatch(e -> e.equalsIgnoreCase(ext)))
                .findFirst();
    }

    /** The importer for a specification: declared format first, then extension. */
    public Optional<DatasetImporter> forSpec(ImportSpec spec) {
        return spec.format().isPresent() ? byId(spec.format().get()) : byExtension(spec.file());
    }

    /**
     * Reads with the chosen importer; when none fits, a failed result that says which formats there are.
     */
    public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
        Optional<DatasetImporter> importer = forSpec(spec);
        if (importer.isPresent()) {
            try {
                return safeMessages(importer.get().read(spec, monitor));
            } catch (RuntimeException | LinkageError e) {
                // importers report problems as values; one that throws (a plugin's bug) must not take the run,
                // the editor's checks or the CLI down with a stack trace
                String message = spec.file().getFileName() + ": the importer '" + importer.get().id()
                        + "' failed: " + Excerpt.of(String.valueOf(e)) + ". Expected the importer to report problems instead; please report"
                        + " this to the plugin's authors.";
                return ImportResult.failure(ImportReport.notRead(spec.file(), importer.get().id()),
                        List.of(ImportProblem.error(ImportProblemCodes.INTERNAL_ERROR, message, spec.file())));
            }
        }
        String available = importers.isEmpty() ? "none"
                : importers.stream().map(i -> i.id() + " (" + i.fileExtensions().stream().sorted()
                        .map(e -> "." + e).collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
        String what = spec.format().map(f -> "the declared format '" + f + "'")
                .orElseGet(() -> "the file extension of " + spec.file().getFileName());
        String message = spec.file().getFileName() + ": no importer handles " + what
                + ". Expected one of these formats: " + available + ".";
        return ImportResult.failure(ImportReport.notRead(spec.file(), spec.format().orElse("")),
                List.of(ImportProblem.error(ImportProblemCodes.NO_IMPORTER, message, spec.file())));
    }

    /** Longest message an importer may hand on; ours are a few hundred characters. */
    static final int MAX_MESSAGE = 20_000;

    /**
     * The result with every problem message safe for a terminal: the built-in importers quote file text
     * through {@link Excerpt}, but a plugin importer may quote a cell or a label as it is, so control
     * characters are escaped and an unbounded message is cut here, where every import passes.
     */
    static ImportResult safeMessages(ImportResult result) {
        if (result.problems().stream().allMatch(p -> isSafe(p.message()))) {
            return result;
        }
        List<ImportProblem> safe = result.problems().stream().map(p -> isSafe(p.message()) ? p
                : new ImportProblem(p.severity(), p.code(), Excerpt.of(p.message(), MAX_MESSAGE), p.file(), p.line(),
                        p.column())).toList();
        return new ImportResult(result.dataset(), result.report(), safe);
    }

    private static boolean isSafe(String message) {
        return message.length() <= MAX_MESSAGE && message.codePoints().noneMatch(Excerpt::needsEscape);
    }
}
