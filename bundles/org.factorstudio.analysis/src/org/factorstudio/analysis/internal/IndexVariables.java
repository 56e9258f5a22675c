package org.factorstudio.analysis.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.Plans;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;

/**
 * Computes every index variable of a study: the mean of its members after reversal by each member's
 * declared scale, under the index's minimum-valid rule. Never imputes.
 */
public final class IndexVariables {

	private IndexVariables() {
	}

	public static Map<IndexVariable, IndexScores> compute(Study study, Dataset dataset) {
		return compute(study, dataset, new HashMap<>());
	}

	/** @param shared the run's shared store, where the coded answer columns are kept for the analyses */
	public static Map<IndexVariable, IndexScores> compute(Study study, Dataset dataset, Map<Object, Object> shared) {
		return compute(study, dataset, shared, null);
	}

	/**
	 * @param plan whose scoring rules ({@code score X min n}) replace the indices' own minimum-valid rules; null:
	 *             the indices' own rules
	 */
	public static Map<IndexVariable, IndexScores> compute(Study study, Dataset dataset, Map<Object, Object> shared,
			AnalysisPlan plan) {
		Map<IndexVariable, IndexScores> scores = new LinkedHashMap<>();
		for (IndexVariable index : study.getIndexVariables()) {
			List<Member> members = StudyQueries.members(index);
			int k = members.size();
			boolean[] reversed = new boolean[k];
			double[] min = new double[k];
			double[] max = new double[k];
			boolean coded = true;
			for (int i = 0; i < k; i++) {
				Member member = members.get(i);
				reversed[i] = member.reversed();
				Scale scale = StudyQueries.effectiveScale(member.indicator()).orElse(null);
				min[i] = scale == null || scale.getMin() == null ? Double.NaN : scale.getMin();
				max[i] = scale == null || scale.getMax() == null ? Double.NaN : scale.getMax();
				coded &= dataset.type(member.indicator().getName()) == Dataset.ColumnType.CODED;
			}
			int minValid = Plans.minValid(plan, index);
			if (coded && k > 0) {
				// from the byte codes: no double copy of each answer column (same scores, bit for bit)
				DiscreteColumn[] columns = new DiscreteColumn[k];
				for (int i = 0; i < k; i++) {
					columns[i] = ItemColumns.of(shared, dataset, members.get(i).indicator().getName());
				}
				scores.put(index, IndexScores.computeCoded(columns, reversed, min, max, minValid));
			} else {
				double[][] columns = new double[k][];
				for (int i = 0; i < k; i++) {
					columns[i] = dataset.column(members.get(i).indicator().getName());
				}
				scores.put(index, IndexScores.compute(columns, reversed, min, max, minValid));
			}
		}
		return scores;
	}

	/** The rule of an index in words, for provenance and reports. */
	public static String rule(IndexVariable index) {
		return rule(index, null);
	}

	/** The rule of an index under a plan's scoring rules, in words. */
	public static String rule(IndexVariable index, AnalysisPlan plan) {
		int k = StudyQueries.members(index).size();
		int min = Plans.minValid(plan, index);
		String mean = "mean of " + k + (k == 1 ? " statement" : " statements") + " after reversal (min + max - x)";
		return min >= k ? mean + ", all answered (SPSS COMPUTE)" : mean + ", at least " + min + " answered (SPSS MEAN." + min + ")";
	}
}
