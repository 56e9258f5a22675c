package org.factorstudio.ui.internal.widgets;

import java.util.List;

/**
 * Tables as text: tab-separated for the clipboard (spreadsheets split pasted text at tabs and line
 * breaks) and RFC 4180 CSV for export files.
 */
public final class DelimitedText {

	private DelimitedText() {
	}

	/** Tab-separated lines; tabs and line breaks inside a cell become spaces so the grid stays intact. */
	public static String tsv(List<String> header, List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		line(text, header, '\t');
		for (List<String> row : rows) {
			line(text, row, '\t');
		}
		return text.toString();
	}

	/** CSV with a header line; cells quoted when they hold a comma, quote or line break. */
	public static String csv(List<String> header, List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		line(text, header, ',');
		for (List<String> row : rows) {
			line(text, row, ',');
		}
		return text.toString();
	}

	private static void line(StringBuilder text, List<String> cells, char separator) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(separator);
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			text.append(separator == '\t' ? cell.replaceAll("[\t\r\n]+", " ") : quoted(cell));
		}
		text.append(separator == '\t' ? "\n" : "\r\n");
	}

	private static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}
}
