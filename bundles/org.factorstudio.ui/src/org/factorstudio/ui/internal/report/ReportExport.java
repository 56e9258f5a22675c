package org.factorstudio.ui.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.extensions.ContributionLog;
import org.factorstudio.report.ReportException;
import org.factorstudio.report.ReportFormatRegistry;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportWriter;
import org.factorstudio.ui.results.AnalysisRun;

/**
 * Writes the report of a run into a folder in every installed format, as {@code factorstudio analyze --format all}
 * does (without {@code results.xmi}): the writer replaces the folder's report set as a whole, or nothing.
 */
public final class ReportExport {

	private ReportExport() {
	}

	/** The installed report formats; the built-in ones when the registry has none (plain unit tests). */
	public static ReportFormats installedFormats() {
		ReportFormats installed = ReportFormatRegistry.fromPlatform(ContributionLog::warn).formats();
		return installed.isEmpty() ? ReportFormats.builtIn() : installed;
	}

	/** The folder a report goes to unless the user picks another: beside the study, named after it. */
	public static Path defaultFolder(Path studyFile) {
		String name = studyFile.getFileName().toString().replaceFirst("\\.study$", "");
		return studyFile.toAbsolutePath().getParent().resolve(name + "-report");
	}

	/**
	 * @return the files written, in the order of the formats
	 * @throws IOException     when the folder or a file cannot be written (nothing was replaced)
	 * @throws ReportException when a format fails to render (nothing was written)
	 */
	public static List<Path> write(AnalysisRun run, Path folder, ReportFormats formats) throws IOException {
		List<Path> inputs = new ArrayList<>(List.of(run.studyFile()));
		if (run.study() != null && run.study().getDataSource() != null && run.study().getDataSource().getFile() != null) {
			inputs.add(StudyImportSpecs.dataFile(run.study(), run.studyFile().toAbsolutePath().getParent()));
		}
		// the writer refuses a folder holding files it did not write (the study's own folder, say): nothing is lost
		return ReportWriter.write(folder, formats.render(ReportInput.of(run.results(), run.study()), formats.ids()), inputs);
	}
}
