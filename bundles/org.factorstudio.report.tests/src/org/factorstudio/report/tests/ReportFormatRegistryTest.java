package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.factorstudio.extensions.Contribution;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.report.ReportFormatRegistry;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.spi.ReportFormat;
import org.junit.jupiter.api.Test;

/** The built-in formats reach the registry through the extension point, like a plugin's would. */
class ReportFormatRegistryTest {

	@Test
	void theBuiltInFormatsAreContributedThroughTheExtensionPoint() {
		List<ContributionProblem> problems = new ArrayList<>();
		ReportFormatRegistry registry = ReportFormatRegistry.fromPlatform(problems::add);
		Map<String, String> declared = registry.contributions().stream()
				.collect(Collectors.toMap(Contribution::id, Contribution::pluginId));
		assertEquals(Map.of("html", "org.factorstudio.report", "md", "org.factorstudio.report", "tex",
				"org.factorstudio.report", "csv", "org.factorstudio.report", "json", "org.factorstudio.report", "text",
				"org.factorstudio.report", "docx", "org.factorstudio.report", "codebook", "org.factorstudio.report"), declared);
		ReportFormats formats = registry.formats();
		for (String id : declared.keySet()) {
			ReportFormat format = formats.find(id).orElseThrow();
			assertEquals(id, format.id(), "the extension's id is the format's id");
			assertTrue(!format.label().isBlank() && !format.fileExtension().isBlank());
		}
		assertEquals(List.of(), problems);
		assertEquals(List.of(), registry.problems());
	}

	@Test
	void withoutAPlatformTheBuiltInFormatsAreTheSame() {
		ReportFormats builtIn = ReportFormats.builtIn();
		assertEquals(List.of("html", "md", "tex", "csv", "json", "text", "docx", "codebook"), builtIn.ids());
		assertEquals(List.of("html", "md", "tex", "csv", "json", "txt", "docx", "html"),
				builtIn.all().stream().map(ReportFormat::fileExtension).toList());
	}
}
