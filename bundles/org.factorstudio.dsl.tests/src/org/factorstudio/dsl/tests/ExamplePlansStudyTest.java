package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.Plans;
import org.junit.jupiter.api.Test;

/**
 * The bundled study with three plans loads as the CLI loads it (outside the test injector, whose registry
 * reset would unregister the language for later tests), data checks included.
 */
class ExamplePlansStudyTest {

	@Test
	void theExampleWithPlansLoadsWithoutErrors() {
		LoadedStudy loaded = StudyLoader.create().load(Examples.municipalAutomation("municipal-automation-plans.study"));
		assertFalse(loaded.hasErrors(), () -> loaded.errors().toString());
		assertEquals(List.of("primary", "listwise", "pearson_controls"),
				loaded.study().getPlans().stream().map(Plans::name).toList());
		assertTrue(loaded.issues().stream().allMatch(w -> StudyIssueCodes.UNUSED_INDICATOR.equals(w.code())),
				() -> loaded.issues().toString());
	}
}
