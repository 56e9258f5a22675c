package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.List;

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
		SubMonitor progress = SubMonitor.convert(monitor, indices.size());
		boolean listwise = plan.getReliabilityModel() == ReliabilityModel.LISTWISE;
		for (IndexVariable index : indices) {
			progress.subTask("Reliability of " + index.getName());
			context.results().getReliabilities().add(reliability(context, index, listwise));
			progress.split(1);
		}
	}

	private static Reliability reliability(AnalysisContext context, IndexVariable index, boolean listwise) {
		List<Member> members = StudyQueries.members(index);
		DiscreteColumn[] coded = coded(context, members);
		double[][] items = null;
		CronbachAlpha alpha;
		if (coded != null) {
			// exact sums over the codes, one joint table per pair of statements
			boolean[] turned = new boolean[coded.length];
			double[] turn = new double[coded.length];
			for (int i = 0; i < coded.length; i++) {
				turned[i] = members.get(i).reversed();
				Scale scale = StudyQueries.effectiveScale(members.get(i).indicator()).orElse(null);
				turn[i] = scale == null || scale.getMin() == null || scale.getMax() == null ? Double.NaN
						: scale.getMin() + scale.getMax();
			}
			alpha = listwise ? CronbachAlpha.listwise(coded, turned, turn) : CronbachAlpha.pairwise(coded, turned, turn);
		} else {
			items = new double[members.size()][];
			for (int i = 0; i < items.length; i++) {
				items[i] = context.keyedValues(members.get(i));
			}
			alpha = listwise ? CronbachAlpha.listwise(items) : CronbachAlpha.pairwise(items);
		}
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
	private static DiscreteColumn[] coded(AnalysisContext context, List<Member> members) {
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
