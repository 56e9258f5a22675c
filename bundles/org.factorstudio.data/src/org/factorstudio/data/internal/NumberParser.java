package org.factorstudio.data.internal;

/**
 * The one number rule of the import, for every cell of every path (the CSV fast path, the general CSV
 * path and spreadsheets, whose numbers arrive as plain decimal text): a cell, with surrounding blanks
 * trimmed, is a number when it is
 * <pre>
 *   [+|-] digits [sep [digits]] [(e|E) [+|-] digits]     or     [+|-] sep digits [(e|E) [+|-] digits]
 * </pre>
 * <ul>
 * <li>any number of digits, leading zeros allowed ({@code 007} is 7, {@code 00000000000000000004} is 4);</li>
 * <li>at most one decimal separator: {@code .} always and {@code ,} when the field delimiter is not a
 * comma (a {@code ;}-separated export from a German or Norwegian system writes {@code 3,5}); a declared
 * separator alone when one is declared;</li>
 * <li>an optional exponent ({@code 1e0}, {@code 1.5E+02}, {@code 2e-3}): R's {@code write.csv} and SPSS
 * write numbers that way, so refusing it would reject honest exports;</li>
 * <li>nothing else: no type suffixes ({@code 4d}, {@code 4f}, {@code 4L}), no hexadecimal, no
 * {@code NaN} or {@code Infinity}, no thousands separators or inner blanks, no exponent without digits;
 * and the value must be finite ({@code 1e999} is not a number).</li>
 * </ul>
 * Deliberately narrower than {@link Double#parseDouble}: accepting {@code 4d} or {@code 0x1F} in an answer
 * column would hide data errors rather than report them. The value is the nearest double to the decimal
 * written (as {@link Double#parseDouble} gives it), computed without creating a string for the common
 * short cells.
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
        int significant = 0;
        int fractionDigits = 0;
        boolean separator = false;
        char sep = 0;
        boolean exact = true;
        for (; i < to; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant == 0 && c == '0') {
                    // a leading zero adds no precision, but a fractional one still shifts the point
                    if (separator) {
                        fractionDigits++;
                    }
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    significant++;
                    if (separator) {
                        fractionDigits++;
                    }
                } else {
                    exact = false;
                }
            } else if (!separator && (c == '.' && allowDot || c == ',' && allowComma)) {
                separator = true;
                sep = c;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        boolean exponent = false;
        if (i < to) {
            if (b[i] != 'e' && b[i] != 'E') {
                return Double.NaN;
            }
            int j = i + 1;
            if (j < to && (b[j] == '+' || b[j] == '-')) {
                j++;
            }
            if (j == to) {
                return Double.NaN;
            }
            for (; j < to; j++) {
                if (b[j] < '0' || b[j] > '9') {
                    return Double.NaN;
                }
            }
            exponent = true;
        }
        if (separator && digits > 0) {
            lastSeparator = sep;
        }
        if (!exponent && exact && significant <= 15 && fractionDigits < POWERS.length) {
            // exact: a mantissa below 2^53 and a power of ten below 10^19 are both exact doubles, and one
            // division rounds correctly, as Double.parseDouble would
            double v = fractionDigits == 0 ? mantissa : mantissa / POWERS[fractionDigits];
            return negative ? -v : v;
        }
        return slow(b, from, to);
    }

    private double slow(char[] b, int from, int to) {
        // the text was checked against the rule above, so parseDouble sees no suffix, hex or NaN
        String s = new String(b, from, to - from).replace(',', '.');
        try {
            double v = Double.parseDouble(s);
            return Double.isInfinite(v) ? Double.NaN : v;
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
