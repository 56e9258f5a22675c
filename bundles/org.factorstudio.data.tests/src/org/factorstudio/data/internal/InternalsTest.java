package org.factorstudio.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.factorstudio.data.ItemSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of the small internal pieces the paths are built from. */
class InternalsTest {

    private static double parse(NumberParser p, String s) {
        char[] c = s.toCharArray();
        return p.parse(c, 0, c.length);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"3|3", "-2|-2", "+4|4", "007|7", "2.5|2.5", "2,5|2.5", "0.1|0.1",
        ".5|0.5", "5.|5", "1234567890123456789|1.2345678901234568E18", "3.14159265358979|3.14159265358979"})
    void parsesPlainNumbers(String text, double expected) {
        assertEquals(expected, parse(new NumberParser(true, true), text));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(delimiter = '|', value = {"abc", "1e3d", "NaN", "-", "1.2.3", "1,2.3", "0x1F", "3 4", "Infinity",
        "4d", "00000000000000000004d", "1e", "1e999"})
    void rejectsWhatSurveyDataDoesNotContain(String text) {
        assertTrue(Double.isNaN(parse(new NumberParser(true, true), text)));
    }

    @Test
    void decimalSeparatorsFollowTheConfiguration() {
        assertTrue(Double.isNaN(parse(new NumberParser(true, false), "2,5")));
        assertTrue(Double.isNaN(parse(new NumberParser(false, true), "2.5")));
        NumberParser p = new NumberParser(true, true);
        parse(p, "2,5");
        assertEquals(',', p.lastSeparator);
    }

    @Test
    void fractionsMatchDoubleParseDouble() {
        SplittableRandom rnd = new SplittableRandom(7);
        NumberParser p = new NumberParser(true, false);
        for (int i = 0; i < 100_000; i++) {
            String s = rnd.nextInt(100_000) + "." + rnd.nextInt(1_000_000);
            assertEquals(Double.parseDouble(s), parse(p, s), s);
        }
    }

    @Test
    void utf8ScanFindsTheFirstBadByteAndItsLine() throws IOException {
        byte[] ok = "a\nø\n€\n𝄞\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(EncodingScan.scan(ok, 0, ok.length, false, 1).invalid().isEmpty());
        byte[] bad = "a\nb\nGjennomført\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        EncodingScan.Finding f = EncodingScan.scan(bad, 0, bad.length, false, 1).invalid().orElseThrow();
        assertEquals(3, f.line());
        assertEquals(0xF8, f.value());
        assertEquals(f, EncodingScan.scan(new ByteArrayInputStream(bad), 1).invalid().orElseThrow());
        // overlong form, surrogate, truncated sequence at the end
        for (byte[] b : List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, new byte[] {'x', (byte) 0xE2, (byte) 0x82})) {
            assertTrue(EncodingScan.scan(b, 0, b.length, false, 1).invalid().isPresent(), Arrays.toString(b));
        }
        // a sequence cut by the end of a window is not an error when more bytes follow
        byte[] cut = {'x', (byte) 0xE2, (byte) 0x82};
        assertTrue(EncodingScan.scan(cut, 0, cut.length, true, 1).invalid().isEmpty());
    }

    @Test
    void utf8ScanAcrossStreamBlocks() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("ø€𝄞\n");
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(EncodingScan.scan(new ByteArrayInputStream(bytes), 1).invalid().isEmpty());
        bytes[bytes.length - 3] = (byte) 0xFF;
        assertEquals(100_000, EncodingScan.scan(new ByteArrayInputStream(bytes), 1).invalid().orElseThrow().line());
    }

    @Test
    void detectsTheDelimiter() {
        assertEquals(';', Sniffer.detectDelimiter("a;b;c\n1;2,5;3\n"));
        assertEquals(',', Sniffer.detectDelimiter("a,b,c\n1,2,3\n"));
        assertEquals('\t', Sniffer.detectDelimiter("a\tb\n1\t2\n"));
        assertEquals(',', Sniffer.detectDelimiter("\"a;x\",b,c\n1,2,3\n"));
        assertEquals(';', Sniffer.detectDelimiter("a;b\n1;2\n3;4,5\n"));
        // nothing splits: ',' and the binding explains
        assertEquals(',', Sniffer.detectDelimiter("abc\n1\n"));
    }

    @Test
    void countsLineFeedsExactly() {
        SplittableRandom rnd = new SplittableRandom(3);
        byte[] b = new byte[10_007];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        long expected = 0;
        for (byte x : b) {
            if (x == '\n') {
                expected++;
            }
        }
        assertEquals(expected, FastCsvScanner.countLf(b, b.length));
        byte[] lfs = new byte[64];
        Arrays.fill(lfs, (byte) '\n');
        lfs[0] = 0x0B;
        lfs[1] = (byte) 0x8A;
        assertEquals(62, FastCsvScanner.countLf(lfs, lfs.length));
    }

    @Test
    void itemRulesClassifyAndCode() {
        ItemRule likert = new ItemRule(ItemSpec.of("q", 1, 5).withMissingCodes(9, -99), 0);
        assertTrue(likert.coded);
        assertEquals(3, likert.classify(3L));
        assertEquals(ItemRule.USER_MISSING, likert.classify(9L));
        assertEquals(ItemRule.USER_MISSING, likert.classify(-99L));
        assertEquals(ItemRule.INVALID, likert.classify(55L));
        assertEquals(ItemRule.FRACTIONAL, likert.classify(2.5));
        assertEquals(ItemRule.INVALID, likert.classify(5.5));
        assertEquals(likert.classify(4L), likert.lut[4]);
        ItemRule nps = new ItemRule(ItemSpec.of("nps", 0, 10), 0);
        assertEquals(1, nps.classify(0L));
        assertEquals(11, nps.classify(10L));
        ItemRule wide = new ItemRule(ItemSpec.of("income", 0, 1_000_000), 0);
        assertTrue(!wide.coded);
        assertEquals(ItemRule.VALID, wide.classify(500_000L));
    }

    @Test
    void idsAreNumericOnlyWhenCanonical() {
        assertEquals(12, IdColumns.parseCanonical("12"));
        assertEquals(-4, IdColumns.parseCanonical("-4"));
        assertEquals(0, IdColumns.parseCanonical("0"));
        for (String s : List.of("007", "-0", "1e3", "", "-", "1234567890123456789", " 1", "R_1")) {
            assertEquals(IdColumns.NO_ID, IdColumns.parseCanonical(s), s);
        }
    }
}
