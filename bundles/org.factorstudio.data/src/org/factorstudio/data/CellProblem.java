package org.factorstudio.data;

import java.util.Objects;
import java.util.Optional;

/**
 * An item cell the import could not take as it is.
 *
 * @param line         1-based line of the file where the row's record starts (header = 1)
 * @param respondentId the row's respondent id, when the import has an id column and the cell is filled
 * @param column       the column name in the file
 * @param value        the cell's text as found (trimmed)
 * @param kind         what is wrong with it
 * @param message      the user-facing sentence
 * @param action       what the import did about it
 */
public record CellProblem(long line, Optional<String> respondentId, String column, String value, Kind kind,
        String message, Action action) {

    /** What is wrong with a cell. */
    public enum Kind {
        /** a number outside the item's range */
        OUT_OF_RANGE,
        /** text that is not a number */
        NOT_NUMERIC
    }

    /** What the import did with the cell. */
    public enum Action {
        /** the cell was set missing ({@link InvalidValuePolicy#MISSING}) */
        SET_MISSING,
        /** the import was stopped ({@link InvalidValuePolicy#STOP}) */
        IMPORT_STOPPED
    }

    public CellProblem {
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
    }
}
