package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.ui.internal.report.ExportReportHandler;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.results.AnalysisRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export Report": the last results as a report in every installed format; a failure keeps the earlier report. */
class ExportReportTest {

	private static AnalysisRun example;

	@BeforeAll
	static void runTheExample() throws Exception {
		Path folder = Ui.exampleProject().getLocation().toPath();
		example = assertInstanceOf(StudyAnalysis.Success.class, new StudyAnalysis(AnalysisEngine.fromPlatform())
				.run(folder.resolve("municipal-automation.study"), null, null)).run();
	}

	@Test
	void theCommandIsDeclared() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(ExportReportHandler.COMMAND_ID);
		assertTrue(command.isDefined());
		assertEquals("Export Report", command.getName());
	}

	@Test
	void theReportIsWrittenInEveryFormat(@TempDir Path folder) throws Exception {
		Job job = ExportReportHandler.exportJob(example, folder, Display.getCurrent());
		job.schedule();
		Ui.waitForJob(job);
		closeDialogs();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<svg") && html.contains("Mål_Om_Digitalisering"), "the HTML report with its charts");
		assertTrue(Files.isRegularFile(folder.resolve("results.json")));
		assertTrue(Files.isRegularFile(folder.resolve("report.md")));
		assertTrue(Files.isRegularFile(folder.resolve("report.tex")));
	}

	@Test
	void aFailedExportKeepsTheEarlierReport(@TempDir Path folder) throws Exception {
		Path earlier = Files.writeString(folder.resolve("report.html"), "earlier report");
		// a file where the writer needs the csv/ folder: the export fails before it replaces anything
		Files.writeString(folder.resolve("csv"), "in the way");
		Job job = ExportReportHandler.exportJob(example, folder, Display.getCurrent());
		job.schedule();
		Ui.waitForJob(job);
		closeDialogs();
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains(folder.toString()), job.getResult().getMessage());
		assertEquals("earlier report", Files.readString(earlier));
	}

	private static void closeDialogs() {
		Ui.flush();
		for (var shell : Display.getCurrent().getShells()) {
			if ("Export Report".equals(shell.getText()) || "Problem Occurred".equals(shell.getText())) {
				shell.close();
			}
		}
		Ui.flush();
	}
}
