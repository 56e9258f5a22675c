package org.factorstudio.data.internal;

import java.util.Optional;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.InvalidValuePolicy;

/** Builds cell problems with the same wording for both reading paths. */
final class CellProblemFactory {

    private final String fileName;
    private final InvalidValuePolicy policy;
    private final Locator locator;

    CellProblemFactory(ImportSpec spec) {
        this(spec, Locator.LINES);
    }

    CellProblemFactory(ImportSpec spec, Locator locator) {
        this.fileName = HeaderBinder.fileName(spec.file());
        this.policy = spec.invalidValuePolicy();
        this.locator = locator;
    }

    CellProblem make(long line, Optional<String> respondentId, ItemRule rule, String raw, CellProblem.Kind kind) {
        return make(line, respondentId, rule, -1, raw, kind);
    }

    /** @param field the cell's 0-based position in the row, or -1 when the locator does not need it */
    CellProblem make(long line, Optional<String> respondentId, ItemRule rule, int field, String raw,
            CellProblem.Kind kind) {
        String column = rule.spec.column();
        StringBuilder m = new StringBuilder(locator.at(fileName, line)).append(", column ")
                .append(locator.column(column, field));
        respondentId.ifPresent(id -> m.append(" (respondent ").append(Texts.quote(id)).append(')'));
        m.append(": ");
        String of = rule.spec.name().equals(column) ? "" : " of item " + Texts.quoteName(rule.spec.name());
        if (kind == CellProblem.Kind.OUT_OF_RANGE) {
            m.append(Texts.quote(raw)).append(" is outside the range ").append(rule.spec.rangeText()).append(of);
        } else {
            m.append('\'').append(Texts.quote(raw)).append("' is not a number");
        }
        m.append(". Expected ").append(rule.expected()).append("; ");
        m.append(policy == InvalidValuePolicy.STOP ? "the import stops (invalid-value policy STOP)."
                : "the cell was set to missing.");
        CellProblem.Action action = policy == InvalidValuePolicy.STOP ? CellProblem.Action.IMPORT_STOPPED
                : CellProblem.Action.SET_MISSING;
        return new CellProblem(line, respondentId, column, raw, kind, m.toString(), action);
    }
}
