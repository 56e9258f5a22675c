package org.factorstudio.data;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.data.internal.CsvPreviewReader;

/**
 * The header and first rows of a CSV file as the import sees them: the same detection of encoding (BOM, UTF-8,
 * Windows-1252) and delimiter (comma, semicolon, tab), the same parser (FastCSV: quotes, embedded newlines).
 * For tools that look at a file before there is a study for it (a new-study wizard) and for showing the row an
 * import problem names. The file is only read.
 *
 * @param file      the file
 * @param charset   the detected encoding
 * @param delimiter the detected delimiter
 * @param header    the header's column names, trimmed
 * @param rows      the first data records, fields trimmed
 */
public record CsvPreview(Path file, Charset charset, char delimiter, List<String> header, List<List<String>> rows) {

    public CsvPreview {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * @param maxRows how many data records to read at most
     * @throws IOException with the import's message (file, line, what was expected) when the file cannot be read
     *                     as CSV: empty, binary, no header
     */
    public static CsvPreview read(Path file, int maxRows) throws IOException {
        return CsvPreviewReader.read(file, maxRows);
    }

    /**
     * The fields of the record that starts on {@code line} (1-based, the header is line 1: the numbering of the
     * import report), or empty when no record starts there.
     */
    public static Optional<List<String>> recordAt(Path file, Charset charset, char delimiter, long line)
            throws IOException {
        return CsvPreviewReader.recordAt(file, charset, delimiter, line);
    }
}
