package org.factorstudio.dsl;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.factorstudio.dsl.parser.antlr.internal.InternalStudyLexer;
import org.factorstudio.dsl.parser.antlr.internal.InternalStudyParser;
import org.factorstudio.model.results.ResultsPackage;
import org.factorstudio.model.study.StudyPackage;

import com.google.inject.Injector;

/**
 * Initialization support for running the Study language without the Equinox extension registry
 * (plain Java programs, benchmarks), and the set-up the CLI and the IDE's analysis runs use.
 */
public class StudyStandaloneSetup extends StudyStandaloneSetupGenerated {

	public static void doSetup() {
		new StudyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The generated set-up first calls {@code TerminalsStandaloneSetup.doSetup()}, which registers the
	 * resource factories and the Xtext package that loading the binary grammar needs, and then builds a Guice
	 * injector for the terminals language that nothing keeps (its {@code register} does nothing): about half
	 * of the language's start-up (docs/benchmarks.md). The registrations are made here, the injector is not.
	 * <p>
	 * The metamodels and the parser are made ready on a thread of their own while Guice builds the injector on
	 * this one: the two need nothing of each other, and each is a good part of the set-up (the Xtext metamodel
	 * about 45 ms and the injector about 150 ms of a CLI run of the bundled example, docs/benchmarks.md).
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		FutureTask<Void> modelsAndParser = new FutureTask<>(StudyStandaloneSetup::prepareModelsAndParser, null);
		Thread preparing = new Thread(modelsAndParser, "Study language set-up: metamodels and parser");
		preparing.setDaemon(true);
		preparing.start();
		Injector injector = createInjector();
		awaitPrepared(modelsAndParser);
		register(injector);
		return injector;
	}

	/**
	 * Registers the resource factories and metamodels loading a study needs, and initializes the parser's and
	 * the lexer's classes (large decision tables built when the class is initialized).
	 */
	private static void prepareModelsAndParser() {
		Resource.Factory.Registry factories = Resource.Factory.Registry.INSTANCE;
		factories.getExtensionToFactoryMap().putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		// The grammar's metamodel lives in org.factorstudio.model; under OSGi its plugin.xml registers it,
		// elsewhere nothing does.
		EPackage.Registry.INSTANCE.putIfAbsent(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(ResultsPackage.eNS_URI, ResultsPackage.eINSTANCE);
		try {
			MethodHandles.lookup().ensureInitialized(InternalStudyParser.class);
			MethodHandles.lookup().ensureInitialized(InternalStudyLexer.class);
		} catch (IllegalAccessException e) {
			// both are public classes of this bundle: cannot happen; the parser would then be initialized on first use
			throw new IllegalStateException(e);
		}
	}

	/** Waits for {@link #prepareModelsAndParser()} and rethrows what it threw. */
	private static void awaitPrepared(FutureTask<Void> task) {
		try {
			task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the study language was set up", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
