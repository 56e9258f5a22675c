package org.factorstudio.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One study item (indicator) as the import needs it: the column that holds it, its valid range and its
 * user-missing codes. Mapped from the study model by the caller so that this bundle does not depend on
 * the model.
 *
 * @param name         the item's name in the study; the dataset column gets this name
 * @param column       the column name in the data file's header
 * @param min          smallest valid value, or {@code null} for no lower bound
 * @param max          largest valid value, or {@code null} for no upper bound
 * @param missingCodes values that mean "no answer" (for example 9 = "don't know", -99 = "not shown");
 *                     such cells become missing without being reported as problems
 * @param missingTexts cell texts that mean "no answer" as R and SPSS exports write them ({@code NA},
 *                     {@code -}), compared after trimming blanks; such cells are empty (not answered)
 */
public record ItemSpec(String name, String column, Integer min, Integer max, Set<Integer> missingCodes,
        Set<String> missingTexts) {

    public ItemSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        if (name.isBlank() || column.isBlank()) {
            throw new IllegalArgumentException("item name and column must not be blank");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("item " + name + ": min " + min + " > max " + max);
        }
        // a LinkedHashSet copy keeps the caller's order in messages, which Set.copyOf would not
        missingCodes = missingCodes == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(missingCodes));
        missingTexts = missingTexts == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(missingTexts));
    }

    /** An item without text missing codes. */
    public ItemSpec(String name, String column, Integer min, Integer max, Set<Integer> missingCodes) {
        this(name, column, min, max, missingCodes, Set.of());
    }

    /** An item whose column has the item's name. */
    public static ItemSpec of(String name, int min, int max) {
        return new ItemSpec(name, name, min, max, Set.of());
    }

    /** An item read from a column of another name. */
    public static ItemSpec of(String name, String column, Integer min, Integer max) {
        return new ItemSpec(name, column, min, max, Set.of());
    }

    /** The same item with these user-missing codes. */
    public ItemSpec withMissingCodes(Integer... codes) {
        return new ItemSpec(name, column, min, max, new LinkedHashSet<>(java.util.Arrays.asList(codes)), missingTexts);
    }

    /** The same item with these text missing codes ({@code "NA"}, {@code "-"}). */
    public ItemSpec withMissingTexts(String... texts) {
        return new ItemSpec(name, column, min, max, missingCodes, new LinkedHashSet<>(java.util.Arrays.asList(texts)));
    }

    /** Whether the item's range spans at most 127 integers, so its answers fit a byte code. */
    public boolean fitsByteCodes() {
        return min != null && max != null && (long) max - min <= 126;
    }

    /** The range as users read it: "1..5", "at least 0", "any number". */
    public String rangeText() {
        if (min != null && max != null) {
            return min + ".." + max;
        }
        if (min != null) {
            return "at least " + min;
        }
        if (max != null) {
            return "at most " + max;
        }
        return "any number";
    }
}
