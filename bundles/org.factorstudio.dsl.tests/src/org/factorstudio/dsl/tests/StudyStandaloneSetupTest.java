package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.GrammarProvider;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.StudyRuntimeModule;
import org.factorstudio.dsl.StudyStandaloneSetup;
import org.factorstudio.dsl.ide.StudyIdeSetup;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The set-up loads the grammar on a thread of its own while Guice builds the injector: the injector must use that
 * grammar, the one of the language it names (the runtime's and the IDE's set-up alike), and parse and check studies
 * with it.
 */
class StudyStandaloneSetupTest {

	/** Exposes the provider the set-up prepared. */
	private static final class RuntimeSetup extends StudyStandaloneSetup {
		GrammarProvider prepared() {
			return preparedGrammar();
		}
	}

	private static final class IdeSetup extends StudyIdeSetup {
		GrammarProvider prepared() {
			return preparedGrammar();
		}
	}

	@Test
	void theInjectorUsesTheGrammarTheSetUpLoaded() {
		RuntimeSetup setup = new RuntimeSetup();
		Injector injector = setup.createInjectorAndDoEMFRegistration();

		assertPreparedGrammarIsUsed(injector, setup.prepared());
	}

	@Test
	void theIdeInjectorUsesItToo() {
		IdeSetup setup = new IdeSetup();
		Injector injector = setup.createInjectorAndDoEMFRegistration();

		assertPreparedGrammarIsUsed(injector, setup.prepared());
	}

	private static void assertPreparedGrammarIsUsed(Injector injector, GrammarProvider prepared) {
		assertNotNull(prepared);
		assertSame(prepared, injector.getInstance(GrammarProvider.class));
		Grammar grammar = injector.getInstance(IGrammarAccess.class).getGrammar();
		assertSame(prepared.getGrammar(prepared), grammar);
		assertEquals(injector.getInstance(Key.get(String.class, Names.named(Constants.LANGUAGE_NAME))), grammar.getName());
		assertEquals(StudyRuntimeModule.LANGUAGE_NAME, grammar.getName());
	}

	@Test
	void theSetUpsInjectorParsesAndRunsTheLanguagesChecks() throws IOException {
		Injector injector = new RuntimeSetup().createInjectorAndDoEMFRegistration();
		String study = """
				study S
				data "responses.csv"
				scale Likert5 1..5
				indicators scale Likert5 { a1 "one" a2 "two" d1 "dependent" }
				index A = a1, a2
				index D = d1
				dependent D
				area Org { factor FA measured by A }
				""";

		List<Issue> declared = validate(injector, study);
		// the study's own checks (not EMF's generic ones, which the language leaves out) must run: a study without
		// its data line is an error of theirs
		List<Issue> withoutData = validate(injector, study.replace("data \"responses.csv\"\n", ""));

		assertTrue(declared.stream().noneMatch(issue -> StudyIssueCodes.NO_DATA_DECLARATION.equals(issue.getCode())),
				declared::toString);
		assertTrue(withoutData.stream().anyMatch(issue -> StudyIssueCodes.NO_DATA_DECLARATION.equals(issue.getCode())
				&& issue.getSeverity() == Severity.ERROR), withoutData::toString);
	}

	private static List<Issue> validate(Injector injector, String text) throws IOException {
		return InjectedStudies.validate(injector, injector.getInstance(XtextResourceSet.class), text,
				CheckMode.NORMAL_AND_FAST);
	}
}
