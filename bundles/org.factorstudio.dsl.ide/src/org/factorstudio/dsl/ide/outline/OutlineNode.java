package org.factorstudio.dsl.ide.outline;

import java.util.List;

/**
 * One entry of a study's outline: what it is, its label, where its name stands in the text, and its
 * children.
 */
public record OutlineNode(Kind kind, String label, String detail, int offset, int length, List<OutlineNode> children) {

	public enum Kind {
		STUDY, AREA, FACTOR, INDEX, INDICATOR, DEPENDENT, HYPOTHESIS, SCALE, DATA, PLAN
	}

	public OutlineNode {
		children = List.copyOf(children);
	}

	/** The innermost node whose range contains the offset (for an outline that follows the cursor). */
	public OutlineNode deepestAt(int position) {
		for (OutlineNode child : children) {
			OutlineNode hit = child.deepestAt(position);
			if (hit != null) {
				return hit;
			}
		}
		return position >= offset && position <= offset + length ? this : null;
	}
}
