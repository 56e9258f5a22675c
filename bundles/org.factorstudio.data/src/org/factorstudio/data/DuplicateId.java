package org.factorstudio.data;

import java.util.List;
import java.util.Objects;

/**
 * A respondent id shared by several kept rows.
 *
 * @param respondentId the id
 * @param lines        1-based lines of the rows that carry it, ascending
 */
public record DuplicateId(String respondentId, List<Long> lines) {

    public DuplicateId {
        Objects.requireNonNull(respondentId, "respondentId");
        lines = List.copyOf(lines);
    }
}
