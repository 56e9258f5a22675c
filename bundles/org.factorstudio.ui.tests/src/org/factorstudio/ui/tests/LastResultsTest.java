package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.ide.IDE;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.workflow.StudyRun;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.ui.internal.run.LastResults;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.internal.views.CorrelationMatrixView;
import org.factorstudio.ui.internal.views.CorrelationsView;
import org.factorstudio.ui.internal.views.ResultTablesView;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.ui.results.RunFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results survive a restart (kept in the IDE's own folder, or read from the command line's
 * {@code <study>-report/results.xmi}) and come back when the study's editor opens; a failure banner
 * belongs to its study; Export CSV starts in the study's folder.
 */
class LastResultsTest {

	private static final String STUDY = "municipal-automation.study";

	private Path study;

	@BeforeEach
	void openExample() throws Exception {
		IProject project = Ui.exampleProject();
		study = project.getFile(STUDY).getLocation().toPath();
		Ui.page().closeAllEditors(false);
		ResultsService.getDefault().clear();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Ui.page().closeAllEditors(false);
		ResultsService.getDefault().clear();
		Ui.flush();
	}

	private AnalysisRun analyse() {
		StudyAnalysis.Outcome outcome = new StudyAnalysis(AnalysisEngine.fromPlatform()).run(study, null,
				new NullProgressMonitor());
		return assertInstanceOf(StudyAnalysis.Success.class, outcome, String.valueOf(outcome)).run();
	}

	@Test
	void keptResultsComeBackInANewSessionWithoutWritingBesideTheStudy(@TempDir Path state) throws Exception {
		AnalysisRun run = analyse();
		List<Path> studyFolderBefore = list(study.getParent());
		ResultsService first = new ResultsService();
		first.setStore(new LastResults(state));
		first.publish(run);
		awaitSaved();
		assertEquals(List.of(new LastResults(state).keptFile(study)), list(state), "one file, no temporary left");
		assertEquals(studyFolderBefore, list(study.getParent()), "nothing written beside the study");

		// a new session: nothing in memory, the same store
		ResultsService second = new ResultsService();
		second.setStore(new LastResults(state));
		assertTrue(second.forStudy(study).isEmpty());
		assertTrue(second.restore(study), "restored");
		AnalysisRun restored = second.forStudy(study).orElseThrow();
		assertTrue(restored.restored());
		assertFalse(run.restored());
		assertEquals(run.results().getDependentCorrelations().size(), restored.results().getDependentCorrelations().size());
		for (int i = 0; i < run.results().getDependentCorrelations().size(); i++) {
			assertEquals(run.results().getDependentCorrelations().get(i).getCoefficient(),
					restored.results().getDependentCorrelations().get(i).getCoefficient(), 0.0, "kept exactly");
		}
		assertEquals(run.study().getName(), restored.study().getName(), "the study is read again from its file");
		assertEquals(Instant.parse(run.results().getCreatedAt()), restored.finishedAt());
		assertFalse(second.restore(study), "once per session: a study with results is not read again");
	}

	@Test
	void theCommandLinesResultsAreTakenWhenTheyAreNewer(@TempDir Path state) throws Exception {
		AnalysisRun run = analyse();
		ResultsService first = new ResultsService();
		first.setStore(new LastResults(state));
		first.publish(run);
		awaitSaved();
		Path reportResults = LastResults.reportFile(study);
		assertEquals(study.resolveSibling("municipal-automation-report").resolve("results.xmi"), reportResults);
		StudyResults fromCli = EcoreUtil.copy(run.results());
		fromCli.setStudyName("Analysed by factorstudio analyze");
		try {
			StudyRun.saveResults(fromCli, reportResults);
			Files.setLastModifiedTime(reportResults,
					FileTime.from(Files.getLastModifiedTime(new LastResults(state).keptFile(study)).toInstant().plusSeconds(60)));
			ResultsService second = new ResultsService();
			second.setStore(new LastResults(state));
			assertTrue(second.restore(study));
			assertEquals("Analysed by factorstudio analyze", second.forStudy(study).orElseThrow().results().getStudyName());

			// and the IDE's own copy when it is the newer one
			Files.setLastModifiedTime(reportResults, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
			ResultsService third = new ResultsService();
			third.setStore(new LastResults(state));
			assertTrue(third.restore(study));
			assertEquals(run.results().getStudyName(), third.forStudy(study).orElseThrow().results().getStudyName());
		} finally {
			Files.deleteIfExists(reportResults);
			Files.deleteIfExists(reportResults.getParent());
		}
	}

	@Test
	void theViewsShowTheKeptResultsWhenTheStudyOpensAfterARestart() throws Exception {
		// the workbench's service keeps results in the workspace (the IDE's advisor set its store)
		ResultsService.getDefault().publish(analyse());
		awaitSaved();
		ResultsService.getDefault().clear(); // a restart: memory gone, the kept file stays
		for (String id : List.of(CorrelationsView.ID, CorrelationMatrixView.ID)) {
			var reference = Ui.page().findViewReference(id);
			if (reference != null) {
				Ui.page().hideView(reference);
			}
		}
		CorrelationsView view = (CorrelationsView) Ui.page().showView(CorrelationsView.ID);
		Ui.flush();
		assertEquals(null, view.shownRun(), "empty before the study opens");

		IDE.openEditor(Ui.page(), Ui.exampleProject().getFile(STUDY), "org.eclipse.ui.DefaultTextEditor");
		Ui.waitUntil(() -> view.shownRun() != null, 30_000, "the kept results in the Correlations view");
		assertTrue(view.shownRun().restored());
		assertEquals(study, view.shownRun().studyFile());
		assertTrue(view.headerText().contains("earlier session"), view.headerText());
		assertEquals(17, view.table().getTable().getItemCount(), "one row per factor");

		// Export CSV starts in the study's folder, in the tables and in the heat map
		assertEquals(study.getParent(), view.table().exportFolder());
		CorrelationMatrixView matrix = (CorrelationMatrixView) Ui.page().showView(CorrelationMatrixView.ID);
		Ui.flush();
		assertEquals(study.getParent(), matrix.heatMap().exportFolder());
		assertNotNull(matrix.shownRun());
	}

	@Test
	void aFailureBannerBelongsToTheStudyItIsAbout() throws Exception {
		ResultsService service = ResultsService.getDefault();
		AnalysisRun run = analyse();
		service.publish(run);
		Path other = study.resolveSibling("other.study");
		service.fail(new RunFailure(other, List.of(other + ":3: something is wrong"), Instant.now()));
		assertTrue(service.failureFor(other).isPresent());
		assertTrue(service.failureFor(study).isEmpty());

		// a view opened now shows the results of the example without the other study's banner
		var reference = Ui.page().findViewReference(ResultTablesView.ID);
		if (reference != null) {
			Ui.page().hideView(reference);
		}
		ResultTablesView tables = (ResultTablesView) Ui.page().showView(ResultTablesView.ID);
		Ui.flush();
		assertEquals(run, tables.shownRun());
		assertFalse(tables.headerText().contains("failed"), tables.headerText());

		// a failure of the study shown is said, and a good run of it clears it
		service.fail(new RunFailure(study, List.of(study + ":1: broken"), Instant.now()));
		Ui.flush();
		assertTrue(tables.headerText().contains("failed"), tables.headerText());
		service.publish(analyse());
		Ui.flush();
		assertFalse(tables.headerText().contains("failed"), tables.headerText());
		assertTrue(service.failureFor(study).isEmpty());
		assertTrue(service.failureFor(other).isPresent(), "the other study's failure is still its own");
	}

	private static void awaitSaved() throws InterruptedException {
		Job.getJobManager().join(ResultsService.SAVE_FAMILY, null);
	}

	private static List<Path> list(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
