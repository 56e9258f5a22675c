package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.internal.views.MeasurementView;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): the scene docs/screenshot-measurement.sh
 * photographs at the screen's size (1366x768 there): the measurement example analysed, the Measurement view
 * maximised. Writes {@code ready-1} into $FACTORSTUDIO_SCREENSHOT_DIR and waits for {@code done-1}.
 */
class MeasurementScreenshotScene {

	@Test
	void showTheMeasurementView() throws Exception {
		String folder = System.getenv("FACTORSTUDIO_SCREENSHOT_DIR");
		assertTrue(folder != null, "run through docs/screenshot-measurement.sh");
		Path signals = Path.of(folder);
		Path study = Ui.exampleProject().getLocation().toPath().resolve("municipal-automation-measurement.study");
		AnalysisRun run = assertInstanceOf(StudyAnalysis.Success.class,
				new StudyAnalysis(AnalysisEngine.builtIn()).run(study, null, null)).run();
		IWorkbenchPage page = Ui.page();
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		ResultsService.getDefault().publish(run);
		IViewPart view = page.showView(MeasurementView.ID);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		settle(2_000);
		Files.writeString(signals.resolve("ready-1"), "ready");
		Ui.waitUntil(() -> Files.exists(signals.resolve("done-1")), 120_000, "the screenshot was taken");
	}

	private static void settle(long millis) throws InterruptedException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain
			}
			Thread.sleep(20);
		}
	}
}
