package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * Regression: the study's hover must be ordered with {@code isAfter="*"}, not after a named hover. The generic
 * editor (1.3.700) sorts its hovers with a comparator that follows a named {@code isAfter} through the other
 * hover's {@code isAfter}; for a hover that has none it looks up {@code null} and throws, so whether the editor
 * opened depended on the order the hovers were compared in ("Failed to create the part's controls" in the
 * product while the tests passed).
 */
class HoverOrderTest {

	@Test
	void theStudyHoverIsOrderedAfterAllOthersWithoutNamingOne() {
		List<IConfigurationElement> ours = Arrays
				.stream(Platform.getExtensionRegistry()
						.getConfigurationElementsFor("org.eclipse.ui.genericeditor.hoverProviders"))
				.filter(e -> "org.factorstudio.dsl.ui".equals(e.getContributor().getName())).toList();
		assertEquals(1, ours.size());
		assertEquals("*", ours.get(0).getAttribute("isAfter"));
		assertTrue(ours.get(0).getAttribute("isBefore") == null);
	}
}
