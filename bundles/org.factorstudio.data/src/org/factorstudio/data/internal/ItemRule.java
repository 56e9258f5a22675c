package org.factorstudio.data.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.factorstudio.data.ItemSpec;

/**
 * The validation rule of one item, precomputed for the hot loops: missing codes first, then the range.
 * Returns the byte code for items stored as codes, so that the fast path classifies and encodes a cell
 * with one table look-up.
 */
final class ItemRule {

    /** The cell holds one of the item's missing codes. */
    static final int USER_MISSING = -1;
    /** The value is outside the range. */
    static final int INVALID = -2;
    /** A valid value of an item that is not stored as codes. */
    static final int VALID = 1;
    /** A valid value that is not an integer. */
    static final int FRACTIONAL = 0;

    /** Size of the look-up table: answers 0..255 are classified by indexing. */
    static final int LUT_SIZE = 256;

    final ItemSpec spec;
    final int index;
    final boolean coded;
    /** value = code + offset for coded items. */
    final int offset;
    final long min;
    final long max;
    private final long[] missingCodes;
    /** The spec's missing codes, in the spec's order (the order {@link #missingCodeIndex} counts in). */
    final long[] declaredMissingCodes;
    /** classify(v) for 0 <= v < LUT_SIZE. */
    final byte[] lut;

    ItemRule(ItemSpec spec, int index) {
        this.spec = spec;
        this.index = index;
        this.coded = spec.fitsByteCodes();
        this.offset = coded ? spec.min() - 1 : 0;
        this.min = spec.min() == null ? Long.MIN_VALUE : spec.min();
        this.max = spec.max() == null ? Long.MAX_VALUE : spec.max();
        this.declaredMissingCodes = spec.missingCodes().stream().mapToLong(Integer::longValue).toArray();
        this.missingCodes = Arrays.stream(declaredMissingCodes).sorted().toArray();
        this.lut = new byte[LUT_SIZE];
        for (int v = 0; v < LUT_SIZE; v++) {
            lut[v] = (byte) classify((long) v);
        }
    }

    /** Code (coded items, 1..127), {@link #VALID}, {@link #USER_MISSING} or {@link #INVALID}. */
    int classify(long v) {
        if (missingCodes.length > 0 && Arrays.binarySearch(missingCodes, v) >= 0) {
            return USER_MISSING;
        }
        if (v < min || v > max) {
            return INVALID;
        }
        return coded ? (int) (v - offset) : VALID;
    }

    /** Position of a user-missing value among the declared codes, -1 if it is none of them. */
    int missingCodeIndex(long v) {
        for (int i = 0; i < declaredMissingCodes.length; i++) {
            if (declaredMissingCodes[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** As {@link #classify(long)}; a valid non-integer gives {@link #FRACTIONAL}. */
    int classify(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return classify((long) v);
        }
        // compared with the declared bounds as doubles: the long sentinels of an open bound would make a
        // huge value (more than 9.2e18) out of range for an item that has no range
        if (spec.min() != null && v < spec.min() || spec.max() != null && v > spec.max()) {
            return INVALID;
        }
        return FRACTIONAL;
    }

    /** What a cell of this item may hold, for messages. */
    String expected() {
        StringBuilder b = new StringBuilder();
        ItemSpec s = spec;
        if (s.min() != null && s.max() != null) {
            b.append("a number from ").append(s.min()).append(" to ").append(s.max());
        } else if (s.min() != null) {
            b.append("a number of at least ").append(s.min());
        } else if (s.max() != null) {
            b.append("a number of at most ").append(s.max());
        } else {
            b.append("a number");
        }
        if (!s.missingCodes().isEmpty()) {
            b.append(", a missing code (")
                    .append(s.missingCodes().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(')');
        }
        return b.append(" or an empty cell").toString();
    }
}
