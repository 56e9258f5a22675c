package org.factorstudio.analysis.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factorstudio.data.Excerpt;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;

/**
 * What an analysis works on: the study and its plan, the imported dataset, the computed index
 * variables, the parameters of its request, and the results being built.
 */
public final class AnalysisContext {

	private final Study study;
	private final Dataset dataset;
	private final Map<IndexVariable, IndexScores> indexScores;
	private final Map<String, String> parameters;
	private final StudyResults results;

	private final Map<Object, Object> shared;
	private final AnalysisPlan plan;

	public AnalysisContext(Study study, Dataset dataset, Map<IndexVariable, IndexScores> indexScores,
			Map<String, String> parameters, StudyResults results) {
		this(study, dataset, indexScores, parameters, results, new HashMap<>());
	}

	/**
	 * @param shared the store of {@link #shared(Object, Class, Supplier)}: one map for all the analyses of
	 *               one run, so that what one computes from the data (joint tables, codes) the next reuses
	 */
	public AnalysisContext(Study study, Dataset dataset, Map<IndexVariable, IndexScores> indexScores,
			Map<String, String> parameters, StudyResults results, Map<Object, Object> shared) {
		this(study, dataset, indexScores, parameters, results, shared, null);
	}

	/**
	 * @param plan the plan this run follows, its settings resolved ({@link org.factorstudio.model.Plans#effective});
	 *             null: the study's primary plan as declared
	 */
	public AnalysisContext(Study study, Dataset dataset, Map<IndexVariable, IndexScores> indexScores,
			Map<String, String> parameters, StudyResults results, Map<Object, Object> shared, AnalysisPlan plan) {
		this.plan = plan;
		this.study = study;
		this.dataset = dataset;
		this.indexScores = new LinkedHashMap<>(indexScores);
		this.parameters = Map.copyOf(parameters);
		this.results = results;
		this.shared = shared;
	}

	/**
	 * A value computed once per run and shared by the analyses of that run (they run one after the
	 * other): the first call computes it, later calls with the same key get the same object.
	 *
	 * @param key identifies the computation, including everything it depends on besides the run's data
	 */
	public <T> T shared(Object key, Class<T> type, Supplier<T> compute) {
		Object value = shared.get(key);
		if (value == null) {
			value = compute.get();
			shared.put(key, value);
		}
		return type.cast(value);
	}

	public Study study() {
		return study;
	}

	/**
	 * The plan this run follows: the one given to the constructor (the engine gives each plan of a study its
	 * own run, settings inherited through {@code extends} resolved), else the study's primary plan, else an
	 * empty default plan.
	 */
	public AnalysisPlan plan() {
		if (plan != null) {
			return plan;
		}
		return study.getPlan() != null ? study.getPlan() : DEFAULT_PLAN;
	}

	private static final AnalysisPlan DEFAULT_PLAN = org.factorstudio.model.study.StudyFactory.eINSTANCE
			.createAnalysisPlan();

	public Dataset dataset() {
		return dataset;
	}

	public StudyResults results() {
		return results;
	}

	/** The parameters of this analysis's request ({@code run id(key = value)}), empty for built-ins. */
	public Map<String, String> parameters() {
		return parameters;
	}

	public Optional<String> parameter(String key) {
		return Optional.ofNullable(parameters.get(key));
	}

	/** The raw answers of an indicator, user-missing and invalid values as NaN, not reversed. */
	public double[] values(Indicator indicator) {
		return dataset.column(indicator.getName());
	}

	/**
	 * The answers of an index's statement as the index counts them: a reversed statement turned on its scale
	 * (min + max - x), user-missing and invalid values as NaN. Reliability, omega and their intervals all read
	 * statements through this one rule.
	 */
	public double[] keyedValues(StudyQueries.Member member) {
		double[] values = values(member.indicator());
		if (!member.reversed()) {
			return values;
		}
		Scale scale = StudyQueries.effectiveScale(member.indicator()).orElseThrow(() -> new IllegalStateException(
				"reversed statement " + member.indicator().getName() + " has no scale (the study check reports this)"));
		double sum = scale.getMin() + scale.getMax();
		double[] turned = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			turned[i] = sum - values[i];
		}
		return turned;
	}

	/** The keyed answers ({@link #keyedValues}) of each statement of an index, in the index's order. */
	public double[][] statementColumns(IndexVariable index) {
		return StudyQueries.members(index).stream().map(this::keyedValues).toArray(double[][]::new);
	}

	/** The scores of an index variable (NaN = missing under its minimum-valid rule). */
	public IndexScores scores(IndexVariable index) {
		IndexScores scores = indexScores.get(index);
		if (scores == null) {
			throw new IllegalArgumentException("no scores for index " + index.getName());
		}
		return scores;
	}

	/** The scores of these index variables as columns, in the given order (for listwise deletion, matrices). */
	public double[][] scoreColumns(List<IndexVariable> variables) {
		return variables.stream().map(v -> scores(v).scores()).toArray(double[][]::new);
	}

	/** The dependent variable, or empty when the study declares none. */
	public Optional<IndexVariable> dependent() {
		IndexVariable dependent = study.getDependent();
		return dependent == null || dependent.eIsProxy() ? Optional.empty() : Optional.of(dependent);
	}

	/** The factors of the framework in declaration order (areas in order, factors within). */
	public List<Factor> factors() {
		List<Factor> factors = new ArrayList<>();
		study.getAreas().forEach(area -> factors.addAll(area.getFactors()));
		return factors;
	}

	/** Index variables in declaration order. */
	public List<IndexVariable> indexVariables() {
		return study.getIndexVariables();
	}

	/** The respondent id of a row, or its file line when the data have no id column. */
	public String rowLabel(int row) {
		// the id as the file has it, control characters escaped: results (and results.xmi) keep this text
		return dataset.respondentId(row).map(Excerpt::escaped).orElse("line " + dataset.sourceLine(row));
	}

	public List<Indicator> indicators() {
		return StudyQueries.indicators(study);
	}

	/** Records a problem of this run as a value in the results. */
	public void problem(Severity severity, String code, String message) {
		Problem problem = ResultsFactory.eINSTANCE.createProblem();
		problem.setSeverity(severity);
		problem.setCode(code);
		problem.setMessage(message);
		results.getProblems().add(problem);
	}
}
