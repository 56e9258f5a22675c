package org.factorstudio.data;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A finding of an import, as a value. Any {@link Severity#ERROR} means the import produced no dataset.
 *
 * @param severity how serious
 * @param code     a stable identifier from {@link ImportProblemCodes}; tests and UI quick fixes key on it
 * @param message  one self-contained sentence or two for the user: names the file, the line when there
 *                 is one, what was found and what was expected
 * @param file     the file the problem is about
 * @param line     the 1-based line of the file (header = 1), when the problem has one
 * @param column   the column name, when the problem has one
 */
public record ImportProblem(Severity severity, String code, String message, Path file, OptionalLong line,
        Optional<String> column) {

    /** How serious a problem is. */
    public enum Severity {
        /** worth knowing, nothing to fix */
        INFO,
        /** the import went through but changed or ignored something the user should check */
        WARNING,
        /** the import produced no dataset */
        ERROR
    }

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(column, "column");
    }

    public static ImportProblem error(String code, String message, Path file) {
        return new ImportProblem(Severity.ERROR, code, message, file, OptionalLong.empty(), Optional.empty());
    }

    public static ImportProblem error(String code, String message, Path file, long line) {
        return new ImportProblem(Severity.ERROR, code, message, file, OptionalLong.of(line), Optional.empty());
    }

    public static ImportProblem warning(String code, String message, Path file) {
        return new ImportProblem(Severity.WARNING, code, message, file, OptionalLong.empty(), Optional.empty());
    }

    public static ImportProblem info(String code, String message, Path file) {
        return new ImportProblem(Severity.INFO, code, message, file, OptionalLong.empty(), Optional.empty());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + message;
    }
}
