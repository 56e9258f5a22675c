package org.factorstudio.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.data.CsvPreview;

/**
 * The header and the first rows of a delimited data file, enough to write a study skeleton: column
 * names, the delimiter, and which columns hold whole numbers (answers) and which hold text
 * (background), read by the data bundle as the import reads it. The file is only read.
 */
public record DataFileSample(Path file, char delimiter, List<String> header, List<List<String>> rows) {

	static final int SAMPLE_ROWS = 200;

	/**
	 * Reads the header and the first {@value #SAMPLE_ROWS} rows as the import would (encoding and delimiter
	 * detection, quotes): through the data bundle's {@link CsvPreview}.
	 */
	public static DataFileSample read(Path file) throws IOException {
		CsvPreview preview = CsvPreview.read(file, SAMPLE_ROWS);
		return new DataFileSample(file, preview.delimiter(), preview.header(), preview.rows());
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
