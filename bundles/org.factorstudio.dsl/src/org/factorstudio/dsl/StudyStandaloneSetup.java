package org.factorstudio.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.factorstudio.model.results.ResultsPackage;
import org.factorstudio.model.study.StudyPackage;

import com.google.inject.Injector;

/**
 * Initialization support for running the Study language without the Equinox extension registry
 * (plain Java programs, benchmarks).
 */
public class StudyStandaloneSetup extends StudyStandaloneSetupGenerated {

	public static void doSetup() {
		new StudyStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// The grammar's metamodel lives in org.factorstudio.model; under OSGi its plugin.xml registers it,
		// elsewhere nothing does.
		EPackage.Registry.INSTANCE.putIfAbsent(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(ResultsPackage.eNS_URI, ResultsPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
