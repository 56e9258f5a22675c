package org.factorstudio.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Writes small, valid Office Open XML workbooks for the XLSX tests, with exactly the cell kinds a test
 * needs: numbers, shared and inline strings, booleans, dates (numbers in a date format), formulas with and
 * without a cached value, and error values. A test writer rather than a library's, because no writer sets
 * the cached value of a formula, which is what the importer must read. Rows stream out, so the benchmark
 * can write large sheets.
 *
 * <p>A row is a list of cell values: {@code null} (no cell), a {@link Number}, a {@link String} (shared
 * string), a {@link Boolean}, or a {@link Cell} from the factories here. A {@code null} row leaves that
 * row number out of the sheet.
 */
final class XlsxWriter {

    /** A cell written as-is: its type attribute, style, value and formula. */
    record Cell(String type, int style, String value, String formula, boolean inline) {
    }

    /** A sheet with its rows, produced on demand. */
    record Sheet(String name, int rowCount, IntFunction<List<Object>> rows) {
    }

    /** Style index of the built-in date format 14 (m/d/yyyy in Excel's locale). */
    static final int STYLE_DATE = 1;
    /** Style index of a custom date format dd.mm.yyyy (id 164). */
    static final int STYLE_CUSTOM_DATE = 2;
    /** Style index of a custom number format 0.00 (id 165): not a date. */
    static final int STYLE_DECIMALS = 3;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private XlsxWriter() {
    }

    static Cell date(LocalDate date, int style) {
        long serial = date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
        return new Cell(null, style, Long.toString(serial), null, false);
    }

    static Cell number(String value, int style) {
        return new Cell(null, style, value, null, false);
    }

    /** A numeric formula with its cached result. */
    static Cell formula(String formula, Number cached) {
        return new Cell(null, 0, cached.toString(), formula, false);
    }

    /** A text formula with its cached result. */
    static Cell textFormula(String formula, String cached) {
        return new Cell("str", 0, cached, formula, false);
    }

    /** A formula the workbook never calculated (written by a library, not saved by Excel). */
    static Cell uncalculated(String formula) {
        return new Cell(null, 0, null, formula, false);
    }

    static Cell error(String code) {
        return new Cell("e", 0, code, null, false);
    }

    static Cell inline(String text) {
        return new Cell("inlineStr", 0, text, null, true);
    }

    /** Rows as given; {@code null} rows are gaps. */
    static Sheet sheet(String name, List<List<Object>> rows) {
        return new Sheet(name, rows.size(), rows::get);
    }

    static List<Object> row(Object... cells) {
        List<Object> out = new ArrayList<>();
        for (Object c : cells) {
            out.add(c);
        }
        return out;
    }

    /** One sheet. */
    static Path write(Path file, String sheetName, List<List<Object>> rows) throws IOException {
        return write(file, List.of(sheet(sheetName, rows)));
    }

    /**
     * A CSV file as a workbook with one sheet: numbers as numbers, empty fields as no cell, anything else
     * as a shared string, as Excel stores a CSV it opened and saved.
     */
    static Path fromCsv(Path csv, char delimiter, Path file, String sheetName) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (java.io.Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(in)) {
            for (CsvRecord record : reader) {
                List<Object> row = new ArrayList<>();
                for (String field : record.getFields()) {
                    if (!field.isEmpty() && field.charAt(0) == '\uFEFF') {
                        field = field.substring(1);
                    }
                    if (field.isEmpty()) {
                        row.add(null);
                    } else if (field.matches("-?\\d+(\\.\\d+)?")) {
                        row.add(new java.math.BigDecimal(field));
                    } else {
                        row.add(field);
                    }
                }
                rows.add(row);
            }
        }
        return write(file, sheetName, rows);
    }

    static Path write(Path file, List<Sheet> sheets) throws IOException {
        Map<String, Integer> shared = new LinkedHashMap<>();
        try (OutputStream fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(fileOut)) {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, w, "[Content_Types].xml", contentTypes(sheets.size()));
            entry(zip, w, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/"
                    + "workbook.xml\"/></Relationships>");
            StringBuilder wb = new StringBuilder(HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                    + "\"><sheets>");
            StringBuilder rels = new StringBuilder(HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\">");
            for (int i = 0; i < sheets.size(); i++) {
                wb.append("<sheet name=\"").append(escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 1).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            }
            wb.append("</sheets></workbook>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(zip, w, "xl/workbook.xml", wb.toString());
            entry(zip, w, "xl/_rels/workbook.xml.rels", rels.toString());
            entry(zip, w, "xl/styles.xml", HEAD + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"2\">"
                    + "<numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"
                    + "</numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\">"
                    + "<border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"4\">"
                    + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>");
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                writeSheet(w, sheets.get(i), shared);
                w.flush();
                zip.closeEntry();
            }
            StringBuilder sst = new StringBuilder(HEAD + "<sst xmlns=\"" + MAIN + "\" count=\"" + shared.size()
                    + "\" uniqueCount=\"" + shared.size() + "\">");
            for (String s : shared.keySet()) {
                sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
            }
            entry(zip, w, "xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
        return file;
    }

    private static void writeSheet(Writer w, Sheet sheet, Map<String, Integer> shared) throws IOException {
        w.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < sheet.rowCount(); r++) {
            List<Object> row = sheet.rows().apply(r);
            if (row == null) {
                continue;
            }
            b.setLength(0);
            int rowNum = r + 1;
            b.append("<row r=\"").append(rowNum).append("\">");
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v != null) {
                    cell(b, column(c) + rowNum, v, shared);
                }
            }
            b.append("</row>");
            w.write(b.toString());
        }
        w.write("</sheetData></worksheet>");
    }

    private static void cell(StringBuilder b, String ref, Object v, Map<String, Integer> shared) {
        b.append("<c r=\"").append(ref).append('"');
        if (v instanceof Number) {
            b.append("><v>").append(v).append("</v></c>");
        } else if (v instanceof Boolean) {
            b.append(" t=\"b\"><v>").append((Boolean) v ? 1 : 0).append("</v></c>");
        } else if (v instanceof String) {
            Integer index = shared.computeIfAbsent((String) v, k -> shared.size());
            b.append(" t=\"s\"><v>").append(index).append("</v></c>");
        } else {
            Cell c = (Cell) v;
            if (c.type() != null) {
                b.append(" t=\"").append(c.type()).append('"');
            }
            if (c.style() != 0) {
                b.append(" s=\"").append(c.style()).append('"');
            }
            b.append('>');
            if (c.inline()) {
                b.append("<is><t>").append(escape(c.value())).append("</t></is>");
            } else {
                if (c.formula() != null) {
                    b.append("<f>").append(escape(c.formula())).append("</f>");
                }
                if (c.value() != null) {
                    b.append("<v>").append(escape(c.value())).append("</v>");
                }
            }
            b.append("</c>");
        }
    }

    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.append((char) ('A' + (n - 1) % 26));
        }
        return b.reverse().toString();
    }

    private static String contentTypes(int sheets) {
        StringBuilder b = new StringBuilder(HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            b.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        b.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "spreadsheetml.styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        return b.toString();
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(content);
        w.flush();
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
