package org.factorstudio.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which cell formats are dates, and how columns are lettered in messages. */
class XlsxCellTest {

    @Test
    void builtInAndCustomDateFormats() {
        assertTrue(XlsxImporter.CellText.isDateFormat(14, null));
        assertTrue(XlsxImporter.CellText.isDateFormat(22, "m/d/yy h:mm"));
        assertTrue(XlsxImporter.CellText.isDateFormat(164, "dd.mm.yyyy"));
        assertTrue(XlsxImporter.CellText.isDateFormat(165, "[h]:mm"));
        assertTrue(XlsxImporter.CellText.isDateFormat(166, "[$-414]d\\. mmmm yyyy"));
    }

    @Test
    void numberFormatsAreNotDates() {
        assertFalse(XlsxImporter.CellText.isDateFormat(0, "General"));
        assertFalse(XlsxImporter.CellText.isDateFormat(2, "0.00"));
        assertFalse(XlsxImporter.CellText.isDateFormat(164, "[Red]0.00"));
        assertFalse(XlsxImporter.CellText.isDateFormat(164, "[Magenta]0.0"));
        assertFalse(XlsxImporter.CellText.isDateFormat(164, "0\" days\""));
        assertFalse(XlsxImporter.CellText.isDateFormat(164, "#,##0;[Red]-#,##0"));
        assertFalse(XlsxImporter.CellText.isDateFormat(null, null));
    }

    @Test
    void columnLetters() {
        assertEquals("A", Locator.columnLetters(0));
        assertEquals("Z", Locator.columnLetters(25));
        assertEquals("AA", Locator.columnLetters(26));
        assertEquals("AZ", Locator.columnLetters(51));
        assertEquals("BA", Locator.columnLetters(52));
        assertEquals("XFD", Locator.columnLetters(16383));
    }
}
