package org.factorstudio.ui.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.extensions.ContributionLog;
import org.factorstudio.report.ReportException;
import org.factorstudio.report.ReportFormatRegistry;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.workflow.StudyRun;

/**
 * Writes the report of a run into a folder in every installed format, as {@code factorstudio analyze --format all}
 * does, through the run workflow's writer ({@link StudyRun#write}): the folder's report set is replaced as a
 * whole, or nothing.
 */
public final class ReportExport {

	private ReportExport() {
	}

	/** The installed report formats; the built-in ones when the registry has none (plain unit tests). */
	public static ReportFormats installedFormats() {
		return ReportFormatRegistry.installed(ContributionLog::warn);
	}

	/** The folder a report goes to unless the user picks another: beside the study, named after it. */
	public static Path defaultFolder(Path studyFile) {
		return StudyRun.defaultReportFolder(studyFile.toAbsolutePath());
	}

	/**
	 * @return the files written, in the order of the formats
	 * @throws IOException     when the folder or a file cannot be written (nothing was replaced)
	 * @throws ReportException when a format fails to render (nothing was written)
	 */
	public static List<Path> write(AnalysisRun run, Path folder, ReportFormats formats) throws IOException {
		// the writer refuses a folder holding files it did not write (the study's own folder, say): nothing is lost
		return StudyRun.write(run.studyFile(), run.study(), run.results(), folder, formats, formats.ids(), true);
	}
}
