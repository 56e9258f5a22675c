package org.factorstudio.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportWriter;

/**
 * One analysis run, the same for {@code factorstudio analyze} and the IDE: load the study (from the editor's
 * unsaved text when there is one), check it, import its data and run the engine; then write the report and
 * the results model ({@value #RESULTS_FILE}) into a report folder through the one atomic writer
 * ({@link ReportWriter}). Headless: no widgets, no printing; each step returns what it found as values.
 */
public final class StudyRun {

	/** The results model in a report folder, the file the IDE opens. */
	public static final String RESULTS_FILE = "results.xmi";

	/** What a run gave. */
	public sealed interface Outcome permits NotLoaded, Analysed {

		Path studyFile();

		/** The errors that make the run unusable, one line each ({@code file:line: message}); empty when none. */
		List<String> errors();
	}

	/** The study has errors: nothing was analysed. */
	public record NotLoaded(Path studyFile, LoadedStudy loaded) implements Outcome {

		@Override
		public List<String> errors() {
			List<String> messages = new ArrayList<>();
			for (StudyIssue issue : loaded.errors()) {
				messages.add(issue.format());
			}
			if (messages.isEmpty()) {
				messages.add(studyFile + ": the study could not be read");
			}
			return messages;
		}
	}

	/**
	 * The engine ran: the results, with the problems it found (errors among them mean the data could not be
	 * analysed as declared, and the results are not reported).
	 */
	public record Analysed(Path studyFile, LoadedStudy loaded, StudyResults results, long millis) implements Outcome {

		public Study study() {
			return loaded.study();
		}

		@Override
		public List<String> errors() {
			return results.getProblems().stream().filter(problem -> problem.getSeverity() == Severity.ERROR)
					.map(problem -> problemLine(studyFile, problem)).toList();
		}

		public boolean hasErrors() {
			return !errors().isEmpty();
		}

		public ReportInput reportInput() {
			return ReportInput.of(results, loaded.study());
		}
	}

	private final AnalysisEngine engine;

	public StudyRun(AnalysisEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * Loads, checks and analyses a study.
	 *
	 * @param unsavedText the editor's text when it differs from the file, else null
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public Outcome analyse(Path studyFile, String unsavedText, IProgressMonitor monitor) {
		long started = System.nanoTime();
		SubMonitor progress = SubMonitor.convert(monitor, "Analysing " + studyFile.getFileName(), 100);
		progress.subTask("Loading " + studyFile.getFileName());
		// the engine imports the data and says what is wrong with it, with its line: no second read here
		StudyLoader loader = StudyLoader.create().withoutDataChecks();
		LoadedStudy loaded = unsavedText == null ? loader.load(studyFile) : loader.load(studyFile, unsavedText);
		progress.worked(10);
		if (loaded.hasErrors()) {
			return new NotLoaded(studyFile, loaded);
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		StudyResults results = engine.run(loaded.study(), studyFile, progress.split(90));
		return new Analysed(studyFile, loaded, results, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Renders the report in the given formats, adds the results model when asked, and replaces the report set
	 * in {@code folder} by them as a whole: nothing is replaced unless every file could be rendered and written.
	 *
	 * @return the paths written
	 * @throws org.factorstudio.report.ReportException       when a format fails to render (nothing was written)
	 * @throws org.factorstudio.report.ReportFolderException when the folder holds files FactorStudio did not write
	 * @throws IOException                                   when a file cannot be written (the previous set stays)
	 */
	public static List<Path> write(Analysed run, Path folder, ReportFormats formats, List<String> formatIds,
			boolean withResultsModel) throws IOException {
		return write(run.studyFile(), run.study(), run.results(), folder, formats, formatIds, withResultsModel);
	}

	/** {@link #write(Analysed, Path, ReportFormats, List, boolean)} for results kept from a run (the IDE's). */
	public static List<Path> write(Path studyFile, Study study, StudyResults results, Path folder, ReportFormats formats,
			List<String> formatIds, boolean withResultsModel) throws IOException {
		// the results model is saved while the formats render (they only read the results)
		CompletableFuture<byte[]> xmi = withResultsModel ? CompletableFuture.supplyAsync(() -> {
			try {
				return resultsXmi(results);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}) : null;
		List<ReportFile> files = new ArrayList<>(formats.render(ReportInput.of(results, study), formatIds));
		if (xmi != null) {
			try {
				files.add(new ReportFile(RESULTS_FILE, xmi.join()));
			} catch (CompletionException e) {
				if (e.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
		}
		return ReportWriter.write(folder, files, inputs(studyFile, study));
	}

	/** The run's input files (the study, its data file): a report folder may hold neither. */
	public static List<Path> inputs(Path studyFile, Study study) {
		List<Path> inputs = new ArrayList<>(List.of(studyFile));
		if (study != null && study.getDataSource() != null && study.getDataSource().getFile() != null) {
			inputs.add(StudyImportSpecs.dataFile(study, studyFile.toAbsolutePath().getParent()));
		}
		return inputs;
	}

	/** The results model as XMI (a copy: the results stay in their own resource), the one way it is saved. */
	public static byte[] resultsXmi(StudyResults results) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(RESULTS_FILE));
		resource.getContents().add(EcoreUtil.copy(results));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		return bytes.toByteArray();
	}

	/** Saves the results model into one file atomically (the IDE's kept results). */
	public static void saveResults(StudyResults results, Path file) throws IOException {
		ReportWriter.writeFile(file, resultsXmi(results));
	}

	/** Next to the study, named after its file, so two studies in one folder keep their reports apart. */
	public static Path defaultReportFolder(Path studyFile) {
		String name = studyFile.getFileName().toString();
		String stem = name.endsWith(".study") ? name.substring(0, name.length() - ".study".length()) : name;
		Path folder = studyFile.getParent();
		return folder == null ? Path.of(stem + "-report") : folder.resolve(stem + "-report");
	}

	/** {@code file:line: severity: message}, as the command line prints a problem of the results. */
	public static String problemLine(Path studyFile, Problem problem) {
		String file = problem.getFile() != null ? problem.getFile() : studyFile.toString();
		String where = problem.getLine() > 0 ? file + ":" + problem.getLine() : file;
		return where + ": " + problem.getSeverity().getLiteral() + ": " + problem.getMessage();
	}
}
