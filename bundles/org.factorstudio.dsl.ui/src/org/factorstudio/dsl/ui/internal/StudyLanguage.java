package org.factorstudio.dsl.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.ide.StudyIdeSetup;
import org.factorstudio.dsl.ui.internal.checks.StudySeverities;
import org.factorstudio.dsl.validation.StudyConfigurableIssueCodes;

import com.google.inject.Injector;

/**
 * The Study language as the editor uses it: one injector of the runtime and ide modules per JVM, and
 * parsing of editor text into a fresh resource. Each call works on its own resource set, so parsing
 * may run on any thread while other threads read earlier results.
 */
public final class StudyLanguage {

	private static volatile Injector injector;

	private StudyLanguage() {
	}

	public static Injector injector() {
		Injector current = injector;
		if (current == null) {
			synchronized (StudyLanguage.class) {
				current = injector;
				if (current == null) {
					// one set-up per JVM: the loaders of analysis runs use this injector too, unless one of them
					// made its own before (then this one is a second, with the ide module)
					current = StudyLoader.shareInjector(StudyLanguage::ideInjector) ? StudyLoader.injector() : ideInjector();
					injector = current;
				}
			}
		}
		return current;
	}

	private static Injector ideInjector() {
		return new StudyIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/** Parses and links (lazily) {@code text} as the content of the study at {@code uri}. */
	public static XtextResource parse(String text, URI uri) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		// the severities set on the Study Checks preference page
		StudyConfigurableIssueCodes.attach(resourceSet, StudySeverities.current());
		XtextResource resource = injector().getInstance(XtextResource.class);
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// A string stream does not fail; keep the signature free of checked exceptions.
			throw new IllegalStateException(e);
		}
		return resource;
	}

	/** All checks of the language, including the data checks (resolves every reference on the way). */
	public static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}

	/** The grammar's keywords made of letters (those a word scanner colours), e.g. {@code index}. */
	public static Set<String> wordKeywords() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(injector().getInstance(IGrammarAccess.class).getGrammar())) {
			if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
				words.add(keyword);
			}
		}
		return words;
	}
}
