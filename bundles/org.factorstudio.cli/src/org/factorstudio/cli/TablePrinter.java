package org.factorstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.factorstudio.data.Excerpt;
import org.factorstudio.model.results.CellProblem;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.report.Paragraphs;

/** Prints the main tables of a run as plain text, laid out like the tables of a thesis. */
final class TablePrinter {

	private final PrintStream out;

	TablePrinter(PrintStream out) {
		this.out = out;
	}

	/** A file under the working folder as a relative path, the way the user named the study. */
	private static String shown(String file) {
		Path path = Path.of(file);
		Path here = Path.of("").toAbsolutePath();
		return path.isAbsolute() && path.startsWith(here) ? here.relativize(path).toString() : file;
	}

	void importSummary(ImportReport report) {
		if (report == null) {
			return;
		}
		out.println("Data: " + shown(report.getFile()));
		// a spreadsheet has neither encoding nor delimiter
		StringBuilder how = new StringBuilder("  format ").append(report.getFormat());
		if (report.getEncoding() != null && !report.getEncoding().isEmpty()) {
			how.append(", encoding ").append(report.getEncoding());
		}
		if (report.getDelimiter() != null && !report.getDelimiter().isEmpty()) {
			how.append(", delimiter '").append(report.getDelimiter()).append('\'');
		}
		out.println(how);
		int excluded = report.getExclusions().stream().mapToInt(RowExclusion::getCount).sum();
		out.printf(Locale.ROOT, "  %d rows read, %d kept, %d excluded%n", report.getRowsRead(), report.getRowsKept(),
				excluded);
		for (RowExclusion exclusion : report.getExclusions()) {
			if (exclusion.getCount() > 0) {
				out.printf(Locale.ROOT, "    %d excluded: %s%n", exclusion.getCount(), exclusion.getReason());
			}
		}
		if (!report.getCellProblems().isEmpty()) {
			out.printf(Locale.ROOT, "  %d problem cell%s:%n", report.getCellProblems().size(),
					report.getCellProblems().size() == 1 ? "" : "s");
			int shown = 0;
			for (CellProblem cell : report.getCellProblems()) {
				if (shown++ == 20) {
					out.println("    ... (all of them are in the report)");
					break;
				}
				// the file's text as it is in the results: escaped and bounded before it reaches a terminal
				out.printf(Locale.ROOT, "    line %d, respondent %s, column %s: value %s, %s (%s)%n", cell.getRow(),
						Excerpt.of(cell.getRespondentId()), Excerpt.of(cell.getColumn()), Excerpt.of(cell.getValue()),
						cell.getKind(), cell.getAction());
			}
		}
		if (!report.getDuplicateIds().isEmpty()) {
			out.println("  duplicate respondent ids: " + excerpts(report.getDuplicateIds()));
		}
		if (!report.getUnusedColumns().isEmpty()) {
			out.println("  columns not in the study: " + excerpts(report.getUnusedColumns()));
		}
		out.println();
	}

	/** At most 20 of the file's texts, each escaped and bounded, and how many there are in all. */
	private static String excerpts(List<String> texts) {
		int shown = Math.min(20, texts.size());
		String listed = texts.subList(0, shown).stream().map(text -> Excerpt.of(text, 60)).collect(Collectors.joining(", "));
		return texts.size() > shown ? listed + ", ... (" + texts.size() + " in all)" : listed;
	}

	void descriptives(StudyResults results) {
		List<String[]> rows = new ArrayList<>();
		for (Descriptives d : results.getDescriptives()) {
			if (d.getKind() == VariableKind.INDEX) {
				rows.add(new String[] { d.getVariable(), String.valueOf(d.getN()), num(d.getMean(), 4), num(d.getSd(), 5),
						num(d.getMin(), 2), num(d.getMax(), 2) });
			}
		}
		table("Index variables: descriptives (SD with n - 1)", new String[] { "Index variable", "N", "Mean", "SD", "Min", "Max" },
				rows);
	}

	void reliability(StudyResults results) {
		if (results.getReliabilities().isEmpty()) {
			return;
		}
		List<String[]> rows = new ArrayList<>();
		for (Reliability r : results.getReliabilities()) {
			rows.add(new String[] { r.getIndex(), String.valueOf(r.getK()), String.valueOf(r.getN()), num(r.getAlpha(), 3),
					num(r.getStandardizedAlpha(), 3) });
		}
		table("Reliability: Cronbach's alpha (" + results.getReliabilities().get(0).getModel() + ")",
				new String[] { "Index variable", "Items", "n", "Alpha", "Std. alpha" }, rows);
	}

	void dependentCorrelations(StudyResults results) {
		List<Correlation> table = results.getDependentCorrelations();
		if (table.isEmpty()) {
			return;
		}
		List<String[]> rows = new ArrayList<>();
		for (Correlation c : table) {
			rows.add(new String[] { c.getX(), String.valueOf(c.getN()), num(c.getCoefficient(), 3), p(c.getP()),
					p(c.getPAdjusted()), c.getFlag() == null ? "" : c.getFlag(), ci(c), c.getNote() == null ? "" : c.getNote() });
		}
		Correlation first = table.get(0);
		table("Correlations with " + first.getY() + " (" + first.getMethod() + ", " + tails(table) + ")",
				new String[] { "Factor", "n", "r", "p", "p adj.", "", "CI", "" }, rows);
	}

	void partialCorrelations(StudyResults results) {
		List<PartialCorrelation> table = results.getPartialCorrelations();
		if (table.isEmpty()) {
			return;
		}
		List<String[]> rows = new ArrayList<>();
		for (PartialCorrelation c : table) {
			rows.add(new String[] { c.getX(), String.valueOf(c.getN()), c.getDf() == null ? "" : String.valueOf(c.getDf()),
					num(c.getR(), 3), p(c.getP()), p(c.getPAdjusted()), c.getFlag() == null ? "" : c.getFlag(),
					c.getNote() == null ? "" : c.getNote() });
		}
		PartialCorrelation first = table.get(0);
		table("Partial correlations with " + first.getY() + ", controlling for the other " + first.getK() + " factors ("
				+ first.getMethod() + ", listwise)", new String[] { "Factor", "n", "df", "r", "p", "p adj.", "", "" }, rows);
	}

	void hypotheses(StudyResults results) {
		if (results.getHypotheses().isEmpty()) {
			return;
		}
		List<String[]> rows = new ArrayList<>();
		for (HypothesisOutcome h : results.getHypotheses()) {
			rows.add(new String[] { h.getHypothesis(), h.getFactor() == null ? "" : h.getFactor(), h.getDirection(),
					num(h.getCoefficient(), 3), p(h.getP()), p(h.getPAdjusted()), h.isSupported() ? "supported" : "not supported",
					h.getNote() == null ? "" : h.getNote() });
		}
		table("Hypotheses", new String[] { "", "Factor", "Direction", "r", "p", "p adj.", "Outcome", "" }, rows);
	}

	/** The tables of plugin analyses (generic result tables), as their analyses laid them out. */
	void pluginTables(StudyResults results) {
		for (ResultTable table : results.getTables()) {
			String[] header = table.getColumns().stream().map(ResultColumn::getName).toArray(String[]::new);
			List<String[]> rows = new ArrayList<>();
			for (ResultRow row : table.getRows()) {
				String[] cells = new String[header.length];
				for (int i = 0; i < header.length; i++) {
					cells[i] = i < row.getCells().size() ? cell(row.getCells().get(i)) : "";
				}
				rows.add(cells);
			}
			table(table.getTitle() + " (" + table.getAnalysisId() + ")", header, rows);
			if (table.getNote() != null) {
				out.println("  " + table.getNote());
				out.println();
			}
		}
	}

	private static String cell(ResultCell cell) {
		if (cell.getText() != null) {
			return cell.getText();
		}
		return cell.getNumber() == null ? "" : num(cell.getNumber(), 3);
	}

	void methods(StudyResults results) {
		if (results.getMethods() != null) {
			out.println("Methods");
			for (String line : Paragraphs.wrap(results.getMethods(), 100)) {
				out.println("  " + line);
			}
			out.println("  Flags: * p < .05, ** p < .01, *** p < .001 (on the reported p).");
			out.println();
		}
	}

	private void table(String title, String[] header, List<String[]> rows) {
		int[] widths = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			widths[i] = header[i].length();
		}
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		out.println(title);
		printRow(header, widths);
		StringBuilder rule = new StringBuilder("  ");
		for (int width : widths) {
			rule.append("-".repeat(width)).append("  ");
		}
		out.println(rule.toString().stripTrailing());
		for (String[] row : rows) {
			printRow(row, widths);
		}
		out.println();
	}

	private void printRow(String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder("  ");
		for (int i = 0; i < cells.length; i++) {
			boolean numeric = i > 0 && cells[i].matches("[-0-9.<>]*");
			line.append(numeric ? pad(cells[i], widths[i], true) : pad(cells[i], widths[i], false)).append("  ");
		}
		out.println(line.toString().stripTrailing());
	}

	private static String pad(String text, int width, boolean right) {
		String spaces = " ".repeat(Math.max(0, width - text.length()));
		return right ? spaces + text : text + spaces;
	}

	private static String tails(List<Correlation> table) {
		return table.stream().map(Correlation::getTails).filter(t -> t != null).findFirst().orElse("");
	}

	static String num(Double value, int decimals) {
		return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	static String p(Double value) {
		if (value == null) {
			return "";
		}
		return value < 0.0001 ? "<.0001" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static String ci(Correlation c) {
		if (c.getCiLower() == null) {
			return "";
		}
		return String.format(Locale.ROOT, "[%.2f, %.2f]", c.getCiLower(), c.getCiUpper());
	}
}
