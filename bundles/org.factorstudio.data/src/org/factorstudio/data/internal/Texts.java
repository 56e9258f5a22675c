package org.factorstudio.data.internal;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small formatting helpers so that all messages name files, lines and delimiters the same way. */
final class Texts {

    private Texts() {
    }

    /** "file.csv, line 12" */
    static String at(String fileName, long line) {
        return fileName + ", line " + line;
    }

    /** 1234567 as "1,234,567", locale-independent so that tests and logs read the same everywhere. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "';' (semicolon)", "tab", ... */
    static String delimiter(char c) {
        switch (c) {
            case ',':
                return "',' (comma)";
            case ';':
                return "';' (semicolon)";
            case '\t':
                return "tab";
            case '|':
                return "'|' (pipe)";
            case ' ':
                return "space";
            default:
                return "'" + c + "'";
        }
    }

    static String charset(Charset cs) {
        return cs.name();
    }

    /** At most {@code max} names, then ", ... (n more)". */
    static String names(List<String> names, int max) {
        String shown = names.stream().limit(max).map(Texts::quoteName).collect(Collectors.joining(", "));
        return names.size() > max ? shown + ", ... (" + (names.size() - max) + " more)" : shown;
    }

    static String quoteName(String name) {
        return name.isEmpty() ? "(unnamed)" : name;
    }

    /** A cell or line excerpt safe to show: control characters escaped, long text cut. */
    static String excerpt(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() < s.length() && b.length() >= max ? b + "..." : b.toString();
    }
}
