package org.factorstudio.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexMember;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.NamedElement;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.StudyPackage.Literals;

/**
 * Semantic colouring: names of indicators, index variables, factors and scales, wherever they are
 * declared or referred to, each kind in its own style; reversed members stand out.
 */
public class StudyHighlighting implements ISemanticHighlightingCalculator {

	public static final String INDICATOR = "study.indicator";
	public static final String INDEX = "study.index";
	public static final String FACTOR = "study.factor";
	public static final String SCALE = "study.scale";
	public static final String REVERSED = "study.reversed";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		var contents = resource.getAllContents();
		while (contents.hasNext()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject element = contents.next();
			String declared = style(element);
			if (declared != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__NAME)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), declared);
				}
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment()) {
					continue;
				}
				String referred = styleOf(reference);
				if (referred == null) {
					continue;
				}
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), referred);
				}
			}
			if (element instanceof IndexMember member && member.isReversed()) {
				for (INode node : NodeModelUtils.findNodesForFeature(member, Literals.INDEX_MEMBER__REVERSED)) {
					acceptor.addPosition(node.getOffset(), node.getLength(), REVERSED);
				}
			}
		}
	}

	private static String style(EObject element) {
		if (!(element instanceof NamedElement)) {
			return null;
		}
		return styleOfType(element.eClass().getInstanceClass());
	}

	private static String styleOf(EReference reference) {
		return styleOfType(reference.getEReferenceType().getInstanceClass());
	}

	private static String styleOfType(Class<?> type) {
		if (type == Indicator.class) {
			return INDICATOR;
		}
		if (type == IndexVariable.class) {
			return INDEX;
		}
		if (type == Factor.class) {
			return FACTOR;
		}
		if (type == Scale.class) {
			return SCALE;
		}
		return null;
	}
}
