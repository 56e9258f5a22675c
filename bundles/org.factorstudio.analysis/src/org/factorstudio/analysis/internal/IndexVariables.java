package org.factorstudio.analysis.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
		// what each index needs from the study model is read here, in this thread: the model resolves its
		// references lazily and is not safe to read from several threads
		List<Recipe> recipes = study.getIndexVariables().stream().map(index -> Recipe.of(index, dataset, plan)).toList();
		// the coded answer columns first, each once and in parallel (on a million respondents each is a pass
		// over a megabyte), kept in the run's store for the later analyses; the store is written from this
		// thread only
		List<String> codedNames = recipes.stream().filter(Recipe::coded).flatMap(r -> Arrays.stream(r.names()))
				.distinct().toList();
		DiscreteColumn[] coded = new DiscreteColumn[codedNames.size()];
		IntStream.range(0, coded.length).parallel()
				.forEach(i -> coded[i] = ItemColumns.peek(shared, dataset, codedNames.get(i)));
		for (int i = 0; i < coded.length; i++) {
			ItemColumns.keep(shared, codedNames.get(i), coded[i]);
		}
		// then the scores, in parallel, each from the coded columns above; kept in declaration order
		IndexScores[] computed = new IndexScores[recipes.size()];
		IntStream.range(0, computed.length).parallel()
				.forEach(i -> computed[i] = recipes.get(i).compute(dataset, shared));
		Map<IndexVariable, IndexScores> scores = new LinkedHashMap<>();
		for (int i = 0; i < computed.length; i++) {
			scores.put(recipes.get(i).index(), computed[i]);
		}
		return scores;
	}

	/** One index's members (reversal and declared scale of each) and minimum-valid rule, read from the model. */
	private record Recipe(IndexVariable index, String[] names, boolean[] reversed, double[] min, double[] max,
			int minValid, boolean coded) {

		static Recipe of(IndexVariable index, Dataset dataset, AnalysisPlan plan) {
			List<Member> members = StudyQueries.members(index);
			int k = members.size();
			String[] names = new String[k];
			boolean[] reversed = new boolean[k];
			double[] min = new double[k];
			double[] max = new double[k];
			boolean coded = k > 0;
			for (int i = 0; i < k; i++) {
				Member member = members.get(i);
				names[i] = member.indicator().getName();
				reversed[i] = member.reversed();
				Scale scale = StudyQueries.effectiveScale(member.indicator()).orElse(null);
				min[i] = scale == null || scale.getMin() == null ? Double.NaN : scale.getMin();
				max[i] = scale == null || scale.getMax() == null ? Double.NaN : scale.getMax();
				coded &= dataset.type(names[i]) == Dataset.ColumnType.CODED;
			}
			return new Recipe(index, names, reversed, min, max, Plans.minValid(plan, index), coded);
		}

		IndexScores compute(Dataset dataset, Map<Object, Object> shared) {
			int k = names.length;
			if (coded) {
				// from the byte codes: no double copy of each answer column (same scores, bit for bit)
				DiscreteColumn[] columns = new DiscreteColumn[k];
				for (int i = 0; i < k; i++) {
					columns[i] = ItemColumns.kept(shared, names[i]);
				}
				return IndexScores.computeCoded(columns, reversed, min, max, minValid);
			}
			double[][] columns = new double[k][];
			for (int i = 0; i < k; i++) {
				columns[i] = dataset.column(names[i]);
			}
			return IndexScores.compute(columns, reversed, min, max, minValid);
		}
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
