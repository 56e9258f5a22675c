package org.factorstudio.dsl.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.factorstudio.model.study.StudyPackage.Literals;

/** Finds study elements in a parsed text: what stands at an offset, and where a name is declared. */
public final class StudyElements {

	private static final EObjectAtOffsetHelper AT_OFFSET = new EObjectAtOffsetHelper();

	private StudyElements() {
	}

	/** The element named or referred to at {@code offset}: the target of a reference, or the declaration. */
	public static EObject at(XtextResource resource, int offset) {
		EObject element = AT_OFFSET.resolveElementAt(resource, offset);
		return element == null || element.eIsProxy() ? null : element;
	}

	/** The reference written at {@code offset} as a text region, or null when there is none. */
	public static INode referenceAt(XtextResource resource, int offset) {
		return AT_OFFSET.getCrossReferenceNode(resource, new TextRegion(offset, 0));
	}

	/** The element a reference node points to, or null when it does not resolve. */
	public static EObject target(INode referenceNode) {
		EObject target = AT_OFFSET.getCrossReferencedElement(referenceNode);
		return target == null || target.eIsProxy() ? null : target;
	}

	/** The region of an element's declared name, or of the whole element when it has no name. */
	public static IRegion nameRegion(EObject element) {
		List<INode> names = NodeModelUtils.findNodesForFeature(element, Literals.NAMED_ELEMENT__NAME);
		if (!names.isEmpty()) {
			return region(names.get(0));
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? null : region(node);
	}

	/** The word-like token at {@code offset} (for hovers), or null between tokens. */
	public static IRegion tokenAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null || leaf.isHidden() ? null : region(leaf);
	}

	public static IRegion region(INode node) {
		return new Region(node.getOffset(), node.getLength());
	}
}
