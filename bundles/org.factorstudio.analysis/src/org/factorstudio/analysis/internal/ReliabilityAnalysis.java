package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.stats.CronbachAlpha;
import org.factorstudio.analysis.stats.DiscreteColumn;
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
		SubMonitor progress = SubMonitor.convert(monitor, 1);
		progress.subTask("Reliability of " + indices.size() + (indices.size() == 1 ? " index variable" : " index variables"));
		boolean listwise = plan.getReliabilityModel() == ReliabilityModel.LISTWISE;
		// what each index needs is read from the model and the run's store here, in this thread (neither is safe to
		// read from several); then the indices are computed side by side, each on one core (on a million
		// respondents an index keeps a core busy for tens of milliseconds: a pool per index, with a barrier between
		// its steps, left a core idle), and their results added in order
		List<Items> items = indices.stream().map(index -> Items.of(context, index)).toList();
		CronbachAlpha[] alphas = new CronbachAlpha[items.size()];
		IntStream.range(0, alphas.length).parallel().forEach(i -> alphas[i] = items.get(i).alpha(listwise));
		for (int i = 0; i < alphas.length; i++) {
			context.results().getReliabilities().add(reliability(context, indices.get(i), items.get(i), alphas[i], listwise));
		}
		progress.split(1);
	}

	/** The statements of one index as the computation needs them: coded, or as keyed values. */
	private record Items(List<Member> members, DiscreteColumn[] coded, boolean[] turned, double[] turn,
			double[][] values) {

		static Items of(AnalysisContext context, IndexVariable index) {
			List<Member> members = StudyQueries.members(index);
			DiscreteColumn[] coded = codedColumns(context, members);
			if (coded == null) {
				double[][] values = new double[members.size()][];
				for (int i = 0; i < values.length; i++) {
					values[i] = context.keyedValues(members.get(i));
				}
				return new Items(members, null, null, null, values);
			}
			boolean[] turned = new boolean[coded.length];
			double[] turn = new double[coded.length];
			for (int i = 0; i < coded.length; i++) {
				turned[i] = members.get(i).reversed();
				Scale scale = StudyQueries.effectiveScale(members.get(i).indicator()).orElse(null);
				turn[i] = scale == null || scale.getMin() == null || scale.getMax() == null ? Double.NaN
						: scale.getMin() + scale.getMax();
			}
			return new Items(members, coded, turned, turn, null);
		}

		/** Alpha in the calling thread alone (the indices already keep the cores busy). */
		CronbachAlpha alpha(boolean listwise) {
			if (coded != null) {
				// exact sums over the codes, one joint table per pair of statements
				return listwise ? CronbachAlpha.listwise(coded, turned, turn, 1)
						: CronbachAlpha.pairwise(coded, turned, turn, 1);
			}
			return listwise ? CronbachAlpha.listwise(values) : CronbachAlpha.pairwise(values);
		}
	}

	private static Reliability reliability(AnalysisContext context, IndexVariable index, Items statements,
			CronbachAlpha alpha, boolean listwise) {
		List<Member> members = statements.members();
		DiscreteColumn[] coded = statements.coded();
		double[][] items = statements.values();
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
		boolean[] used = null;
		if (listwise) {
			used = new boolean[context.dataset().rowCount()];
			for (int row = 0; row < used.length; row++) {
				boolean complete = true;
				if (coded != null) {
					for (DiscreteColumn column : coded) {
						complete &= column.code(row) != 0;
					}
				} else {
					for (double[] column : items) {
						complete &= !Double.isNaN(column[row]);
					}
				}
				used[row] = complete;
			}
		}
		result.setProvenance(Results.provenance(names,
				listwise ? "Cronbach's alpha on respondents who answered every statement (SPSS RELIABILITY)"
						: "Cronbach's alpha from pairwise covariances (psych::alpha)",
				alpha.n(), context, used, null));
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
