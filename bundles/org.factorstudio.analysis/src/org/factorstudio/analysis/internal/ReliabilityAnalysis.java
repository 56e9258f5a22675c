package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.stats.CronbachAlpha;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.results.ItemReliability;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.ReliabilityModel;
import org.factorstudio.model.study.Scale;

/**
 * Cronbach's alpha of each index variable the plan names (or of all with two or more statements),
 * listwise or pairwise as declared, with item statistics and warnings for statements that look
 * mis-keyed.
 */
public final class ReliabilityAnalysis implements Analysis {

	@Override
	public String id() {
		return "reliability";
	}

	@Override
	public String label() {
		return "Reliability";
	}

	@Override
	public boolean runsAlways() {
		return true;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisPlan plan = context.plan();
		List<IndexVariable> indices = new ArrayList<>();
		if (plan.isReliabilityAll()) {
			context.indexVariables().stream().filter(i -> StudyQueries.members(i).size() >= 2).forEach(indices::add);
		} else {
			indices.addAll(plan.getReliabilityFor());
		}
		SubMonitor progress = SubMonitor.convert(monitor, indices.size());
		progress.subTask("Reliability of " + indices.size() + (indices.size() == 1 ? " index variable" : " index variables"));
		boolean listwise = plan.getReliabilityModel() == ReliabilityModel.LISTWISE;
		// what each index needs is read from the model and the run's store here, in this thread (neither is safe to
		// read from several); then the indices are computed side by side, each on one core (on a million
		// respondents an index keeps a core busy for tens of milliseconds: a pool per index, with a barrier between
		// its steps, left a core idle), each reading its answers only while it is computed, and their results are
		// added in order
		List<Statements> statements = indices.stream().map(index -> Statements.of(context, index)).toList();
		Dataset dataset = context.dataset();
		Outcome[] outcomes = new Outcome[statements.size()];
		// as many indices at a time as there are cores, and a look at cancellation between them; the results are
		// added only when all are computed, so a cancelled run adds none
		int step = Math.max(1, Runtime.getRuntime().availableProcessors());
		for (int from = 0; from < outcomes.length; from += step) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int to = Math.min(outcomes.length, from + step);
			IntStream.range(from, to).parallel().forEach(i -> outcomes[i] = statements.get(i).compute(dataset, listwise));
			progress.worked(to - from);
		}
		for (int i = 0; i < outcomes.length; i++) {
			context.results().getReliabilities()
					.add(reliability(context, indices.get(i), statements.get(i).members(), outcomes[i], listwise));
		}
		progress.done();
	}

	/** Alpha of one index, and under listwise deletion the rows it left out (else null). */
	private record Outcome(CronbachAlpha alpha, Results.LeftOut leftOut) {
	}

	/**
	 * The statements of one index as the computation needs them, read from the model: coded columns, or the
	 * names of the dataset's columns; which are reversed, and on what scale (min + max).
	 */
	private record Statements(List<Member> members, String[] columns, DiscreteColumn[] coded, boolean[] turned,
			double[] turn) {

		static Statements of(AnalysisContext context, IndexVariable index) {
			List<Member> members = StudyQueries.members(index);
			DiscreteColumn[] coded = codedColumns(context, members);
			String[] columns = new String[members.size()];
			boolean[] turned = new boolean[members.size()];
			double[] turn = new double[members.size()];
			for (int i = 0; i < columns.length; i++) {
				Member member = members.get(i);
				columns[i] = member.indicator().getName();
				turned[i] = member.reversed();
				Scale scale = StudyQueries.effectiveScale(member.indicator()).orElse(null);
				if (scale == null || scale.getMin() == null || scale.getMax() == null) {
					if (coded == null && turned[i]) {
						// as AnalysisContext.keyedValues: the study check reports a reversed statement without a scale
						throw new IllegalStateException("reversed statement " + columns[i]
								+ " has no scale (the study check reports this)");
					}
					turn[i] = Double.NaN;
				} else {
					turn[i] = scale.getMin() + scale.getMax();
				}
			}
			return new Statements(members, columns, coded, turned, turn);
		}

		/** Alpha in the calling thread alone (the indices already keep the cores busy). */
		Outcome compute(Dataset dataset, boolean listwise) {
			if (coded != null) {
				// exact sums over the codes
				CronbachAlpha alpha = listwise ? CronbachAlpha.listwise(coded, turned, turn, 1)
						: CronbachAlpha.pairwise(coded, turned, turn, 1);
				if (!listwise) {
					return new Outcome(alpha, null);
				}
				boolean[] used = new boolean[dataset.rowCount()];
				Arrays.fill(used, true);
				for (DiscreteColumn column : coded) {
					column.keepPresent(used);
				}
				return new Outcome(alpha, Results.LeftOut.of(used).listed());
			}
			// the keyed answers (AnalysisContext.keyedValues), read from the immutable dataset in this thread
			double[][] values = new double[columns.length][];
			for (int i = 0; i < values.length; i++) {
				values[i] = dataset.column(columns[i]);
				if (turned[i]) {
					for (int r = 0; r < values[i].length; r++) {
						values[i][r] = turn[i] - values[i][r];
					}
				}
			}
			CronbachAlpha alpha = listwise ? CronbachAlpha.listwise(values) : CronbachAlpha.pairwise(values);
			if (!listwise) {
				return new Outcome(alpha, null);
			}
			return new Outcome(alpha, Results.LeftOut.of(Listwise.completeRows(values)).listed());
		}
	}

	private static Reliability reliability(AnalysisContext context, IndexVariable index, List<Member> members,
			Outcome outcome, boolean listwise) {
		CronbachAlpha alpha = outcome.alpha();
		Reliability result = Results.FACTORY.createReliability();
		result.setIndex(index.getName());
		result.setK(alpha.k());
		result.setN(alpha.n());
		result.setModel(listwise ? "listwise" : "pairwise");
		result.setAlpha(Results.value(alpha.alpha()));
		result.setStandardizedAlpha(Results.value(alpha.standardizedAlpha()));
		result.setMeanInterItemCorrelation(Results.value(alpha.meanInterItemR()));
		result.setNote(alpha.note());
		for (CronbachAlpha.ItemStatistics statistics : alpha.items()) {
			Member member = members.get(statistics.item());
			ItemReliability item = Results.FACTORY.createItemReliability();
			item.setItem(member.indicator().getName());
			item.setReversed(member.reversed());
			item.setMean(Results.value(statistics.mean()));
			item.setSd(Results.value(statistics.sd()));
			item.setCorrectedItemTotal(Results.value(statistics.correctedItemTotalR()));
			item.setAlphaIfDeleted(Results.value(statistics.alphaIfDeleted()));
			if (statistics.correctedItemTotalR() < 0) {
				item.setSuspectedMisKeyed(true);
				context.problem(Severity.WARNING, "org.factorstudio.analysis.suspectedMisKeyed",
						"In index " + index.getName() + ", statement " + member.indicator().getName()
								+ (member.reversed() ? " is reversed but correlates negatively with the rest after reversal: is the reversal right?"
										: " correlates negatively with the rest of the index: does it need reversing?"));
			}
			result.getItems().add(item);
		}
		List<String> names = members.stream().map(m -> (m.reversed() ? "reversed " : "") + m.indicator().getName()).toList();
		result.setProvenance(Results.provenanceLeavingOut(names,
				listwise ? "Cronbach's alpha on respondents who answered every statement (SPSS RELIABILITY)"
						: "Cronbach's alpha from pairwise covariances (psych::alpha)",
				alpha.n(), context, outcome.leftOut(), null));
		return result;
	}

	/**
	 * The statements as coded columns, or null when one is not coded or a reversed one has no declared
	 * scale (then the general path says what it can).
	 */
	private static DiscreteColumn[] codedColumns(AnalysisContext context, List<Member> members) {
		DiscreteColumn[] out = new DiscreteColumn[members.size()];
		for (int i = 0; i < out.length; i++) {
			String name = members.get(i).indicator().getName();
			if (context.dataset().type(name) != Dataset.ColumnType.CODED) {
				return null;
			}
			if (members.get(i).reversed()) {
				Scale scale = StudyQueries.effectiveScale(members.get(i).indicator()).orElse(null);
				if (scale == null || scale.getMin() == null || scale.getMax() == null) {
					return null;
				}
			}
			out[i] = ItemColumns.of(context, name);
		}
		return out;
	}
}
