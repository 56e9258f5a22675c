package org.factorstudio.ui.internal.widgets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one record of a delimited data file, for showing the row of a problem cell: the header record
 * and the record at a file row (1 = header), counted as the import counts them (a quoted cell may
 * span lines). The file is opened read-only.
 */
public final class DataRows {

	/** A record: the header's column names and the row's cells, in file order. */
	public record Row(List<String> header, List<String> cells) {
	}

	private DataRows() {
	}

	/**
	 * @param delimiter as the import report gives it: one character or {@code tab}
	 * @throws IOException when the file cannot be read or has fewer rows
	 */
	public static Row read(Path file, int row, String delimiter, Charset charset) throws IOException {
		char separator = delimiter == null || delimiter.isEmpty() ? ','
				: "tab".equals(delimiter) ? '\t' : delimiter.charAt(0);
		try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
			List<String> header = next(reader, separator);
			if (header == null) {
				throw new IOException(file + " is empty");
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			List<String> cells = row == 1 ? header : null;
			for (int current = 2; current <= row; current++) {
				cells = next(reader, separator);
				if (cells == null) {
					throw new IOException(file + " has no row " + row);
				}
			}
			return new Row(List.copyOf(header), List.copyOf(cells));
		}
	}

	/** The next record, or null at the end of the file. */
	private static List<String> next(BufferedReader reader, char separator) throws IOException {
		String line = reader.readLine();
		if (line == null) {
			return null;
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		while (true) {
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					} else if (c == '"') {
						quoted = false;
					} else {
						cell.append(c);
					}
				} else if (c == '"') {
					quoted = true;
				} else if (c == separator) {
					cells.add(cell.toString());
					cell.setLength(0);
				} else {
					cell.append(c);
				}
			}
			if (!quoted) {
				break;
			}
			line = reader.readLine();
			if (line == null) {
				break;
			}
			cell.append('\n');
		}
		cells.add(cell.toString());
		return cells;
	}
}
