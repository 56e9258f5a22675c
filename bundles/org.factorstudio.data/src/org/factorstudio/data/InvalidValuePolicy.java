package org.factorstudio.data;

/**
 * What an import does with a cell of a study item that holds a value outside the item's range or text
 * that is not a number.
 */
public enum InvalidValuePolicy {
    /**
     * The import fails: the result carries an error for each such cell and no dataset. The safe default,
     * because a silently dropped value (a doubled digit "55" on a 1..5 scale) changes every statistic
     * computed from that item.
     */
    STOP,
    /** The cell becomes missing and is listed in the report and as a warning. */
    MISSING
}
