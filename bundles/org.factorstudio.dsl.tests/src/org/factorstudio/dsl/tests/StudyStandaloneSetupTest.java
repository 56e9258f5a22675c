package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.Constants;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.service.GrammarProvider;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyRuntimeModule;
import org.factorstudio.dsl.StudyStandaloneSetup;
import org.factorstudio.dsl.ide.StudyIdeSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * The set-up loads the grammar on a thread of its own while Guice builds the injector: the injector must use that
 * grammar, the one of the language it names, and parse with it (the runtime and the IDE's set-up alike).
 */
class StudyStandaloneSetupTest {

	@TempDir
	Path folder;

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
	void aLoaderOnThatInjectorParsesAStudy() throws Exception {
		Path file = folder.resolve("s.study");
		Files.writeString(file, """
				study S
				data "responses.csv"
				scale Likert5 1..5
				indicators scale Likert5 { a1 "one" a2 "two" d1 "dependent" }
				index A = a1, a2
				index D = d1
				dependent D
				area Org { factor FA measured by A }
				""");
		Files.writeString(folder.resolve("responses.csv"), "a1,a2,d1\n1,2,3\n4,5,1\n");
		LoadedStudy loaded = org.factorstudio.dsl.StudyLoader.create().load(file);

		assertTrue(loaded.issues().stream().noneMatch(issue -> issue.severity() == org.factorstudio.dsl.StudyIssue.Severity.ERROR),
				() -> loaded.issues().toString());
		assertEquals("S", loaded.study().getName());
	}
}
