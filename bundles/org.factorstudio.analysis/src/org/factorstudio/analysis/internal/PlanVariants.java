package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.Plans;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Study;

/**
 * The plans beside the primary one (robustness, multiverse): each is run on the same imported data with
 * its own settings (and its own index scores when its scoring rules differ), its correlations with the
 * dependent and its partial correlations reported as tables under its name, and every hypothesis's
 * coefficient, p and decision under every plan side by side in one robustness table that flags where the
 * conclusion changes.
 */
public final class PlanVariants {

	public static final String ANALYSIS_ID = "plans";

	private PlanVariants() {
	}

	/** The outcome of one plan: its name, its resolved settings and the results of its run. */
	public record PlanRun(String name, AnalysisPlan plan, StudyResults results) {
	}

	/**
	 * Runs each variant plan of the study and adds its tables, its warnings and errors, and the robustness
	 * table to {@code results} (which holds the primary plan's run).
	 *
	 * @param primaryScores the index scores under the primary plan, reused by a variant whose scoring is the same
	 */
	public static void run(Study study, Dataset dataset, AnalysisPlan primary,
			Map<IndexVariable, IndexScores> primaryScores, StudyResults results, IProgressMonitor monitor) {
		List<AnalysisPlan> variants = Plans.variants(study);
		if (variants.isEmpty()) {
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, variants.size());
		List<PlanRun> runs = new ArrayList<>();
		runs.add(new PlanRun(Plans.name(study.getPlan()), primary, results));
		for (AnalysisPlan declared : variants) {
			AnalysisPlan plan = Plans.effective(declared);
			String name = Plans.name(declared);
			progress.subTask("Plan " + name);
			StudyResults scratch = ResultsFactory.eINSTANCE.createStudyResults();
			Map<Object, Object> shared = new HashMap<>();
			Map<IndexVariable, IndexScores> scores = sameScoring(study, primary, plan) ? primaryScores
					: IndexVariables.compute(study, dataset, shared, plan);
			AnalysisContext context = new AnalysisContext(study, dataset, scores, Map.of(), scratch, shared, plan);
			new CorrelationAnalysis().run(context, progress.split(1));
			new PartialCorrelationAnalysis().run(context, new org.eclipse.core.runtime.NullProgressMonitor());
			Families.apply(context);
			Results.flagOnDecisionP(scratch);
			for (Problem problem : scratch.getProblems()) {
				if (problem.getSeverity() != Severity.INFO) {
					Problem copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(problem);
					copy.setMessage("Plan '" + name + "': " + problem.getMessage());
					results.getProblems().add(copy);
				}
			}
			results.getTables().addAll(tables(name, plan, scratch));
			runs.add(new PlanRun(name, plan, scratch));
		}
		results.getTables().add(robustness(study, runs));
	}

	private static boolean sameScoring(Study study, AnalysisPlan a, AnalysisPlan b) {
		for (IndexVariable index : study.getIndexVariables()) {
			if (Plans.minValid(a, index) != Plans.minValid(b, index)) {
				return false;
			}
		}
		return true;
	}

	/** A plan's correlations with the dependent and its partial correlations, as generic tables. */
	static List<ResultTable> tables(String name, AnalysisPlan plan, StudyResults run) {
		List<ResultTable> tables = new ArrayList<>();
		boolean corrected = plan.getCorrection() != Correction.NONE;
		if (!run.getDependentCorrelations().isEmpty()) {
			Correlation first = run.getDependentCorrelations().get(0);
			ResultTable table = MeasurementTables.table(ANALYSIS_ID,
					"Plan '" + name + "': correlations with " + first.getY() + " (" + first.getMethod() + ", "
							+ first.getTails() + ")",
					List.of("Index variable"), corrected ? List.of("n", "r", "p", "p adj.") : List.of("n", "r", "p"));
			MeasurementTables.typedAll(table, ColumnKind.P);
			table.getColumns().get(1).setKind(ColumnKind.COUNT);
			table.getColumns().get(2).setKind(ColumnKind.COEFFICIENT);
			table.getColumns().add(MeasurementTables.column("", false));
			for (Correlation row : run.getDependentCorrelations()) {
				var out = MeasurementTables.row(MeasurementTables.text(row.getX()), MeasurementTables.count(row.getN()),
						number(row.getCoefficient()), p(row.getP()));
				if (corrected) {
					out.getCells().add(p(row.getPAdjusted()));
				}
				out.getCells().add(MeasurementTables.text(row.getNote() != null && row.getCoefficient() == null
						? row.getNote() : Objects.toString(row.getFlag(), "")));
				table.getRows().add(out);
			}
			table.setNote(settings(name, plan));
			tables.add(table);
		}
		if (!run.getPartialCorrelations().isEmpty()) {
			PartialCorrelation first = run.getPartialCorrelations().get(0);
			ResultTable table = MeasurementTables.table(ANALYSIS_ID,
					"Plan '" + name + "': partial correlations with " + first.getY() + " (" + first.getMethod() + ")",
					List.of("Index variable", "Controls"),
					corrected ? List.of("n", "df", "r", "p", "p adj.") : List.of("n", "df", "r", "p"));
			MeasurementTables.typedAll(table, ColumnKind.P);
			table.getColumns().get(2).setKind(ColumnKind.COUNT);
			table.getColumns().get(3).setKind(ColumnKind.COUNT);
			table.getColumns().get(4).setKind(ColumnKind.COEFFICIENT);
			for (PartialCorrelation row : run.getPartialCorrelations()) {
				var out = MeasurementTables.row(MeasurementTables.text(row.getX()),
						MeasurementTables.text(plan.getControls().isEmpty() ? "the other " + row.getK() + " factors"
								: String.join(", ", row.getControls())),
						MeasurementTables.count(row.getN()),
						row.getDf() == null ? MeasurementTables.text("") : MeasurementTables.count(row.getDf()),
						number(row.getR()), p(row.getP()));
				if (corrected) {
					out.getCells().add(p(row.getPAdjusted()));
				}
				table.getRows().add(out);
			}
			table.setNote(settings(name, plan));
			tables.add(table);
		}
		return tables;
	}

	/**
	 * Every hypothesis under every plan: coefficient, the p the plan decides by (adjusted when it corrects)
	 * and the decision, and whether the conclusion is the same under all plans.
	 */
	static ResultTable robustness(Study study, List<PlanRun> runs) {
		ResultTable table = MeasurementTables.table(ANALYSIS_ID,
				"Robustness: each hypothesis under every plan", List.of("Hypothesis"), List.of());
		for (PlanRun run : runs) {
			table.getColumns().add(MeasurementTables.column(run.name() + " r", ColumnKind.COEFFICIENT));
			table.getColumns().add(MeasurementTables.column(run.name() + " p", ColumnKind.P));
			table.getColumns().add(MeasurementTables.column(run.name() + " decision", false));
		}
		table.getColumns().add(MeasurementTables.column("Conclusion", false));
		int changes = 0;
		for (var hypothesis : study.getHypotheses()) {
			var row = MeasurementTables.row(MeasurementTables.text(hypothesis.getName()));
			Map<String, Boolean> decisions = new LinkedHashMap<>();
			for (PlanRun run : runs) {
				HypothesisOutcome outcome = run.results().getHypotheses().stream()
						.filter(h -> hypothesis.getName().equals(h.getHypothesis())).findFirst().orElse(null);
				if (outcome == null || outcome.getCoefficient() == null) {
					row.getCells().add(MeasurementTables.text("not computable"));
					row.getCells().add(MeasurementTables.text(""));
					row.getCells().add(MeasurementTables.text(outcome == null ? "" : Objects.toString(outcome.getNote(), "")));
					continue;
				}
				Double decisive = run.plan().getCorrection() == Correction.NONE ? outcome.getP() : outcome.getPAdjusted();
				row.getCells().add(number(outcome.getCoefficient()));
				row.getCells().add(p(decisive));
				row.getCells().add(MeasurementTables.text(outcome.isSupported() ? "supported" : "not supported"));
				decisions.put(run.name(), outcome.isSupported());
			}
			boolean same = decisions.values().stream().distinct().count() <= 1
					&& decisions.size() == runs.size();
			String conclusion;
			if (same) {
				conclusion = "same under every plan";
			} else if (decisions.size() < runs.size()) {
				conclusion = "CHANGES: not computable under some plan";
				changes++;
			} else {
				List<String> supported = new ArrayList<>();
				List<String> not = new ArrayList<>();
				decisions.forEach((plan, yes) -> (yes ? supported : not).add(plan));
				conclusion = "CHANGES: supported under " + String.join(", ", supported) + "; not under "
						+ String.join(", ", not);
				changes++;
			}
			row.getCells().add(MeasurementTables.text(conclusion));
			table.getRows().add(row);
		}
		List<String> notes = new ArrayList<>();
		for (PlanRun run : runs) {
			notes.add(settings(run.name(), run.plan()));
		}
		table.setNote((changes == 0 ? "Every hypothesis gets the same decision under every plan. "
				: changes + (changes == 1 ? " hypothesis changes" : " hypotheses change") + " decision between plans. ")
				+ "p is the p each plan decides by (adjusted when the plan corrects). " + String.join(" ", notes));
		return table;
	}

	/** A plan's settings in one line, for the tables' notes. */
	public static String settings(String name, AnalysisPlan plan) {
		StringBuilder text = new StringBuilder("Plan '").append(name).append("': ");
		text.append(plan.getMethod().getLiteral()).append(", ").append(plan.getMissing().getLiteral())
				.append(", ").append(plan.getTails().getLiteral()).append("-tailed, correction ")
				.append(plan.getCorrection().getLiteral()).append(", alpha ").append(plan.getSignificanceLevel());
		if (plan.isPartial()) {
			text.append(", partial controlling for ")
					.append(plan.getControls().isEmpty() ? "all other factors" : String.join(", ", plan.getControls()));
		}
		for (var rule : plan.getScoring()) {
			text.append(", score ").append(rule.getIndex().getName()).append(" min ").append(rule.getMinValid());
		}
		String families = Plans.describeFamilies(plan);
		if (families != null) {
			text.append(", ").append(families);
		}
		return text.append('.').toString();
	}

	private static org.factorstudio.model.results.ResultCell number(Double value) {
		return value == null ? MeasurementTables.text("not computable") : MeasurementTables.number(value);
	}

	private static org.factorstudio.model.results.ResultCell p(Double value) {
		return value == null ? MeasurementTables.text("") : MeasurementTables.p(value);
	}
}
