package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factorstudio.data.CsvPreview;
import org.factorstudio.data.ImportSpec;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads the start of a CSV file, or one of its records, with the import's own detection of encoding and
 * delimiter and FastCSV's parsing (quotes, embedded newlines); see {@link CsvPreview}.
 */
public final class CsvPreviewReader {

    private CsvPreviewReader() {
    }

    public static CsvPreview read(Path file, int maxRows) throws IOException {
        Sniffer.Sniff sniff = sniff(file);
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = reader(file, sniff.charset());
                CsvReader<CsvRecord> csv = csv(in, sniff.delimiter())) {
            boolean header = true;
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                if (rows.size() == maxRows) {
                    break;
                }
                rows.add(trimmed(record.getFields()));
            }
        }
        return new CsvPreview(file, sniff.charset(), sniff.delimiter(), trimmed(stripBom(sniff.header())), rows);
    }

    public static Optional<List<String>> recordAt(Path file, Charset charset, char delimiter, long line)
            throws IOException {
        try (Reader in = reader(file, charset); CsvReader<CsvRecord> csv = csv(in, delimiter)) {
            for (CsvRecord record : csv) {
                if (record.getStartingLineNumber() == line) {
                    return Optional.of(List.copyOf(line == 1 ? stripBom(record.getFields()) : record.getFields()));
                }
                if (record.getStartingLineNumber() > line) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static Sniffer.Sniff sniff(Path file) throws IOException {
        try {
            return Sniffer.sniff(new FileByteSource(file), Files.size(file), ImportSpec.of(file, List.of()),
                    Limits.DEFAULT);
        } catch (ImportFailure e) {
            // the same sentence the import would give (file, line, what was expected)
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Reader reader(Path file, Charset charset) throws IOException {
        return Files.newBufferedReader(file, charset);
    }

    private static CsvReader<CsvRecord> csv(Reader in, char delimiter) {
        return CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).allowExtraFields(true)
                .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).ofCsvRecord(in);
    }

    private static List<String> stripBom(List<String> fields) {
        if (fields.isEmpty() || !fields.get(0).startsWith("\uFEFF")) {
            return fields;
        }
        List<String> copy = new ArrayList<>(fields);
        copy.set(0, copy.get(0).substring(1));
        return copy;
    }

    private static List<String> trimmed(List<String> fields) {
        return fields.stream().map(String::trim).toList();
    }
}
