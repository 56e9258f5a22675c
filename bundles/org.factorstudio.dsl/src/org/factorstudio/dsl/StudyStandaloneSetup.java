package org.factorstudio.dsl;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextFactory;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
import org.eclipse.xtext.service.GrammarProvider;
import org.factorstudio.dsl.parser.antlr.internal.InternalStudyLexer;
import org.factorstudio.dsl.parser.antlr.internal.InternalStudyParser;
import org.factorstudio.model.results.ResultsPackage;
import org.factorstudio.model.study.StudyPackage;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Initialization support for running the Study language without the Equinox extension registry
 * (plain Java programs, benchmarks), and the set-up the CLI and the IDE's analysis runs use.
 */
public class StudyStandaloneSetup extends StudyStandaloneSetupGenerated {

	public static void doSetup() {
		new StudyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** The provider of the grammar this set-up loads itself; null before {@link #createInjectorAndDoEMFRegistration()}. */
	private GrammarProvider preparedGrammar;

	/**
	 * The generated set-up first calls {@code TerminalsStandaloneSetup.doSetup()}, which registers the
	 * resource factories and the Xtext package that loading the binary grammar needs, and then builds a Guice
	 * injector for the terminals language that nothing keeps (its {@code register} does nothing): about half
	 * of the language's start-up (docs/benchmarks.md). The registrations are made here, the injector is not.
	 * <p>
	 * The Xtext metamodel, the parser and the grammar are made ready on a thread of their own while Guice builds the
	 * injector on this one: they need nothing of the injector (the grammar's provider is made here and bound into
	 * it), and each is a good part of the set-up (in a CLI run of the bundled example the Xtext metamodel took about
	 * 45 ms, the grammar about 30 ms and the injector about 150 ms, docs/benchmarks.md).
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		registerModels();
		GrammarProvider grammar = new GrammarProvider(StudyRuntimeModule.LANGUAGE_NAME, XtextResourceSet::new);
		grammar.setClassLoader(StudyStandaloneSetup.class.getClassLoader());
		preparedGrammar = grammar;
		FutureTask<Void> prepared = new FutureTask<>(() -> {
			prepareXtextParserAndGrammar(grammar);
			return null;
		});
		Thread preparing = new Thread(prepared, "Study language set-up: Xtext metamodel, parser and grammar");
		preparing.setDaemon(true);
		preparing.start();
		Injector injector;
		try {
			injector = createInjector();
		} catch (RuntimeException | Error e) {
			// a set-up tried again must not run beside this one's second thread; Guice's failure is the one reported
			try {
				prepared.get();
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			} catch (ExecutionException alsoFailed) {
				e.addSuppressed(alsoFailed.getCause());
			}
			throw e;
		}
		awaitPrepared(prepared);
		register(injector);
		return injector;
	}

	/**
	 * Registers the resource factories and the metamodels a study needs, before anything else uses them; calls after
	 * the first change nothing. Call it on the thread that starts the set-up, before other threads may use EMF:
	 * <ul>
	 * <li>The study's and the results' metamodels initialize each other's classes: two threads initializing them from
	 * the two ends would wait for each other forever. Here they are initialized on one thread. Outside OSGi nothing
	 * else registers them, and the validator Guice makes looks the study's up.</li>
	 * <li>EMF's registries are plain hash maps. Every key the set-up's second thread writes is put in place here (the
	 * Xtext metamodel as a descriptor, which that thread's initialization then replaces by the metamodel itself), so
	 * what it writes changes a value, never the map's structure under a reader on another thread.</li>
	 * </ul>
	 */
	public static synchronized void registerModels() {
		Resource.Factory.Registry factories = Resource.Factory.Registry.INSTANCE;
		factories.getExtensionToFactoryMap().putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry packages = EPackage.Registry.INSTANCE;
		packages.put(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		packages.put(ResultsPackage.eNS_URI, ResultsPackage.eINSTANCE);
		packages.putIfAbsent(XtextPackage.eNS_URI, new EPackage.Descriptor() {
			@Override
			public EPackage getEPackage() {
				return XtextPackage.eINSTANCE;
			}

			@Override
			public EFactory getEFactory() {
				return XtextFactory.eINSTANCE;
			}
		});
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(runtimeModule());
	}

	/** The provider of the grammar this set-up loads beside Guice's work; null before the set-up ran. */
	protected GrammarProvider preparedGrammar() {
		return preparedGrammar;
	}

	/** The language's runtime module, with the grammar this set-up prepares once it does. */
	protected StudyRuntimeModule runtimeModule() {
		return new StudyRuntimeModule(preparedGrammar);
	}

	/**
	 * Initializes the Xtext metamodel (it registers itself) and the parser's and the lexer's classes (large decision
	 * tables built when the class is initialized), and loads the grammar.
	 */
	private static void prepareXtextParserAndGrammar(GrammarProvider grammar) throws ClassNotFoundException {
		XtextPackage.eINSTANCE.getEClassifiers();
		ClassLoader loader = StudyStandaloneSetup.class.getClassLoader();
		Class.forName(InternalStudyParser.class.getName(), true, loader);
		Class.forName(InternalStudyLexer.class.getName(), true, loader);
		// the provider keeps it; the injector's grammar access asks for it once Guice is done
		grammar.getGrammar(grammar);
	}

	/** Waits for {@link #prepareXtextParserAndGrammar} and rethrows what it threw. */
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
