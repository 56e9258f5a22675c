package org.factorstudio.dsl.ui.internal.refactoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.IRegion;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.factorstudio.dsl.ui.internal.StudyElements;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.study.IndexMember;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.StudyPackage;

/**
 * Where an indicator is used in its study: its declaration, every reference to it by name, and every
 * range ({@code q01..q05}) that includes it without naming it.
 */
public final class IndicatorUsages {

	public enum Kind {
		DECLARATION, REFERENCE, IN_RANGE
	}

	/** One usage: a text range and how the indicator is used there. */
	public record Usage(int offset, int length, Kind kind) {
	}

	private IndicatorUsages() {
	}

	/** The usages of {@code indicator} in its resource, in text order. */
	public static List<Usage> of(XtextResource resource, Indicator indicator) {
		List<Usage> usages = new ArrayList<>();
		IRegion declaration = StudyElements.nameRegion(indicator);
		if (declaration != null) {
			usages.add(new Usage(declaration.getOffset(), declaration.getLength(), Kind.DECLARATION));
		}
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject element = contents.next();
			boolean named = false;
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isMany()
						|| !StudyPackage.Literals.INDICATOR.isSuperTypeOf(reference.getEReferenceType())
						|| element.eGet(reference, true) != indicator) {
					continue;
				}
				named = true;
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					usages.add(new Usage(node.getOffset(), node.getLength(), Kind.REFERENCE));
				}
			}
			if (!named && element instanceof IndexMember member && member.getRangeEnd() != null
					&& includes(member, indicator)) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(member);
				if (node != null) {
					usages.add(new Usage(node.getOffset(), node.getLength(), Kind.IN_RANGE));
				}
			}
		}
		usages.sort(Comparator.comparingInt(Usage::offset));
		return usages;
	}

	private static boolean includes(IndexMember member, Indicator indicator) {
		for (Member expanded : StudyQueries.expand(member)) {
			if (expanded.indicator() == indicator) {
				return true;
			}
		}
		return false;
	}
}
