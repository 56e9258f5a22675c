package org.factorstudio.data;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of the file that is not in the dataset because it is not a respondent.
 *
 * @param reason       why
 * @param line         1-based line where the row's record starts (header = 1)
 * @param respondentId the row's id, when there is an id column and the cell is filled
 * @param detail       the status value for {@link Reason#NON_RESPONDENT_STATUS}, else empty
 */
public record Exclusion(Reason reason, long line, Optional<String> respondentId, String detail) {

    /** Why a row was excluded. */
    public enum Reason {
        /** the status column holds one of the non-respondent statuses */
        NON_RESPONDENT_STATUS,
        /** no item and no auxiliary column holds a value */
        NO_ANSWERS
    }

    public Exclusion {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(respondentId, "respondentId");
        Objects.requireNonNull(detail, "detail");
    }
}
