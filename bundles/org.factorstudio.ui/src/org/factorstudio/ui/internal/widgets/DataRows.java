package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.data.CsvPreview;

/**
 * Reads one record of a CSV data file, for showing the row of a problem cell: the header record and the
 * record that starts on a line of the file (1 = header), the numbering of the import report (a quoted
 * cell may span lines). Parsing is the data bundle's (FastCSV); the file is only read.
 */
public final class DataRows {

	/** A record: the header's column names and the row's cells, in file order. */
	public record Row(List<String> header, List<String> cells) {
	}

	private DataRows() {
	}

	/**
	 * @param line      the line the record starts on, as the import report gives it
	 * @param delimiter as the import report gives it: one character or {@code tab}
	 * @throws IOException when the file cannot be read or no record starts on that line
	 */
	public static Row read(Path file, int line, String delimiter, Charset charset) throws IOException {
		char separator = delimiter == null || delimiter.isEmpty() ? ','
				: "tab".equals(delimiter) ? '\t' : delimiter.charAt(0);
		List<String> header = CsvPreview.recordAt(file, charset, separator, 1)
				.orElseThrow(() -> new IOException(file + " is empty"));
		List<String> cells = CsvPreview.recordAt(file, charset, separator, line)
				.orElseThrow(() -> new IOException(file + ": no record starts on line " + line));
		return new Row(header, cells);
	}
}
