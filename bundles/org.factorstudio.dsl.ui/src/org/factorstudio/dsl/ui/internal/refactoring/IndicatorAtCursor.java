package org.factorstudio.dsl.ui.internal.refactoring;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.factorstudio.dsl.ui.internal.StudyElements;
import org.factorstudio.model.study.Indicator;

/** The indicator declared or named at the cursor, also when the cursor stands just after the name. */
final class IndicatorAtCursor {

	private IndicatorAtCursor() {
	}

	static Indicator find(XtextResource resource, int offset) {
		for (int at : new int[] { offset, offset - 1 }) {
			if (at < 0) {
				continue;
			}
			EObject element = StudyElements.at(resource, at);
			if (element instanceof Indicator indicator) {
				return indicator;
			}
		}
		return null;
	}
}
