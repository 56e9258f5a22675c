package org.factorstudio.data;

import java.util.Locale;

/**
 * Text from a data file, made safe to quote in a message: the one helper every message that shows a cell,
 * a header name or a line of a file goes through.
 *
 * <p>Two dangers, two rules:
 * <ul>
 * <li><b>Control characters are shown escaped</b>, so that a cell cannot move the cursor, recolour or clear
 * the user's terminal (ESC sequences), cut a log line (NUL, CR, LF) or reorder what is shown (Unicode bidi
 * overrides): {@code \0}, {@code \t}, {@code \n}, {@code \r}, and {@code \}{@code uXXXX} for every other C0
 * or C1 control character, DEL, the line and paragraph separators, the bidi embedding, override and
 * isolate controls, the byte-order mark and unpaired surrogates. A backslash in the data is shown as it
 * is (a cell holding the six characters {@code \}{@code u001B} reads the same as an escaped ESC; such cells
 * are rare, and Windows paths stay readable).</li>
 * <li><b>Long text is cut</b> to {@value #DEFAULT_MAX} characters (after escaping) and the cut is said,
 * with the full length: {@code "abc... (1,048,576 characters)"}, so that a 1 MB header cannot become a
 * 1 MB message line.</li>
 * </ul>
 */
public final class Excerpt {

    /** Characters of a quoted text shown at most, by default. */
    public static final int DEFAULT_MAX = 200;

    private Excerpt() {
    }

    /** The text, escaped and cut to {@value #DEFAULT_MAX} characters. */
    public static String of(String text) {
        return of(text, DEFAULT_MAX);
    }

    /**
     * The text, escaped and cut to at most {@code max} characters of escaped text (plus the note on the
     * length when it is cut). A surrogate pair or an escape is never split.
     *
     * @param max at least 1
     */
    public static String of(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max " + max);
        }
        if (text == null) {
            return "(none)";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 16);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int units = Character.charCount(cp);
            String shown = shown(text, i, cp);
            if (b.length() + shown.length() > max) {
                break;
            }
            b.append(shown);
            i += units;
        }
        if (i < n) {
            b.append("... (").append(String.format(Locale.ROOT, "%,d", text.codePointCount(0, n)))
                    .append(" characters)");
        }
        return b.toString();
    }

    /**
     * The whole text with control characters escaped as {@link #of} shows them, never cut: for file text the
     * results keep (XML, and so results.xmi, cannot hold control characters). Null stays null.
     */
    public static String escaped(String text) {
        return text == null ? null : of(text, Integer.MAX_VALUE);
    }

    /** Whether {@link #of} would escape this code point. */
    public static boolean needsEscape(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0xFEFF
                || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    private static String shown(String text, int i, int cp) {
        switch (cp) {
            case 0:
                return "\\0";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            default:
                if (needsEscape(cp)) {
                    // codePointAt returns an unpaired surrogate as itself, which is one char to escape
                    return String.format(Locale.ROOT, "\\u%04X", cp);
                }
                return text.substring(i, i + Character.charCount(cp));
        }
    }
}
