package org.factorstudio.report.tables;

import static org.factorstudio.report.tables.TableContext.describe;
import static org.factorstudio.report.tables.TableContext.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.factorstudio.model.Plans;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Tails;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.ReportTable.Row;

/**
 * The hypotheses: factor, direction, coefficient, p (adjusted p), and whether each is supported; the notes say when a
 * hypothesis counts as supported and how many are ({@link #summary}).
 */
public final class HypothesesTable {

	public static final String ID = "hypotheses";

	private HypothesesTable() {
	}

	public static ReportTable build(TableContext c) {
		List<HypothesisOutcome> table = c.results().getHypotheses();
		if (table.isEmpty()) {
			return null;
		}
		boolean adjusted = table.stream().anyMatch(h -> h.getPAdjusted() != null);
		List<Row> rows = new ArrayList<>();
		for (HypothesisOutcome h : table) {
			Correlation source = c.results().getDependentCorrelations().stream()
					.filter(x -> h.getIndex() != null && h.getIndex().equals(x.getX())).findFirst().orElse(null);
			Provenance provenance = source == null ? null : source.getProvenance();
			String what = h.getHypothesis() + " (" + (h.getIndex() == null ? "?" : h.getIndex()) + ")";
			List<Cell> cells = new ArrayList<>(List.of(text(h.getHypothesis(), h.getText(), h), text(h.getFactor(), null, h),
					text(h.getDirection(), null, h),
					c.number(Kind.COEFFICIENT, h.getCoefficient(), describe("coefficient of " + what, h.getCoefficient(),
							provenance), h),
					c.number(Kind.P, h.getP(), describe("p of " + what, h.getP(), provenance), h)));
			if (adjusted) {
				cells.add(c.number(Kind.P, h.getPAdjusted(), describe("adjusted p of " + what, h.getPAdjusted(), provenance,
						c.correction()), h));
			}
			cells.add(text(h.getFactor() == null && h.getCoefficient() == null ? "not tested"
					: h.isSupported() ? "supported" : "not supported", h.getNote(), h));
			cells.add(text(h.getNote(), null, h));
			rows.add(new Row(null, cells, h));
		}
		List<Column> columns = new ArrayList<>(List.of(Column.text("Hypothesis"), Column.text("Factor"),
				Column.text("Direction"), Column.number("r"), Column.number("p")));
		if (adjusted) {
			columns.add(Column.number("p adj."));
		}
		columns.addAll(List.of(Column.text("Outcome"), Column.text("Note")));
		return new ReportTable(ID, "Hypotheses", columns, rows,
				List.of("A hypothesis is supported when its correlation has the hypothesised sign and its "
						+ (adjusted ? "adjusted " : "") + "p is below the significance level" + c.significance() + ".",
						summary(c)));
	}

	/**
	 * How many hypotheses the results support, and by which rule they were decided: "15 of 17 hypotheses supported
	 * (p adjusted by Holm, one-tailed, α = .05)." The counts are the results' outcomes; the tails are those of the
	 * hypotheses' correlations (the plan's when the results do not say), the correction and the level the plan's
	 * the engine decided by. Null when there are no hypotheses.
	 */
	public static String summary(TableContext c) {
		List<HypothesisOutcome> outcomes = c.results().getHypotheses();
		if (outcomes.isEmpty()) {
			return null;
		}
		long supported = outcomes.stream().filter(HypothesisOutcome::isSupported).count();
		long untested = outcomes.stream().filter(h -> h.getCoefficient() == null).count();
		StringBuilder text = new StringBuilder().append(supported).append(" of ").append(outcomes.size())
				.append(outcomes.size() == 1 ? " hypothesis" : " hypotheses").append(" supported");
		if (untested > 0) {
			text.append(", ").append(untested).append(" not tested");
		}
		List<String> rule = new ArrayList<>();
		AnalysisPlan plan = c.plan();
		boolean adjusted = outcomes.stream().anyMatch(h -> h.getPAdjusted() != null);
		if (plan == null) {
			if (adjusted) {
				rule.add("p adjusted for multiple testing");
			}
		} else if (plan.getCorrection() == Correction.NONE) {
			rule.add("p not adjusted");
		} else {
			rule.add("p adjusted by " + TableContext.correctionName(plan.getCorrection())
					+ (plan.getFamilies().isEmpty() ? "" : " within the declared families"));
		}
		String tails = tails(c, plan);
		if (tails != null) {
			rule.add(tails);
		}
		if (plan != null) {
			rule.add("α = " + Plans.significanceText(plan));
		}
		if (!rule.isEmpty()) {
			text.append(" (").append(String.join(", ", rule)).append(')');
		}
		return text.append('.').toString();
	}

	/** "one-tailed" or "two-tailed", as the hypotheses' correlations were tested; else as the plan says, or null. */
	private static String tails(TableContext c, AnalysisPlan plan) {
		List<String> tested = c.results().getHypotheses().stream()
				.map(h -> c.results().getDependentCorrelations().stream()
						.filter(x -> h.getIndex() != null && h.getIndex().equals(x.getX())).findFirst().orElse(null))
				.filter(Objects::nonNull).map(Correlation::getTails).filter(Objects::nonNull)
				.map(t -> t.startsWith("one-tailed") ? "one-tailed" : t.startsWith("two-tailed") ? "two-tailed" : null)
				.filter(Objects::nonNull).distinct().toList();
		if (tested.size() == 1) {
			return tested.get(0);
		}
		if (plan != null) {
			return plan.getTails() == Tails.ONE ? "one-tailed" : "two-tailed";
		}
		return null;
	}
}
