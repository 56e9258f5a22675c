package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Area;
import org.factorstudio.model.study.EvidenceSource;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;

/**
 * The study's framework as the report shows it: areas with their factors, each factor with its index
 * variable. Read once from the study into plain values, so a report never follows an unresolved reference.
 * Without a study the framework is empty and the dependent variable comes from the results.
 */
public record Framework(String dependent, List<AreaView> areas, Map<String, String> indexLabels) {

	/** The group heading of the dependent variable in tables grouped by area. */
	public static final String DEPENDENT_GROUP = "Dependent variable";
	/** The group heading of index variables that measure no factor. */
	public static final String OTHER_GROUP = "Other index variables";

	public record AreaView(String name, String label, List<FactorView> factors) {

		public String heading() {
			return label == null || label.isBlank() ? name : label;
		}
	}

	public record FactorView(String name, String label, String index, List<String> items, String description,
			String recommendation, List<String> sources) {

		public String heading() {
			return label == null || label.isBlank() ? name : label;
		}
	}

	public static Framework of(ReportInput input) {
		StudyResults results = input.results();
		Optional<Study> study = input.optionalStudy();
		String dependent = study.map(Study::getDependent).filter(d -> !d.eIsProxy()).map(IndexVariable::getName)
				.orElseGet(() -> results.getDependentCorrelations().isEmpty() ? null
						: results.getDependentCorrelations().get(0).getY());
		List<AreaView> areas = new ArrayList<>();
		Map<String, String> labels = new LinkedHashMap<>();
		if (study.isPresent()) {
			for (IndexVariable index : study.get().getIndexVariables()) {
				if (index.getLabel() != null && !index.getLabel().isBlank()) {
					labels.put(index.getName(), index.getLabel());
				}
			}
			for (Area area : study.get().getAreas()) {
				List<FactorView> factors = new ArrayList<>();
				for (Factor factor : area.getFactors()) {
					IndexVariable index = factor.getIndex();
					boolean resolved = index != null && !index.eIsProxy();
					List<String> items = resolved ? StudyQueries.members(index).stream()
							.map(m -> (m.reversed() ? "reversed " : "") + m.indicator().getName()).toList() : List.of();
					factors.add(new FactorView(factor.getName(), factor.getLabel(), resolved ? index.getName() : null, items,
							factor.getDescription(), factor.getRecommendation(),
							factor.getSources().stream().map(EvidenceSource::getLiteral).toList()));
				}
				areas.add(new AreaView(area.getName(), area.getLabel(), factors));
			}
		}
		return new Framework(dependent, List.copyOf(areas), Map.copyOf(labels));
	}

	/** The area heading an index variable is shown under, or null when the study has no framework. */
	public String groupOf(String index) {
		if (areas.isEmpty()) {
			return null;
		}
		if (index != null && index.equals(dependent)) {
			return DEPENDENT_GROUP;
		}
		return areaOf(index).map(AreaView::heading).orElse(OTHER_GROUP);
	}

	public Optional<AreaView> areaOf(String index) {
		return areas.stream().filter(a -> a.factors().stream().anyMatch(f -> index != null && index.equals(f.index())))
				.findFirst();
	}

	public Optional<FactorView> factorOf(String index) {
		return areas.stream().flatMap(a -> a.factors().stream()).filter(f -> index != null && index.equals(f.index()))
				.findFirst();
	}

	/**
	 * Sort key that lists rows area by area, in the framework's order: dependent first, then the factors in
	 * declaration order, then the rest in their original order.
	 */
	public int order(String index) {
		if (areas.isEmpty()) {
			return 0;
		}
		if (index != null && index.equals(dependent)) {
			return -1;
		}
		int position = 0;
		for (AreaView area : areas) {
			for (FactorView factor : area.factors()) {
				if (index != null && index.equals(factor.index())) {
					return position;
				}
				position++;
			}
		}
		return Integer.MAX_VALUE;
	}
}
