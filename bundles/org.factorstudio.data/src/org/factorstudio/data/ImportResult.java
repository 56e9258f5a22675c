package org.factorstudio.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an import: the dataset if there is one, the report, and the problems. The dataset is
 * present exactly when no problem is an {@link ImportProblem.Severity#ERROR}; the constructor enforces
 * this so that no caller ever analyses data that came with an error.
 *
 * @param dataset  the data, when the import succeeded
 * @param report   what the import found (also for failed imports, as far as it got)
 * @param problems all problems, in the order found
 */
public record ImportResult(Optional<Dataset> dataset, ImportReport report, List<ImportProblem> problems) {

    public ImportResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
        boolean hasError = problems.stream().anyMatch(ImportProblem::isError);
        if (hasError == dataset.isPresent()) {
            throw new IllegalArgumentException(hasError ? "a result with errors must not carry a dataset"
                    : "a result without errors must carry a dataset");
        }
    }

    public static ImportResult success(Dataset dataset, ImportReport report, List<ImportProblem> problems) {
        return new ImportResult(Optional.of(dataset), report, problems);
    }

    public static ImportResult failure(ImportReport report, List<ImportProblem> problems) {
        return new ImportResult(Optional.empty(), report, problems);
    }

    public boolean succeeded() {
        return dataset.isPresent();
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::isError).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList();
    }

    /** Problems with this code. */
    public List<ImportProblem> problems(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }
}
