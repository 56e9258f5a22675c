package org.factorstudio.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
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
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Resource.Factory.Registry factories = Resource.Factory.Registry.INSTANCE;
		factories.getExtensionToFactoryMap().putIfAbsent("ecore", new EcoreResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xmi", new XMIResourceFactoryImpl());
		factories.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		// The grammar's metamodel lives in org.factorstudio.model; under OSGi its plugin.xml registers it,
		// elsewhere nothing does.
		EPackage.Registry.INSTANCE.putIfAbsent(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(ResultsPackage.eNS_URI, ResultsPackage.eINSTANCE);
		Injector injector = createInjector();
		register(injector);
		return injector;
	}
}
