package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one helper that makes file text safe to quote in a message (issue 12, items 6 and 8). */
class ExcerptTest {

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals("a\\u001B[31mred\\0\\t\\n\\r", Excerpt.of("a\u001B[31mred\u0000\t\n\r"));
        assertEquals("\\u007F\\u0085\\u009B", Excerpt.of("\u007F\u0085\u009B"));
        // bidi overrides and isolates, line separators, a BOM and an unpaired surrogate
        assertEquals("\\u202Eabc\\u2066\\u2028\\uFEFF\\uD800", Excerpt.of("\u202Eabc\u2066\u2028\uFEFF\uD800"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "Gjennomført – «Bærum» 𝄞 C:\\data\\x.csv";
        assertEquals(text, Excerpt.of(text));
    }

    @Test
    void longTextIsCutAndItsLengthSaid() {
        String megabyte = "x".repeat(1 << 20);
        String shown = Excerpt.of(megabyte);
        assertEquals("x".repeat(Excerpt.DEFAULT_MAX) + "... (1,048,576 characters)", shown);
        // the length counts characters, not UTF-16 units; a surrogate pair and an escape are never split
        String clefs = "𝄞".repeat(300);
        assertEquals("𝄞".repeat(100) + "... (300 characters)", Excerpt.of(clefs));
        String escapes = "ab" + "\u001B".repeat(100);
        String cut = Excerpt.of(escapes, 10);
        assertEquals("ab\\u001B... (102 characters)", cut);
        assertTrue(Excerpt.of("short", 5).equals("short"));
    }
}
