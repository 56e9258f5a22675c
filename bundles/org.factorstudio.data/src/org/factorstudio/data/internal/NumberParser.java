package org.factorstudio.data.internal;

/**
 * Parses a cell as a number without creating a string: optional sign, digits, at most one decimal
 * separator. Deliberately narrower than {@link Double#parseDouble}: survey platforms write plain decimals,
 * and accepting "1e3", "NaN" or "0x1F" in an answer column would hide data errors rather than report them.
 *
 * <p>Which decimal separators are accepted is configured once per import: a declared separator alone;
 * otherwise '.' always and ',' when the field delimiter is not a comma (a ';'-separated export from a
 * German or Norwegian system writes "3,5").
 */
final class NumberParser {

    private final boolean allowDot;
    private final boolean allowComma;
    /** Separator of the last fractional number parsed, 0 if it had none. */
    char lastSeparator;

    NumberParser(boolean allowDot, boolean allowComma) {
        this.allowDot = allowDot;
        this.allowComma = allowComma;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** Parses {@code b[from, to)}, already trimmed and non-empty; {@code NaN} if it is not a number. */
    double parse(char[] b, int from, int to) {
        lastSeparator = 0;
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean separator = false;
        for (; i < to; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (separator) {
                        fractionDigits++;
                    }
                } else if (!separator) {
                    return slow(b, from, to);
                }
                digits++;
            } else if (!separator && (c == '.' && allowDot || c == ',' && allowComma)) {
                separator = true;
                lastSeparator = c;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (!separator || fractionDigits == 0) {
            double v = mantissa;
            return negative ? -v : v;
        }
        if (digits >= 16) {
            return slow(b, from, to);
        }
        // exact for up to 15 significant digits and small scales, as Double.parseDouble would give
        double v = mantissa / POWERS[fractionDigits];
        return negative ? -v : v;
    }

    private double slow(char[] b, int from, int to) {
        String s = new String(b, from, to - from).replace(',', '.');
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static final double[] POWERS = new double[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }
}
