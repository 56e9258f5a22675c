package org.factorstudio.data.internal;

import java.util.List;

import org.factorstudio.data.ImportProblem;

/**
 * Internal control flow for "this import cannot go on": thrown deep in the reading code, caught in the
 * importer and turned into a failed {@link org.factorstudio.data.ImportResult}. Never leaves the
 * importer.
 */
final class ImportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    ImportFailure(ImportProblem problem) {
        this(List.of(problem));
    }

    ImportFailure(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "import failed" : problems.get(0).message(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
