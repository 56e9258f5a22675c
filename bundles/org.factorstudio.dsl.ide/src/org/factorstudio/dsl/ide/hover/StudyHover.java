package org.factorstudio.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;

/**
 * Hover text for a study element, as plain text: an indicator's question, translation, scale and the
 * index variables it belongs to (reversed or not); an index variable's members and rule; a factor's
 * index and recommendation.
 */
public final class StudyHover {

	private StudyHover() {
	}

	public static String describe(EObject element) {
		if (element instanceof Indicator indicator) {
			return indicator(indicator);
		}
		if (element instanceof IndexVariable index) {
			List<String> names = new ArrayList<>();
			for (Member member : StudyQueries.members(index)) {
				names.add((member.reversed() ? "reversed " : "") + member.indicator().getName());
			}
			int min = StudyQueries.minValid(index);
			return "Index " + index.getName() + (index.getLabel() == null ? "" : " — " + index.getLabel()) + "\n"
					+ "Mean of " + String.join(", ", names) + "\n" + "Valid when at least " + min + " of "
					+ names.size() + " are answered";
		}
		if (element instanceof Factor factor) {
			String index = factor.getIndex() == null || factor.getIndex().eIsProxy() ? "?" : factor.getIndex().getName();
			return "Factor " + factor.getName() + ", measured by " + index
					+ (factor.getRecommendation() == null ? "" : "\nRecommendation: " + factor.getRecommendation());
		}
		if (element instanceof Scale scale) {
			return "Scale " + scale.getName() + (scale.getMin() == null ? " (no range)" : " " + scale.getMin() + ".." + scale.getMax());
		}
		return null;
	}

	private static String indicator(Indicator indicator) {
		StringBuilder text = new StringBuilder(indicator.getName());
		if (indicator.getText() != null) {
			text.append(": ").append(indicator.getText());
		}
		if (indicator.getTranslation() != null) {
			text.append("\n(").append(indicator.getTranslation()).append(')');
		}
		StudyQueries.effectiveScale(indicator).ifPresent(scale -> text.append("\nScale: ").append(scale.getName()));
		text.append("\nColumn: ").append(StudyQueries.column(indicator));
		List<String> memberships = new ArrayList<>();
		if (indicator.eContainer() != null && indicator.eContainer().eContainer() instanceof Study study) {
			for (IndexVariable index : study.getIndexVariables()) {
				for (Member member : StudyQueries.members(index)) {
					if (member.indicator() == indicator) {
						memberships.add(index.getName() + (member.reversed() ? " (reversed)" : ""));
					}
				}
			}
		}
		text.append(memberships.isEmpty() ? "\nIn no index variable" : "\nIn index " + String.join(", ", memberships));
		return text.toString();
	}
}
