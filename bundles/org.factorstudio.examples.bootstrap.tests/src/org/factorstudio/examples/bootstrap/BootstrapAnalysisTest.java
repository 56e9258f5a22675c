package org.factorstudio.examples.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.AnalysisRegistry;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.analyses.AnalysisCatalog;
import org.factorstudio.dsl.analyses.AnalysisInfo;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultCell;
import org.factorstudio.model.results.ResultColumn;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin as installed: its contribution to {@code org.factorstudio.analysis.analyses} is seen by the study
 * language and the engine, {@code examples/municipal-automation/municipal-automation-bootstrap.study} runs it, and
 * without the plugin the same study is refused with an error naming the analysis.
 */
class BootstrapAnalysisTest {

	private static Path studyFile;
	private static StudyResults results;

	@BeforeAll
	static void runTheBootstrapStudy() {
		studyFile = Example.folder().resolve("municipal-automation-bootstrap.study");
		results = run(studyFile, AnalysisEngine.fromPlatform(), new NullProgressMonitor());
	}

	private static StudyResults run(Path file, AnalysisEngine engine, org.eclipse.core.runtime.IProgressMonitor monitor) {
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(file);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		return engine.run(loaded.study(), file, monitor);
	}

	private static ResultTable bootstrapTable(StudyResults results) {
		List<ResultTable> tables = results.getTables().stream().filter(t -> "bootstrap".equals(t.getAnalysisId()))
				.toList();
		assertEquals(1, tables.size(), () -> "tables: " + results.getTables() + ", problems: " + problems(results));
		return tables.get(0);
	}

	private static String problems(StudyResults results) {
		return results.getProblems().stream().map(p -> p.getSeverity() + " " + p.getMessage())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void thePlatformHasTheContribution() {
		assertTrue(AnalysisRegistry.platform().analyses().stream().map(Analysis::id).anyMatch("bootstrap"::equals));
		AnalysisInfo info = AnalysisCatalog.platform().orElseThrow().find("bootstrap").orElseThrow();
		assertEquals("org.factorstudio.examples.bootstrap", info.pluginId());
		assertEquals(List.of("replicates", "seed", "level"),
				info.parameters().stream().map(AnalysisInfo.ParameterInfo::name).toList());
	}

	@Test
	void theStudyGetsOneRowPerFactorWithProvenance() {
		assertTrue(results.getProblems().stream().noneMatch(p -> p.getSeverity() == Severity.ERROR),
				() -> problems(results));
		ResultTable table = bootstrapTable(results);
		assertEquals(List.of("factor", "index", "n", "rho", "percentile lower", "percentile upper", "BCa lower",
				"BCa upper", "replicates", "note"), table.getColumns().stream().map(ResultColumn::getName).toList());
		assertEquals(17, table.getRows().size());
		assertNotNull(table.getProvenance());
		assertTrue(table.getProvenance().getNote().contains("seed 42, 2000 replicates"), table.getProvenance().getNote());
		assertTrue(table.getProvenance().getRule().startsWith("Spearman's rho"), table.getProvenance().getRule());
		assertEquals(105, table.getProvenance().getN());
		assertEquals(18, table.getProvenance().getItems().size());

		Map<String, Correlation> builtIn = results.getDependentCorrelations().stream()
				.collect(Collectors.toMap(Correlation::getX, Function.identity()));
		for (ResultRow row : table.getRows()) {
			String index = row.getCells().get(1).getText();
			Correlation correlation = builtIn.get(index);
			assertNotNull(correlation, index);
			// the same coefficient and n as the built-in correlation analysis
			assertEquals(correlation.getN(), (int) number(row, 2), index);
			assertEquals(correlation.getCoefficient().doubleValue(), number(row, 3), 1e-12, index);
			double rho = number(row, 3);
			assertTrue(number(row, 4) < rho && rho < number(row, 5), index);
			assertTrue(number(row, 6) < number(row, 7), index);
			assertEquals(2000, (int) number(row, 8), index);
		}
	}

	@Test
	void aSecondRunGivesTheSameNumbers() {
		ResultTable again = bootstrapTable(run(studyFile, AnalysisEngine.fromPlatform(), new NullProgressMonitor()));
		ResultTable first = bootstrapTable(results);
		for (int r = 0; r < first.getRows().size(); r++) {
			for (int c = 0; c < first.getColumns().size(); c++) {
				assertEquals(first.getRows().get(r).getCells().get(c).getNumber(),
						again.getRows().get(r).getCells().get(c).getNumber(), "row " + r + " column " + c);
			}
		}
	}

	@Test
	void progressNamesEachFactorAndCancellingStopsTheRun() {
		List<String> subTasks = new ArrayList<>();
		NullProgressMonitor cancelAtTheThirdFactor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				subTasks.add(name);
				if (subTasks.stream().filter(s -> s.startsWith("Bootstrap confidence intervals: ")).count() == 3) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> run(studyFile, AnalysisEngine.fromPlatform(), cancelAtTheThirdFactor));
		List<String> factors = subTasks.stream().filter(s -> s.startsWith("Bootstrap confidence intervals: ")).toList();
		assertEquals(List.of("Bootstrap confidence intervals: Gamle_IT_Systemer",
				"Bootstrap confidence intervals: Leverandørmarked", "Bootstrap confidence intervals: Prosessorientering"),
				factors);
	}

	@Test
	void parametersOutsideTheDeclaredRangeAreStudyErrors(@TempDir Path folder) throws IOException {
		String text = Files.readString(studyFile, StandardCharsets.UTF_8)
				.replace("data \"responses.csv\"", "data \"" + Example.folder().resolve("responses.csv") + "\"")
				.replace("run bootstrap(replicates = 2000, seed = 42)", "run bootstrap(replicates = 10, seed = 42)");
		Path study = Files.writeString(folder.resolve("few.study"), text, StandardCharsets.UTF_8);
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(study);
		List<StudyIssue> errors = loaded.errors();
		assertEquals(1, errors.size(), () -> "errors: " + errors);
		assertEquals(StudyIssueCodes.INVALID_ANALYSIS_PARAMETER, errors.get(0).code());
		assertTrue(errors.get(0).message().contains("replicates"), errors.get(0).message());
	}

	@Test
	void thePlansPearsonMethodIsBootstrappedToo(@TempDir Path folder) throws IOException {
		String text = Files.readString(studyFile, StandardCharsets.UTF_8)
				.replace("data \"responses.csv\"", "data \"" + Example.folder().resolve("responses.csv") + "\"")
				.replace("method spearman", "method pearson")
				.replace("run bootstrap(replicates = 2000, seed = 42)", "run bootstrap(replicates = 500, seed = 7, level = 0.9)");
		Path study = Files.writeString(folder.resolve("pearson.study"), text, StandardCharsets.UTF_8);
		StudyResults pearson = run(study, AnalysisEngine.fromPlatform(), new NullProgressMonitor());
		ResultTable table = bootstrapTable(pearson);
		assertEquals("r", table.getColumns().get(3).getName());
		assertTrue(table.getTitle().contains("90%") && table.getTitle().contains("Pearson"), table.getTitle());
		assertTrue(table.getProvenance().getNote().contains("seed 7, 500 replicates"), table.getProvenance().getNote());
		Map<String, Correlation> builtIn = pearson.getDependentCorrelations().stream()
				.collect(Collectors.toMap(Correlation::getX, Function.identity()));
		for (ResultRow row : table.getRows()) {
			String index = row.getCells().get(1).getText();
			assertEquals(builtIn.get(index).getCoefficient().doubleValue(), number(row, 3), 1e-12, index);
			assertEquals(500, (int) number(row, 8), index);
		}
	}

	@Test
	void parametersTheLanguageDidNotCheckAreReportedNotThrown() {
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		for (Map<String, String> parameters : List.of(Map.of("replicates", "10"), Map.of("level", "1.5"),
				Map.of("seed", "forty-two"))) {
			StudyResults empty = org.factorstudio.model.results.ResultsFactory.eINSTANCE.createStudyResults();
			new BootstrapAnalysis().run(new org.factorstudio.analysis.spi.AnalysisContext(loaded.study(), null,
					Map.of(), parameters, empty), new NullProgressMonitor());
			assertTrue(empty.getTables().isEmpty(), parameters::toString);
			assertEquals(1, empty.getProblems().size(), parameters::toString);
			Problem problem = empty.getProblems().get(0);
			assertEquals(Severity.ERROR, problem.getSeverity());
			assertEquals("org.factorstudio.examples.bootstrap.invalidParameter", problem.getCode());
			assertTrue(problem.getMessage().startsWith("Bootstrap intervals: "), problem.getMessage());
		}
	}

	/**
	 * Without the plugin: the engine refuses the request by name. The study language gets its catalog from the
	 * running platform, which here has the plugin; so the catalog is built from the same declarations the platform
	 * would read without it (the engine's plugin.xml alone) and with it, and must know "bootstrap" only in the
	 * second. The validator's message for an analysis the catalog does not know is tested in the language's tests
	 * (StudyValidationTest); the CLI check of this very study without the plugin is in docs/plugins.md.
	 */
	@Test
	void withoutThePluginTheStudyIsRefusedNamingTheAnalysis() throws IOException {
		StudyResults withoutPlugin = AnalysisEngine.builtIn().run(
				StudyLoader.create().withoutDataChecks().load(studyFile).study(), studyFile, new NullProgressMonitor());
		List<Problem> errors = withoutPlugin.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR)
				.toList();
		// one error per analysis the plugin would have provided
		assertEquals(2, errors.size(), () -> problems(withoutPlugin));
		for (Problem error : errors) {
			assertEquals("org.factorstudio.analysis.unknownAnalysis", error.getCode());
		}
		assertTrue(errors.get(0).getMessage().contains("'bootstrap'"), errors.get(0).getMessage());
		assertTrue(errors.get(1).getMessage().contains("'bootstrap_reliability'"), errors.get(1).getMessage());
		assertTrue(withoutPlugin.getTables().isEmpty());

		assertTrue(catalogOf("org.factorstudio.analysis").find("bootstrap").isEmpty());
		assertTrue(catalogOf("org.factorstudio.analysis").find("correlations").isPresent());
		assertTrue(catalogOf("org.factorstudio.analysis", "org.factorstudio.examples.bootstrap").find("bootstrap")
				.isPresent());
		assertTrue(catalogOf("org.factorstudio.analysis", "org.factorstudio.examples.bootstrap")
				.find("bootstrap_reliability").isPresent());
	}

	/** A catalog read from a fresh extension registry holding only these bundles' plugin.xml. */
	private static AnalysisCatalog catalogOf(String... bundles) throws IOException {
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
		try {
			for (String bundle : bundles) {
				try (InputStream in = org.eclipse.core.runtime.Platform.getBundle(bundle).getEntry("plugin.xml")
						.openStream()) {
					assertTrue(registry.addContribution(in, ContributorFactorySimple.createContributor(bundle), false,
							bundle, null, token), bundle);
				}
			}
			return AnalysisCatalog.of(registry);
		} finally {
			registry.stop(token);
		}
	}

	private static double number(ResultRow row, int column) {
		ResultCell cell = row.getCells().get(column);
		assertNotNull(cell.getNumber(), () -> "column " + column + ": " + cell.getText());
		return cell.getNumber();
	}
}
