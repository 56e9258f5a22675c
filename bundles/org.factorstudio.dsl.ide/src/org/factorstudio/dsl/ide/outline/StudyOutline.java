package org.factorstudio.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.study.Area;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;

/**
 * The outline of a study as a methodologist reads it: areas → factors → the index variable that
 * measures each factor → its indicators (reversed ones marked), then the dependent variable, the
 * hypotheses and the scales. Offsets point at each element's declaration.
 */
public final class StudyOutline {

	private StudyOutline() {
	}

	public static OutlineNode of(Study study) {
		List<OutlineNode> children = new ArrayList<>();
		for (Area area : study.getAreas()) {
			List<OutlineNode> factors = new ArrayList<>();
			for (Factor factor : area.getFactors()) {
				List<OutlineNode> measuredBy = new ArrayList<>();
				IndexVariable index = factor.getIndex();
				if (index != null && !index.eIsProxy()) {
					measuredBy.add(index(index, OutlineNode.Kind.INDEX));
				}
				factors.add(node(OutlineNode.Kind.FACTOR, factor.getName(), factor.getLabel(), factor, measuredBy));
			}
			areas(children, area, factors);
		}
		if (study.getDependent() != null && !study.getDependent().eIsProxy()) {
			children.add(index(study.getDependent(), OutlineNode.Kind.DEPENDENT));
		}
		for (Hypothesis hypothesis : study.getHypotheses()) {
			String factor = hypothesis.getFactor() == null || hypothesis.getFactor().eIsProxy() ? "?"
					: hypothesis.getFactor().getName();
			children.add(node(OutlineNode.Kind.HYPOTHESIS, hypothesis.getName(),
					factor + " " + hypothesis.getDirection().getLiteral(), hypothesis, List.of()));
		}
		for (Scale scale : study.getScales()) {
			String range = scale.getMin() == null ? "no range" : scale.getMin() + ".." + scale.getMax();
			children.add(node(OutlineNode.Kind.SCALE, scale.getName(), range, scale, List.of()));
		}
		if (study.getDataSource() != null) {
			children.add(node(OutlineNode.Kind.DATA, study.getDataSource().getFile(), null, study.getDataSource(),
					List.of()));
		}
		return node(OutlineNode.Kind.STUDY, study.getName(), study.getTitle(), study, children);
	}

	private static void areas(List<OutlineNode> children, Area area, List<OutlineNode> factors) {
		children.add(node(OutlineNode.Kind.AREA, area.getName(), area.getLabel(), area, factors));
	}

	private static OutlineNode index(IndexVariable index, OutlineNode.Kind kind) {
		List<OutlineNode> indicators = new ArrayList<>();
		for (Member member : StudyQueries.members(index)) {
			indicators.add(node(OutlineNode.Kind.INDICATOR, member.indicator().getName(),
					member.reversed() ? "reversed" : member.indicator().getText(), member.indicator(), List.of()));
		}
		String detail = indicators.size() + (indicators.size() == 1 ? " indicator" : " indicators");
		return node(kind, index.getName(), detail, index, indicators);
	}

	private static OutlineNode node(OutlineNode.Kind kind, String label, String detail, EObject element,
			List<OutlineNode> children) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		int offset = node == null ? 0 : node.getOffset();
		int length = node == null ? 0 : node.getLength();
		return new OutlineNode(kind, label == null ? "" : label, detail, offset, length, children);
	}
}
