package org.factorstudio.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Correlations;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.analysis.stats.JointTable;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.analysis.stats.PValueMode;
import org.factorstudio.analysis.stats.PartialCorrelation;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Compatibility;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.MissingPolicy;

/**
 * The index variables of one run on the discrete kernel, shared by the descriptives, the correlations
 * and the partial correlations: each index coded once ({@link DiscreteColumn}), then the rows counted once per
 * pair (four pairs with the same first index per pass) into a joint table split into the strata "complete for
 * the listwise matrix" and "complete for the partial correlations", from which the pairwise, the listwise and
 * the partial tables are all summed. Pairs with an index that is not discrete (more than
 * {@value DiscreteColumn#MAX_CODES} values) take the general path ({@link Correlations}) on the same
 * rows.
 */
final class IndexKernel {

	private final AnalysisContext context;
	private final List<IndexVariable> variables;
	private final Map<IndexVariable, Integer> position = new HashMap<>();
	private final DiscreteColumn[] discrete;
	private final boolean[] listwiseRows;
	private final boolean[] partialRows;
	private final int partialN;
	private final JointTable[] main;
	private final JointTable[] partial;

	/** The pairs of one counting task: one index against at most this many later ones. */
	private static final int PAIRS_PER_TASK = 8;

	private IndexKernel(AnalysisContext context) {
		this.context = context;
		AnalysisPlan plan = context.plan();
		variables = List.copyOf(context.indexVariables());
		int p = variables.size();
		for (int i = 0; i < p; i++) {
			position.putIfAbsent(variables.get(i), i);
		}
		discrete = new DiscreteColumn[p];
		IntStream.range(0, p).parallel()
				.forEach(i -> discrete[i] = context.scores(variables.get(i)).discrete().orElse(null));
		int rows = context.dataset().rowCount();
		listwiseRows = plan.getMissing() == MissingPolicy.LISTWISE && p > 0 ? complete(variables, rows) : null;
		List<IndexVariable> partialSet = partialVariables(context);
		partialRows = partialSet.isEmpty() ? null : complete(partialSet, rows);
		int count = 0;
		for (int r = 0; partialRows != null && r < rows; r++) {
			count += partialRows[r] ? 1 : 0;
		}
		partialN = count;
		// stratum bits: "complete over all index variables" (the plan's listwise deletion) and "complete
		// over the dependent and the factors" (the partials), only those the plan needs, so that the
		// tables stay small
		int listwiseBit = listwiseRows != null ? 1 : 0;
		int partialBit = partialRows != null ? (listwiseBit << 1 | (listwiseBit == 0 ? 1 : 0)) : 0;
		int strataCount = 1 + listwiseBit + partialBit;
		byte[] strata = null;
		if (strataCount > 1) {
			strata = new byte[rows];
			for (int r = 0; r < rows; r++) {
				strata[r] = (byte) ((listwiseRows != null && listwiseRows[r] ? listwiseBit : 0)
						| (partialRows != null && partialRows[r] ? partialBit : 0));
			}
		}
		int pairs = p * (p - 1) / 2;
		main = new JointTable[pairs];
		partial = new JointTable[pairs];
		byte[] s = strata;
		int sc = strataCount;
		int mainRequired = listwiseBit;
		int partialRequired = partialBit;
		// each index's codes with the strata folded in, once, for all its pairs as the first column
		short[][] stratified = new short[p][];
		IntStream.range(0, p - 1).parallel()
				.forEach(i -> stratified[i] = discrete[i] == null ? null : JointTable.stratified(discrete[i], s));
		// tasks of one index against up to eight later ones (JointTable.count of several columns: four per pass
		// over the index's codes), small enough that the two cores stay evenly busy to the end
		List<int[]> tasks = new ArrayList<>();
		for (int i = 0; i < p - 1; i++) {
			for (int j = i + 1; j < p; j += PAIRS_PER_TASK) {
				tasks.add(new int[] { i, j, Math.min(p, j + PAIRS_PER_TASK) });
			}
		}
		tasks.parallelStream().forEach(task -> {
			int i = task[0];
			if (discrete[i] == null) {
				return;
			}
			int[] partners = IntStream.range(task[1], task[2]).filter(j -> discrete[j] != null).toArray();
			DiscreteColumn[] ys = Arrays.stream(partners).mapToObj(j -> discrete[j]).toArray(DiscreteColumn[]::new);
			int[][] raw = JointTable.count(stratified[i], discrete[i], ys, sc);
			for (int n = 0; n < ys.length; n++) {
				int j = partners[n];
				int pair = pairIndex(i, j, p);
				main[pair] = JointTable.of(discrete[i], discrete[j], raw[n], mainRequired);
				if (partialRows != null) {
					partial[pair] = JointTable.of(discrete[i], discrete[j], raw[n], partialRequired);
				}
			}
		});
	}

	/**
	 * The kernel of this run, computed by the first analysis that asks (which says so on the monitor: on a
	 * million respondents this is the longest step of the analyses).
	 */
	static IndexKernel of(AnalysisContext context, IProgressMonitor monitor) {
		AnalysisPlan plan = context.plan();
		String key = IndexKernel.class.getName() + ":" + plan.getMissing() + ":" + plan.isPartial();
		return context.shared(key, IndexKernel.class, () -> {
			int p = context.indexVariables().size();
			monitor.subTask("Coding " + p + " index variables and counting their " + p * (p - 1) / 2 + " joint tables");
			return new IndexKernel(context);
		});
	}

	/** Dependent first, then the factors' indices in declaration order; empty when no partials are asked. */
	static List<IndexVariable> partialVariables(AnalysisContext context) {
		if (!context.plan().isPartial() || context.dependent().isEmpty()
				|| context.plan().getMethod() == CorrelationMethod.KENDALL) {
			return List.of();
		}
		IndexVariable dependent = context.dependent().get();
		List<IndexVariable> out = new ArrayList<>();
		out.add(dependent);
		for (Factor factor : context.factors()) {
			if (factor.getIndex() != null && !factor.getIndex().eIsProxy() && factor.getIndex() != dependent) {
				out.add(factor.getIndex());
			}
		}
		return out;
	}

	/** The coded scores of an index, or empty when they are not discrete. */
	Optional<DiscreteColumn> discrete(IndexVariable index) {
		Integer at = position.get(index);
		return at == null ? Optional.empty() : Optional.ofNullable(discrete[at]);
	}

	/**
	 * The plan's coefficient (method, p-value mode, missing-data rule) of two index variables, as
	 * {@link CorrelationAnalysis#correlate} on the (listwise-masked) scores.
	 */
	CorrelationResult correlation(IndexVariable a, IndexVariable b) {
		JointTable table = table(main, a, b);
		AnalysisPlan plan = context.plan();
		if (table == null) {
			return CorrelationAnalysis.correlate(plan, masked(a, listwiseRows), masked(b, listwiseRows));
		}
		return switch (plan.getMethod()) {
		case PEARSON -> table.pearson();
		case KENDALL -> table.kendallTauB(plan.getCompatibility() == Compatibility.R ? PValueMode.R_EXACT
				: PValueMode.T_APPROXIMATION);
		default -> table.spearman(plan.getCompatibility() == Compatibility.R ? PValueMode.R_EXACT
				: PValueMode.T_APPROXIMATION);
		};
	}

	/**
	 * The rows a correlation of two index variables left out: no score for either, or not kept by the plan's
	 * missing-data rule. Where their joint table is counted, their number is the rows outside it, and the codes
	 * are read only as far as the rows the provenance lists (the first few hundred), instead of a flag made for
	 * each of a million rows.
	 */
	Results.LeftOut leftOut(IndexVariable a, IndexVariable b) {
		JointTable table = table(main, a, b);
		Optional<DiscreteColumn> xd = discrete(a);
		Optional<DiscreteColumn> yd = discrete(b);
		if (table == null || xd.isEmpty() || yd.isEmpty()) {
			return Results.LeftOut.of(used(a, b));
		}
		DiscreteColumn x = xd.get();
		DiscreteColumn y = yd.get();
		boolean[] listwise = listwiseRows;
		return new Results.LeftOut(x.rows() - table.n(), limit -> x.firstRowsWithout(y, listwise, limit));
	}

	/** Per row, whether both have a score and the row is kept by the plan's missing-data rule. */
	boolean[] used(IndexVariable a, IndexVariable b) {
		Optional<DiscreteColumn> xd = discrete(a);
		Optional<DiscreteColumn> yd = discrete(b);
		if (xd.isPresent() && yd.isPresent()) {
			// from the byte codes: reads a megabyte per index on a million respondents instead of eight of doubles
			boolean[] used = xd.get().present();
			yd.get().keepPresent(used);
			if (listwiseRows != null) {
				for (int r = 0; r < used.length; r++) {
					used[r] &= listwiseRows[r];
				}
			}
			return used;
		}
		IndexScores x = context.scores(a);
		IndexScores y = context.scores(b);
		boolean[] used = new boolean[x.rows()];
		for (int r = 0; r < used.length; r++) {
			used[r] = !Double.isNaN(x.score(r)) && !Double.isNaN(y.score(r))
					&& (listwiseRows == null || listwiseRows[r]);
		}
		return used;
	}

	/** Rows complete for the partial correlations, or null when the plan asks for none. */
	boolean[] partialRows() {
		return partialRows;
	}

	/**
	 * Each factor's partial correlation with the dependent, from the joint tables of the listwise rows,
	 * as {@link PartialCorrelation#againstTarget} on the scores; empty when an index is not discrete (then
	 * the caller takes the general path).
	 *
	 * @param columns dependent first, then the factors' indices ({@link #partialVariables})
	 * @param method Pearson or Spearman
	 */
	Optional<List<PartialCorrelation.ColumnResult>> partials(List<IndexVariable> columns,
			CorrelationResult.Method method) {
		int p = columns.size();
		if (partialRows == null || p < 2) {
			return Optional.empty();
		}
		for (IndexVariable v : columns) {
			if (discrete(v).isEmpty()) {
				return Optional.empty();
			}
		}
		int n = partialN;
		int k = p - 2;
		if (n < 3) {
			return Optional.of(PartialCorrelation.notComputable(p, 0, method, n, "n < 3"));
		}
		if (n - 2 - k < 1) {
			return Optional.of(
					PartialCorrelation.notComputable(p, 0, method, n, "no degrees of freedom (n - 2 - controls < 1)"));
		}
		double[][] r = new double[p][p];
		for (int a = 0; a < p; a++) {
			r[a][a] = 1;
		}
		for (int a = 0; a < p; a++) {
			for (int b = a + 1; b < p; b++) {
				IndexVariable va = columns.get(a);
				IndexVariable vb = columns.get(b);
				JointTable t = va == vb ? null : table(partial, va, vb);
				if (t == null) {
					return Optional.empty(); // the same index twice: leave it to the general path
				}
				boolean flipped = position.get(va) > position.get(vb);
				if (t.distinct(!flipped) < 2) {
					return Optional.of(PartialCorrelation.notComputable(p, 0, method, n, "zero variance in column " + a));
				}
				if (t.distinct(flipped) < 2) {
					return Optional.of(PartialCorrelation.notComputable(p, 0, method, n, "zero variance in column " + b));
				}
				r[a][b] = method == CorrelationResult.Method.SPEARMAN ? t.spearmanRho() : t.pearsonR();
				r[b][a] = r[a][b];
			}
		}
		return Optional.of(PartialCorrelation.fromCorrelationMatrix(r, 0, method, n));
	}

	private JointTable table(JointTable[] tables, IndexVariable a, IndexVariable b) {
		Integer i = position.get(a);
		Integer j = position.get(b);
		if (i == null || j == null || i.equals(j)) {
			return null;
		}
		return tables[pairIndex(Math.min(i, j), Math.max(i, j), variables.size())];
	}

	private double[] masked(IndexVariable v, boolean[] keep) {
		return Listwise.masked(context.scores(v).scores(), keep);
	}

	private boolean[] complete(List<IndexVariable> set, int rows) {
		boolean[] complete = new boolean[rows];
		Arrays.fill(complete, true);
		for (IndexVariable v : set) {
			Integer at = position.get(v);
			DiscreteColumn codes = at == null ? null : discrete[at];
			if (codes != null) {
				codes.keepPresent(complete);
				continue;
			}
			IndexScores s = context.scores(v);
			for (int r = 0; r < rows; r++) {
				complete[r] &= !Double.isNaN(s.score(r));
			}
		}
		return complete;
	}

	/** Offset of pair (i, j), i &lt; j, in the upper-triangle pair list. */
	private static int pairIndex(int i, int j, int p) {
		return i * (2 * p - i - 1) / 2 + (j - i - 1);
	}
}
