package org.factorstudio.analysis.internal;

import java.util.List;
import java.util.Map;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.Excerpt;
import org.factorstudio.data.DuplicateId;
import org.factorstudio.data.Exclusion;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ItemSummary;
import org.factorstudio.data.RespondentMissing;
import org.factorstudio.model.results.MissingShare;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.RowExclusion;
import org.factorstudio.model.results.Severity;

/** Maps the importer's report and problems (plain values) into the results model. */
public final class ImportReports {

	private static final ResultsFactory FACTORY = ResultsFactory.eINSTANCE;

	/** Respondents listed per exclusion reason at most; the count is always complete. */
	private static final int LISTED_ROWS = 1000;

	private ImportReports() {
	}

	public static org.factorstudio.model.results.ImportReport toModel(ImportReport report) {
		var model = FACTORY.createImportReport();
		model.setFile(fileText(String.valueOf(report.file())));
		model.setFormat(report.format());
		report.encoding().ifPresent(e -> model.setEncoding(e.name()));
		report.delimiter().ifPresent(d -> model.setDelimiter(d == '\t' ? "tab" : String.valueOf(d)));
		model.setRowsRead((int) report.rowsRead());
		model.setRowsKept((int) report.rowsKept());
		for (Map.Entry<Exclusion.Reason, Long> entry : report.exclusionCounts().entrySet()) {
			RowExclusion exclusion = FACTORY.createRowExclusion();
			exclusion.setReason(reason(entry.getKey()));
			exclusion.setCount(entry.getValue().intValue());
			List<Exclusion> rows = report.exclusions().stream().filter(e -> e.reason() == entry.getKey())
					.limit(LISTED_ROWS).toList();
			for (Exclusion row : rows) {
				exclusion.getRows().add((int) row.line());
				exclusion.getRespondentIds().add(fileText(row.respondentId().orElse("")));
			}
			model.getExclusions().add(exclusion);
		}
		for (CellProblem cell : report.cellProblems()) {
			var problem = FACTORY.createCellProblem();
			problem.setRow((int) cell.line());
			problem.setRespondentId(fileText(cell.respondentId().orElse(null)));
			problem.setColumn(fileText(cell.column()));
			problem.setValue(fileText(cell.value()));
			problem.setKind(cell.kind().name().toLowerCase().replace('_', ' '));
			problem.setMessage(cell.message());
			problem.setAction(cell.action().name().toLowerCase().replace('_', ' '));
			model.getCellProblems().add(problem);
		}
		for (ItemSummary item : report.items()) {
			MissingShare share = FACTORY.createMissingShare();
			share.setName(item.name());
			long total = report.rowsKept();
			long missing = total - item.valid();
			share.setMissing((int) missing);
			share.setTotal((int) total);
			share.setShare(total == 0 ? 0 : (double) missing / total);
			model.getItemMissing().add(share);
		}
		respondentMissing(report.respondentMissing(), model.getRespondentMissing());
		report.unusedColumns().forEach(column -> model.getUnusedColumns().add(fileText(column)));
		for (DuplicateId duplicate : report.duplicateIds()) {
			model.getDuplicateIds().add(fileText(duplicate.respondentId()) + " (lines " + duplicate.lines() + ")");
		}
		return model;
	}

	/**
	 * One entry per kept row, in dataset order: named by the respondent id, or by the row's line
	 * ("line 12") when the row has no id; missing statements of all statements of the study. With more than
	 * {@value #LISTED_ROWS} kept rows, the {@value #LISTED_ROWS} with the most missing answers (the earlier row
	 * first among equals), still in dataset order: results hold no object per respondent of a large survey.
	 */
	static void respondentMissing(RespondentMissing missing, List<MissingShare> out) {
		int rows = missing.rowCount();
		int cutoff = 0;
		int takenAtCutoff = Integer.MAX_VALUE;
		if (rows > LISTED_ROWS) {
			// the smallest missing count still listed, from a histogram: one pass, no sort
			int[] histogram = new int[missing.itemCount() + 2];
			for (int row = 0; row < rows; row++) {
				histogram[Math.min(missing.missingCount(row), missing.itemCount() + 1)]++;
			}
			int listed = 0;
			cutoff = histogram.length - 1;
			while (cutoff > 0 && listed + histogram[cutoff] < LISTED_ROWS) {
				listed += histogram[cutoff];
				cutoff--;
			}
			takenAtCutoff = LISTED_ROWS - listed;
		}
		for (int row = 0; row < rows; row++) {
			int count = missing.missingCount(row);
			if (count < cutoff || (count == cutoff && takenAtCutoff-- <= 0)) {
				continue;
			}
			MissingShare share = FACTORY.createMissingShare();
			int line = missing.line(row);
			share.setName(fileText(missing.respondentId(row).orElse(line > 0 ? "line " + line : "row " + (row + 1))));
			share.setMissing(count);
			share.setTotal(missing.itemCount());
			share.setShare(missing.missingShare(row));
			out.add(share);
		}
	}

	/**
	 * Text from the data file as the results keep it: control characters escaped as {@link Excerpt} shows them,
	 * never cut. XML, and so results.xmi, cannot hold them (an ESC in a respondent id stopped the report), and
	 * no surface should print them raw.
	 */
	static String fileText(String text) {
		return Excerpt.escaped(text);
	}

	static String reason(Exclusion.Reason reason) {
		return switch (reason) {
		case NON_RESPONDENT_STATUS -> "non-respondent status";
		case NO_ANSWERS -> "no study item answered";
		};
	}

	public static Problem toModel(ImportProblem problem) {
		Problem model = FACTORY.createProblem();
		model.setSeverity(switch (problem.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		});
		model.setCode(problem.code());
		model.setMessage(problem.message());
		model.setFile(String.valueOf(problem.file()));
		problem.line().ifPresent(line -> model.setLine((int) line));
		return model;
	}
}
