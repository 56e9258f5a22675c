package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.AnalysisRegistry;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code org.factorstudio.analysis.analyses} extension point as the running platform sees it: the built-in
 * analyses come through it, a plugin's analysis runs when the study asks for it, and a contribution whose class
 * does not exist ({@code broken}, from the test plugin {@code org.factorstudio.analysis.tests.brokenplugin}) is reported once, with its plugin id, while the rest still run.
 */
class AnalysisRegistryTest {

	private static final String TEST_PLUGIN = "org.factorstudio.analysis.tests.brokenplugin";

	@TempDir
	Path folder;

	@Test
	void theBuiltInAndContributedAnalysesComeThroughTheExtensionPoint() {
		List<String> ids = AnalysisRegistry.platform().analyses().stream().map(Analysis::id).toList();
		assertTrue(ids.containsAll(List.of("descriptives", "reliability", "correlations", "partial", "answered")),
				() -> "analyses: " + ids);
		assertFalse(ids.contains("broken"));
	}

	@Test
	void aBrokenContributionIsReportedOnceWithItsPluginId() {
		// a fresh registry, so that this test sees the first load, not what other tests left
		AnalysisRegistry registry = AnalysisRegistry.of(RegistryFactory.getRegistry());
		registry.analyses();
		registry.analyses();
		List<ContributionProblem> problems = registry.problems();
		assertEquals(1, problems.size(), () -> "problems: " + problems);
		ContributionProblem problem = problems.get(0);
		assertEquals(TEST_PLUGIN, problem.pluginId());
		assertEquals("broken", problem.contributionId());
		assertTrue(problem.message().contains("org.factorstudio.analysis.tests.brokenplugin.NoSuchAnalysis"), problem.message());
		assertTrue(registry.isDeclared("broken"));
	}

	@Test
	void aRunListsTheBrokenPluginAndStillRunsEverythingElse() throws IOException {
		StudyResults results = run("");
		assertFalse(results.getDescriptives().isEmpty());
		assertFalse(results.getDependentCorrelations().isEmpty());
		assertFalse(results.getPartialCorrelations().isEmpty());
		List<Problem> warnings = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.WARNING)
				.filter(p -> p.getMessage().contains("'broken'")).toList();
		assertEquals(1, warnings.size(), () -> "problems: " + results.getProblems());
		assertTrue(warnings.get(0).getMessage().contains(TEST_PLUGIN), warnings.get(0).getMessage());
		assertTrue(results.getProblems().stream().noneMatch(p -> p.getSeverity() == Severity.ERROR),
				() -> "problems: " + results.getProblems());
	}

	@Test
	void aPluginAnalysisRunsWhenTheStudyAsksForItWithItsParameters() throws IOException {
		StudyResults results = run("\trun answered(least = 60)\n");
		List<ResultTable> tables = results.getTables().stream().filter(t -> "answered".equals(t.getAnalysisId()))
				.toList();
		assertEquals(1, tables.size());
		double respondents = tables.get(0).getRows().get(0).getCells().get(0).getNumber();
		assertTrue(respondents > 0 && respondents <= 105, "respondents: " + respondents);
		assertTrue(tables.get(0).getTitle().contains("60"), tables.get(0).getTitle());
		// without the request it does not run
		assertTrue(run("").getTables().stream().noneMatch(t -> "answered".equals(t.getAnalysisId())));
	}

	@Test
	void askingForTheBrokenAnalysisIsAnErrorThatSaysWhy() throws IOException {
		StudyResults results = run("\trun broken\n");
		List<Problem> errors = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertEquals(1, errors.size(), () -> "problems: " + results.getProblems());
		assertTrue(errors.get(0).getMessage().contains("installed but unusable"), errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().contains(TEST_PLUGIN), errors.get(0).getMessage());
		assertFalse(results.getDependentCorrelations().isEmpty(), "the other analyses still ran");
	}

	/** Runs the example study with {@code requests} added to its analysis plan. */
	private StudyResults run(String requests) throws IOException {
		Path example = AnalysisEngineTest.repository().resolve("examples/municipal-automation");
		String text = Files.readString(example.resolve("municipal-automation.study"), StandardCharsets.UTF_8)
				.replace("data \"responses.csv\"", "data \"" + example.resolve("responses.csv") + "\"")
				.replace("analysis {\n", "analysis {\n" + requests);
		Path study = Files.writeString(folder.resolve("requests.study"), text, StandardCharsets.UTF_8);
		LoadedStudy loaded = StudyLoader.create().load(study);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		return AnalysisEngine.fromPlatform().run(loaded.study(), study, new NullProgressMonitor());
	}
}
