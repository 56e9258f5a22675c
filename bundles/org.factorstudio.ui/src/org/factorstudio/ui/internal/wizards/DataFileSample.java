package org.factorstudio.ui.internal.wizards;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The header and the first rows of a delimited data file, enough to write a study skeleton: column
 * names, the delimiter, and which columns hold whole numbers (answers) and which hold text
 * (background). The data bundle has no public header API yet, so this small reader does it; the
 * study's import is still done by the data bundle. The file is opened read-only.
 */
public record DataFileSample(Path file, char delimiter, List<String> header, List<List<String>> rows) {

	static final int SAMPLE_ROWS = 200;

	public static DataFileSample read(Path file) throws IOException {
		String text = readStart(file);
		List<String> lines = text.lines().limit(SAMPLE_ROWS + 1L).toList();
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			throw new IOException(file.getFileName() + ": the file is empty; expected a header line with the column names");
		}
		String first = lines.get(0);
		if (first.startsWith("\uFEFF")) {
			first = first.substring(1);
		}
		char delimiter = sniff(first);
		List<String> header = split(first, delimiter);
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank()) {
				rows.add(split(line, delimiter));
			}
		}
		return new DataFileSample(file, delimiter, List.copyOf(header), List.copyOf(rows));
	}

	/** The file's first 1 MB as UTF-8, or Windows-1252 when it is not UTF-8 (older survey exports). */
	private static String readStart(Path file) throws IOException {
		byte[] bytes;
		try (var in = Files.newInputStream(file)) {
			bytes = in.readNBytes(1 << 20);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	/** The most frequent of comma, semicolon and tab in the header line. */
	static char sniff(String header) {
		char best = ',';
		long bestCount = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	static List<String> split(String line, char delimiter) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
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
			} else if (c == delimiter) {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells;
	}

	/** Whether every non-empty sampled value of the column is a whole number. */
	public boolean isWholeNumbers(int column) {
		boolean any = false;
		for (List<String> row : rows) {
			String value = column < row.size() ? row.get(column) : "";
			if (value.isEmpty()) {
				continue;
			}
			if (!value.matches("-?[0-9]{1,9}")) {
				return false;
			}
			any = true;
		}
		return any;
	}

	/** The largest sampled whole number of a column (0 if none). */
	public int max(int column) {
		int max = 0;
		for (List<String> row : rows) {
			String value = column < row.size() ? row.get(column) : "";
			if (value.matches("-?[0-9]{1,9}")) {
				max = Math.max(max, Integer.parseInt(value));
			}
		}
		return max;
	}
}
