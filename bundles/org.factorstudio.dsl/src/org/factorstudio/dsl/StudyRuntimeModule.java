package org.factorstudio.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.service.GrammarProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.factorstudio.dsl.conversion.StudyValueConverters;
import org.factorstudio.dsl.naming.StudyNameProvider;
import org.factorstudio.dsl.parser.StudyRecoveringParser;
import org.factorstudio.dsl.parser.StudySyntaxErrorMessages;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.factorstudio.dsl.scoping.StudyLocalScopeProvider;
import org.factorstudio.dsl.validation.StudyConfigurableIssueCodes;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Guice bindings of the Study language for use without the Equinox extension registry (the CLI,
 * tests) and inside the IDE alike.
 */
public class StudyRuntimeModule extends AbstractStudyRuntimeModule {

	/** The language's name, as the generated module binds it: the grammar is {@code org/factorstudio/dsl/Study.xtextbin}. */
	public static final String LANGUAGE_NAME = "org.factorstudio.dsl.Study";

	private final GrammarProvider preparedGrammar;

	public StudyRuntimeModule() {
		this(null);
	}

	/**
	 * @param preparedGrammar the provider of the grammar that a set-up loads beside Guice's work
	 *        ({@link StudyStandaloneSetup}); null: Guice makes the provider, which loads the grammar on first use
	 */
	public StudyRuntimeModule(GrammarProvider preparedGrammar) {
		this.preparedGrammar = preparedGrammar;
	}

	/**
	 * EMF's generic checks (EObjectValidator: required features, data values against their types' facets, every
	 * reference resolved) find nothing in a study the parser built: its metamodel has no lower bounds and no
	 * facets, and an unresolved reference is already a linking error with a message of ours. Leaving them out
	 * took about a fifth off validating the bundled example (docs/benchmarks.md).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}

	public void configureGrammarProvider(Binder binder) {
		if (preparedGrammar != null) {
			binder.bind(GrammarProvider.class).toInstance(preparedGrammar);
		}
	}

	/** A study is one flat namespace: names are referred to as written, never qualified. */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return StudyNameProvider.class;
	}

	/** References resolve within their own study file only; see {@link StudyLocalScopeProvider}. */
	@Override
	public Class<? extends IScopeProvider> bindIScopeProvider() {
		return StudyLocalScopeProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return StudyValueConverters.class;
	}

	/** A stray word between declarations costs one error, not the rest of the file; see {@link StudyRecoveringParser}. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return StudyRecoveringParser.class;
	}

	/** Syntax errors that say what may stand where the parser stopped; see {@link StudySyntaxErrorMessages}. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return StudySyntaxErrorMessages.class;
	}

	/** The noisy warnings' severities can be set (IDE preferences); without preferences they stay warnings. */
	public Class<? extends ConfigurableIssueCodesProvider> bindConfigurableIssueCodesProvider() {
		return StudyConfigurableIssueCodes.class;
	}
}
