package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factorstudio.report.Paragraphs;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;

/**
 * {@code report.txt}: the tables as plain text for a terminal, the ones {@code factorstudio analyze} prints.
 * Columns are padded to their widest cell, numbers right-aligned, groups as indented sub-headings, notes
 * wrapped. The correlation matrix is printed (numbered, lower triangle) when it fits the width, else a line
 * says where it is. The statement-level tables and the problem list are named, not printed: a terminal is
 * for the overview, the documents hold everything. Texts from the study or the data are printed with control
 * characters escaped, so a data file cannot drive the terminal.
 */
public final class TextFormat implements ReportFormat {

	public static final String FILE = "report.txt";

	/** The width when the environment does not say ({@code COLUMNS}). */
	public static final int DEFAULT_WIDTH = 100;

	/** Problem cells printed before the rest is left to the documents. */
	static final int PROBLEM_CELLS_SHOWN = 20;

	private static final Set<String> NAMED_ONLY = Set.of(ReportTables.ITEM_DESCRIPTIVES, ReportTables.ITEM_RELIABILITY,
			ReportTables.PROBLEMS);

	private final int width;

	/** The width of the terminal: {@code COLUMNS} when set, else {@value #DEFAULT_WIDTH}. */
	public TextFormat() {
		this(widthFromEnvironment());
	}

	public TextFormat(int width) {
		this.width = Math.max(40, width);
	}

	static int widthFromEnvironment() {
		String columns = System.getenv("COLUMNS");
		try {
			return columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
		} catch (NumberFormatException e) {
			return DEFAULT_WIDTH;
		}
	}

	@Override
	public String id() {
		return "text";
	}

	@Override
	public String label() {
		return "Plain-text tables (what the terminal shows)";
	}

	@Override
	public String fileExtension() {
		return "txt";
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		return List.of(ReportFile.text(FILE, text(input)));
	}

	/** The text itself, as the command line prints it. */
	public String text(ReportInput input) {
		StringBuilder out = new StringBuilder();
		out.append(safe(Reports.title(input))).append('\n');
		wrapped(out, Reports.subtitle(input.results()), "");
		out.append('\n');
		List<String> namedOnly = new ArrayList<>();
		for (ReportTable table : ReportTables.of(input)) {
			if (NAMED_ONLY.contains(table.id())) {
				namedOnly.add(table.title() + " (" + table.rows().size() + " rows)");
			} else if (table.id().equals(ReportTables.CORRELATION_MATRIX)) {
				matrix(out, table);
			} else {
				table(out, table, table.id().equals(ReportTables.CELL_PROBLEMS) ? PROBLEM_CELLS_SHOWN : Integer.MAX_VALUE);
			}
		}
		out.append("Methods\n");
		wrapped(out, ReportTables.methods(input), "  ");
		out.append('\n');
		if (!namedOnly.isEmpty()) {
			wrapped(out, "Also in the report (html, md, tex, csv): " + String.join("; ", namedOnly) + ".", "");
		}
		return out.toString();
	}

	/**
	 * What the data import gave (the import summary and the problem cells), for a run that stops at errors in
	 * the data: the user sees what was read before the message of what is wrong.
	 */
	public String importText(ReportInput input) {
		StringBuilder out = new StringBuilder();
		for (ReportTable table : ReportTables.of(input)) {
			if (table.id().equals(ReportTables.IMPORT)) {
				table(out, table, Integer.MAX_VALUE);
			} else if (table.id().equals(ReportTables.CELL_PROBLEMS)) {
				table(out, table, PROBLEM_CELLS_SHOWN);
			}
		}
		return out.toString();
	}

	private void matrix(StringBuilder out, ReportTable table) {
		List<String> lines = lines(table, Integer.MAX_VALUE);
		int widest = lines.stream().mapToInt(String::length).max().orElse(0);
		if (widest <= width) {
			print(out, table, lines);
		} else {
			out.append(safe(table.title())).append('\n');
			wrapped(out, "Too wide for this terminal (" + widest + " columns of " + width + "; COLUMNS sets the width): the"
					+ " numbered lower triangle is in the report (report.html, report.md, report.tex) and every value in"
					+ " csv/" + ReportTables.CORRELATION_MATRIX + ".csv (--format csv).", "  ");
			out.append('\n');
		}
	}

	private void table(StringBuilder out, ReportTable table, int maxRows) {
		print(out, table, lines(table, maxRows));
		if (table.rows().size() > maxRows) {
			out.setLength(out.length() - 1);
			out.append("  ... (").append(table.rows().size()).append(" in all: every one is in the report)\n\n");
		}
	}

	private void print(StringBuilder out, ReportTable table, List<String> lines) {
		out.append(safe(table.title())).append('\n');
		for (String line : lines) {
			out.append(line).append('\n');
		}
		for (String note : table.notes()) {
			wrapped(out, note, "  ");
		}
		out.append('\n');
	}

	/** The header, a rule and the rows (with their group headings), padded to the widest cell of each column. */
	static List<String> lines(ReportTable table, int maxRows) {
		List<Column> columns = table.columns();
		List<Row> rows = table.rows().subList(0, Math.min(maxRows, table.rows().size()));
		int[] widths = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			widths[i] = safe(columns.get(i).name()).length();
		}
		for (Row row : rows) {
			for (int i = 0; i < columns.size(); i++) {
				widths[i] = Math.max(widths[i], safe(row.cells().get(i).text()).length());
			}
		}
		List<String> lines = new ArrayList<>();
		List<String> header = columns.stream().map(column -> safe(column.name())).toList();
		lines.add(line(header, columns, widths));
		StringBuilder rule = new StringBuilder("  ");
		for (int w : widths) {
			rule.append("-".repeat(w)).append("  ");
		}
		lines.add(rule.toString().stripTrailing());
		String group = null;
		for (Row row : rows) {
			if (row.group() != null && !row.group().equals(group)) {
				lines.add("  " + safe(row.group()));
			}
			group = row.group();
			lines.add(line(row.cells().stream().map(Cell::text).map(TextFormat::safe).toList(), columns, widths));
		}
		return lines;
	}

	private static String line(List<String> cells, List<Column> columns, int[] widths) {
		StringBuilder line = new StringBuilder("  ");
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String padding = " ".repeat(widths[i] - cell.length());
			line.append(columns.get(i).numeric() ? padding + cell : cell + padding).append("  ");
		}
		return line.toString().stripTrailing();
	}

	private void wrapped(StringBuilder out, String text, String indent) {
		for (String line : Paragraphs.wrap(safe(text), width - indent.length())) {
			out.append(indent).append(line).append('\n');
		}
	}

	/** Control characters (a data file's escape sequences, tabs, line breaks) as visible escapes. */
	static String safe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				safe.append(String.format("\\u%04X", c));
			} else {
				safe.appendCodePoint(c);
			}
		});
		return safe.toString();
	}
}
