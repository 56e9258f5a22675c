package org.factorstudio.data.internal;

import java.util.List;

/** Respondent ids: stored as longs when they all are plain integers, which platforms nearly always use. */
final class IdColumns {

    static final long NO_ID = Long.MIN_VALUE;

    private IdColumns() {
    }

    /**
     * The ids as longs ({@link #NO_ID} for missing), or null if any id is not a canonical integer: no
     * sign other than '-', no leading zeros ("007" must stay "007"), at most 18 digits.
     */
    static long[] asNumeric(List<String> ids) {
        long[] out = new long[Math.max(ids.size(), 1)];
        for (int i = 0; i < ids.size(); i++) {
            String s = ids.get(i);
            if (s == null) {
                out[i] = NO_ID;
                continue;
            }
            long v = parseCanonical(s);
            if (v == NO_ID) {
                return null;
            }
            out[i] = v;
        }
        return out;
    }

    /** The value of a canonical integer string, or {@link #NO_ID}. */
    static long parseCanonical(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int digits = n - i;
        if (digits < 1 || digits > 18 || (s.charAt(i) == '0' && (digits > 1 || negative))) {
            return NO_ID;
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NO_ID;
            }
            v = v * 10 + (c - '0');
        }
        return negative ? -v : v;
    }
}
