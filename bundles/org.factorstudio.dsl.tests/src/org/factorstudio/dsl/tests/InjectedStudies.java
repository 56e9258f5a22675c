package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Study text parsed in memory on a given injector and checked by it: for tests of a set-up's injector and of what is
 * attached to its resource set (the IDE's preferences), where {@code StudyLoader}'s shared injector will not do.
 */
final class InjectedStudies {

	private InjectedStudies() {
	}

	/** The issues of {@code text} in {@code resourceSet}, which must come from {@code injector}; no syntax errors allowed. */
	static List<Issue> validate(Injector injector, XtextResourceSet resourceSet, String text, CheckMode mode)
			throws IOException {
		XtextResource resource = injector.getInstance(XtextResource.class);
		resource.setURI(URI.createURI("memory:/s.study"));
		resourceSet.getResources().add(resource);
		resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), null);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		return injector.getInstance(IResourceValidator.class).validate(resource, mode, CancelIndicator.NullImpl);
	}
}
