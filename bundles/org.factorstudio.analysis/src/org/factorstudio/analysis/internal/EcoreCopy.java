package org.factorstudio.analysis.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A containment can hold an object once; tables that share a provenance get copies. */
final class EcoreCopy {

	private EcoreCopy() {
	}

	static <T extends EObject> T of(T object) {
		return EcoreUtil.copy(object);
	}
}
