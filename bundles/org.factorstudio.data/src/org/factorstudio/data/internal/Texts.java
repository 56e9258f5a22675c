package org.factorstudio.data.internal;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.factorstudio.data.Excerpt;

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
                return "'" + Excerpt.of(String.valueOf(c)) + "'";
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

    /** A name from the file or the study as messages show it: escaped and bounded, see {@link Excerpt}. */
    static String quoteName(String name) {
        return name.isEmpty() ? "(unnamed)" : Excerpt.of(name);
    }

    /** Text from the file (a cell, a name, a line) as messages show it; see {@link Excerpt}. */
    static String quote(String s) {
        return Excerpt.of(s);
    }

    /** A shorter excerpt where a message quotes several things; see {@link Excerpt}. */
    static String excerpt(String s, int max) {
        return Excerpt.of(s, max);
    }
}
