package org.factorstudio.data;

import java.util.Objects;

/**
 * Counts of one item over the kept rows. {@code valid + systemMissing + userMissing + invalid} is the
 * number of kept rows.
 *
 * @param name          item name
 * @param column        column in the file
 * @param valid         cells with a value in range
 * @param systemMissing empty cells
 * @param userMissing   cells holding one of the item's missing codes
 * @param invalid       out-of-range or non-numeric cells (missing in the dataset under
 *                      {@link InvalidValuePolicy#MISSING})
 */
public record ItemSummary(String name, String column, long valid, long systemMissing, long userMissing,
        long invalid) {

    public ItemSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
    }

    /** Kept rows this summary counts. */
    public long rows() {
        return valid + systemMissing + userMissing + invalid;
    }

    /** Share of kept rows where the item is missing for any reason; 0 when there are no rows. */
    public double missingShare() {
        long rows = rows();
        return rows == 0 ? 0 : (double) (rows - valid) / rows;
    }
}
