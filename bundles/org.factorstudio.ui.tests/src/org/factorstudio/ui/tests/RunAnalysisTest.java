package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.ui.internal.preferences.UiPreferences;
import org.factorstudio.ui.internal.run.ResultsRestorer;
import org.factorstudio.ui.internal.run.RunAnalysisHandler;
import org.factorstudio.ui.internal.run.RunAnalysisJob;
import org.factorstudio.ui.internal.run.RunFailureReporter;
import org.factorstudio.ui.internal.views.CorrelationsView;
import org.factorstudio.ui.internal.widgets.ResultTable;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the example's analysis through the Run Analysis command in the real workbench and reads the
 * Correlations view. Reference: examples/municipal-automation/expected/spearman_vs_automatisering.csv
 * (R 4.2.2 cor.test and SciPy 1.10, rule "all": every item of an index answered), the copy of
 * /work/shared/data/municipal-automation/expected/.
 */
class RunAnalysisTest {

	private static final String EDITOR = "org.eclipse.ui.DefaultTextEditor";
	private static final int FACTORS = 17;

	private IProject project;

	@BeforeEach
	void openExample() throws Exception {
		project = Ui.exampleProject();
		closeFailureDialogs();
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
		closeFailureDialogs();
		UiPreferences.instanceNode().remove(UiPreferences.DECIMALS);
		Ui.flush();
	}

	@Test
	void theCorrelationsViewShowsTheReferenceValues() throws Exception {
		AnalysisRun run = runInEditor("municipal-automation.study");
		CorrelationsView view = (CorrelationsView) Ui.page().showView(CorrelationsView.ID);
		Ui.flush();
		ResultTable table = view.table();
		assertEquals(FACTORS, table.getTable().getItemCount(), "one row per factor");
		assertSame(run, view.shownRun());

		List<String[]> reference = reference();
		assertEquals(FACTORS, reference.size());
		int factor = table.columnIndex("Factor");
		int n = table.columnIndex("n");
		int r = table.columnIndex("ρ");
		int p = table.columnIndex("p");
		for (String[] expected : reference) {
			String name = expected[1];
			double rho = Double.parseDouble(expected[2]);
			int expectedN = Integer.parseInt(expected[3]);
			// every hypothesis is "positive": the directional p is p_greater (1 - p2/2 when rho < 0)
			double pOneTailed = Double.parseDouble(expected[8]);
			int row = rowOf(table, factor, name);
			// the widget's text, at the precision shown (APA: 3 decimals without the leading zero, p < .001)
			assertEquals(String.valueOf(expectedN), table.getTable().getItem(row).getText(n), name + " n");
			assertEquals(apa(String.format(Locale.ROOT, "%.3f", rho)), table.getTable().getItem(row).getText(r), name + " r");
			String shownP = table.getTable().getItem(row).getText(p);
			if (pOneTailed < 0.001) {
				assertEquals("< .001", shownP, name + " p");
			} else {
				assertEquals(apa(String.format(Locale.ROOT, "%.3f", pOneTailed)), shownP, name + " p");
			}
			// the model behind the view, to 1e-9 (p relative: the smallest are near 1e-10)
			Correlation model = (Correlation) table.rows().get(row).source();
			assertEquals(rho, model.getCoefficient(), 1e-9, name + " rho");
			assertEquals(expectedN, model.getN(), name + " n");
			assertEquals(pOneTailed, model.getP(), 1e-9 * Math.max(pOneTailed, 1e-3), name + " p one-tailed");
			assertEquals(Double.parseDouble(expected[6]), model.getPTwoTailed(), 1e-9 * Math.max(pOneTailed, 1e-3),
					name + " p two-tailed");
		}

		// selecting a number shows where it comes from
		table.select(rowOf(table, factor, "Samarbeid"));
		String details = table.detailsText();
		assertTrue(details.contains("n = 73"), details);
		assertTrue(details.contains("Automatisering"), details);
	}

	@Test
	void theNumberFormatPreferenceChangesTheDisplayedPrecision() throws Exception {
		runInEditor("municipal-automation.study");
		CorrelationsView view = (CorrelationsView) Ui.page().showView(CorrelationsView.ID);
		UiPreferences.instanceNode().putInt(UiPreferences.DECIMALS, 5);
		Ui.flush();
		ResultTable table = view.table();
		int row = rowOf(table, table.columnIndex("Factor"), "Mål_Om_Digitalisering");
		// R cor.test: rho = 0.645394637725853
		assertEquals(".64539", table.getTable().getItem(row).getText(table.columnIndex("ρ")));
	}

	@Test
	void aFailedRunReportsTheErrorAndKeepsTheLastGoodResults() throws Exception {
		runInEditor("municipal-automation.study");
		Ui.page().closeAllEditors(false);
		IEditorPart raw = openEditor("municipal-automation-raw.study");
		// opening a study shows the results kept of it, if an earlier test's run of it was kept: then those, else
		// the example's run, are the last good results
		Ui.waitUntil(() -> Job.getJobManager().find(ResultsRestorer.FAMILY).length == 0, 30_000,
				"the kept results of the raw study are read");
		Ui.flush();
		AnalysisRun good = ResultsService.getDefault().latest().orElseThrow();

		// the raw export's respondent 1347 answered q45 = 55; the raw study stops at it (its default policy)
		RunAnalysisJob job = execute(raw);
		Ui.waitForJob(job);
		Shell dialog = Ui.waitForShell(RunFailureReporter.DIALOG_TITLE);
		String message = Ui.allText(dialog);
		assertTrue(message.contains("1347") && message.contains("q45") && message.contains("55"), message);
		assertTrue(message.contains("responses-raw-export.csv"), message);
		dialog.close();

		assertSame(good, ResultsService.getDefault().latest().orElseThrow(), "the last good results stay");
		CorrelationsView view = (CorrelationsView) Ui.page().showView(CorrelationsView.ID);
		Ui.flush();
		assertSame(good, view.shownRun());
		assertEquals(FACTORS, view.table().getTable().getItemCount());
		assertTrue(view.headerText().contains("failed"), view.headerText());
		assertTrue(view.headerText().contains(good.studyFile().getFileName().toString()), view.headerText());
	}

	@Test
	void theEditorsUnsavedTextIsAnalysedAndNeverChanged() throws Exception {
		AnalysisRun good = runInEditor("municipal-automation.study");
		ITextEditor editor = (ITextEditor) openEditor("municipal-automation.study");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String saved = document.get();

		// an unsaved edit that changes the correction: the run analyses the buffer, not the file
		String bonferroni = saved.replace("correction holm", "correction bonferroni");
		assertFalse(bonferroni.equals(saved));
		document.set(bonferroni);
		assertTrue(editor.isDirty());
		RunAnalysisJob job = execute(editor);
		Ui.waitForJob(job);
		AnalysisRun edited = ResultsService.getDefault().latest().orElseThrow();
		Correlation samarbeid = edited.results().getDependentCorrelations().stream()
				.filter(c -> c.getX().equals("Samarbeid")).findFirst().orElseThrow();
		// Bonferroni over the 17 hypotheses: min(1, 17 p)
		assertEquals(Math.min(1, FACTORS * samarbeid.getP()), samarbeid.getPAdjusted(), 1e-12);
		assertEquals(bonferroni, document.get(), "the run must not touch the editor's text");
		assertTrue(editor.isDirty());

		// an unsaved edit with an error: the run fails, results and text stay
		String broken = saved.replace("dependent Automatisering", "dependent Automatiserin");
		document.set(broken);
		job = execute(editor);
		Ui.waitForJob(job);
		Shell dialog = Ui.waitForShell(RunFailureReporter.DIALOG_TITLE);
		String message = Ui.allText(dialog);
		assertTrue(message.contains("Automatiserin"), message);
		dialog.close();
		assertSame(edited, ResultsService.getDefault().latest().orElseThrow());
		assertEquals(broken, document.get(), "the run must not touch the editor's text");
		assertTrue(editor.isDirty());
		assertEquals(saved, new String(project.getFile("municipal-automation.study").getContents().readAllBytes(),
				StandardCharsets.UTF_8), "the study file is not saved by a run");
		assertFalse(good == edited);
	}

	@Test
	void theCommandRunsTheStudySelectedInTheProjectExplorer() throws Exception {
		IWorkbenchPage page = Ui.page();
		var explorer = page.showView("org.eclipse.ui.navigator.ProjectExplorer");
		IFile study = project.getFile("municipal-automation.study");
		explorer.getSite().getSelectionProvider()
				.setSelection(new StructuredSelection(study));
		page.activate(explorer);
		awaitSelected(study);
		Object result = runCommandClosingItsHint();
		RunAnalysisJob job = assertInstanceOf(RunAnalysisJob.class, result);
		Ui.waitForJob(job);
		assertEquals(study.getLocation().toPath(), job.studyFile());
		assertEquals(study.getLocation().toPath(), ResultsService.getDefault().latest().orElseThrow().studyFile());

		// the same study open with unsaved changes: the selection runs the editor's text
		ITextEditor editor = (ITextEditor) openEditor("municipal-automation.study");
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.set(document.get().replace("correction holm", "correction bonferroni"));
		explorer.getSite().getSelectionProvider().setSelection(new StructuredSelection(study));
		page.activate(explorer);
		awaitSelected(study);
		job = assertInstanceOf(RunAnalysisJob.class, runCommandClosingItsHint());
		Ui.waitForJob(job);
		Correlation samarbeid = ResultsService.getDefault().latest().orElseThrow().results().getDependentCorrelations()
				.stream().filter(c -> c.getX().equals("Samarbeid")).findFirst().orElseThrow();
		assertEquals(Math.min(1, FACTORS * samarbeid.getP()), samarbeid.getPAdjusted(), 1e-12, "Bonferroni from the editor");
	}

	/** Lets the workbench see the explorer's selection, as the command's handler reads it. */
	private static void awaitSelected(IFile study) {
		Ui.waitUntil(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService()
				.getSelection() instanceof StructuredSelection selection && study.equals(selection.getFirstElement()),
				20_000, "the Project Explorer's selection of " + study.getName());
	}

	/**
	 * Runs the command as the menu does. Should it find no study, it opens a modal hint; that is closed after
	 * 20 s, so that the test fails (no job) rather than waiting for the dialog until the build's time runs out.
	 */
	private static Object runCommandClosingItsHint() throws Exception {
		Display display = Display.getCurrent();
		Runnable closeHint = () -> {
			for (Shell shell : display.getShells()) {
				if ("Run Analysis".equals(shell.getText()) && !shell.isDisposed()) {
					shell.close();
				}
			}
		};
		display.timerExec(20_000, closeHint);
		try {
			return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
					.executeCommand(RunAnalysisHandler.COMMAND_ID, null);
		} finally {
			display.timerExec(-1, closeHint);
		}
	}

	@Test
	void aCancelledRunPublishesNothing() throws Exception {
		ResultsService service = new ResultsService();
		RunAnalysisJob job = new RunAnalysisJob(project.getFile("municipal-automation.study").getLocation().toPath(), null,
				service);
		job.schedule();
		job.cancel();
		Ui.waitForJob(job);
		// a job cancelled before it started never ran and has no result; one cancelled while running ends CANCEL
		assertTrue(job.getResult() == null || job.getResult().getSeverity() == IStatus.CANCEL,
				() -> "result: " + job.getResult());
		assertTrue(service.latest().isEmpty());
		assertTrue(service.lastFailure().isEmpty(), "a cancelled run is not a failure");
	}

	@Test
	void savingAStudyRunsItAgainWhenThePreferenceSaysSo() throws Exception {
		IFile study = project.getFile("municipal-automation.study");
		byte[] saved = study.getContents().readAllBytes();
		UiPreferences.instanceNode().putBoolean(UiPreferences.RERUN_ON_SAVE, true);
		try {
			ResultsService.getDefault().clear();
			study.setContents(new ByteArrayInputStream((new String(saved, StandardCharsets.UTF_8) + "\n// saved\n")
					.getBytes(StandardCharsets.UTF_8)), true, false, null);
			Ui.waitUntil(() -> ResultsService.getDefault().latest().isPresent(), 60_000, "the re-run after saving");
			assertEquals(study.getLocation().toPath(), ResultsService.getDefault().latest().get().studyFile());
		} finally {
			UiPreferences.instanceNode().remove(UiPreferences.RERUN_ON_SAVE);
			study.setContents(new ByteArrayInputStream(saved), true, false, null);
			Job.getJobManager().join(RunAnalysisJob.FAMILY, null);
			Ui.flush();
		}
	}

	private AnalysisRun runInEditor(String file) throws Exception {
		IEditorPart editor = openEditor(file);
		RunAnalysisJob job = execute(editor);
		Ui.waitForJob(job);
		AnalysisRun run = ResultsService.getDefault().latest().orElseThrow(() -> new AssertionError(
				"no results; failure: " + ResultsService.getDefault().lastFailure().map(Object::toString).orElse("none")));
		assertEquals(project.getFile(file).getLocation().toPath(), run.studyFile());
		return run;
	}

	private IEditorPart openEditor(String file) throws Exception {
		IEditorPart editor = IDE.openEditor(Ui.page(), project.getFile(file), EDITOR);
		Ui.page().activate(editor);
		Ui.flush();
		return editor;
	}

	/** Runs the command as Ctrl+R would, with this editor active; returns the scheduled job. */
	private static RunAnalysisJob execute(IEditorPart editor) throws Exception {
		Ui.page().activate(editor);
		Ui.flush();
		Object result = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(RunAnalysisHandler.COMMAND_ID, null);
		RunAnalysisJob job = assertInstanceOf(RunAnalysisJob.class, result, "the handler returns its job");
		assertNotNull(job);
		return job;
	}

	/** "0.645" as APA prints it: ".645", "-0.032" as "\u2212.032". */
	private static String apa(String fixed) {
		return fixed.replaceFirst("^0\\.", ".").replaceFirst("^-0\\.", "\u2212.");
	}

	private static int rowOf(ResultTable table, int column, String text) {
		for (int i = 0; i < table.getTable().getItemCount(); i++) {
			if (table.getTable().getItem(i).getText(column).equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no row " + text);
	}

	/** The reference rows of rule "all" (the example's indices need every item answered). */
	private static List<String[]> reference() throws IOException {
		Path file = Ui.exampleFolder().resolve("expected/spearman_vs_automatisering.csv");
		List<String[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
			String[] cells = line.replace("\"", "").split(",");
			if (cells[0].equals("all")) {
				rows.add(cells);
			}
		}
		return rows;
	}

	private static void closeFailureDialogs() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (RunFailureReporter.DIALOG_TITLE.equals(shell.getText())) {
				shell.close();
			}
		}
	}
}
