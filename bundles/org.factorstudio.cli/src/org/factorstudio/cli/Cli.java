package org.factorstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.results.Problem;
import org.factorstudio.report.ReportException;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportFolderException;
import org.factorstudio.report.ReportFormatRegistry;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportWriter;
import org.factorstudio.workflow.StudyRun;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line: parses arguments, runs a command, prints to the given streams and returns an
 * exit code from {@link ExitCode}. Plain Java, so tests drive it without starting an application.
 */
public final class Cli {

	static final String USAGE = """
			Usage: factorstudio <command> [options]

			Commands:
			  analyze STUDY [--out DIR|-] [--format LIST] [--quiet] [--timings]
			                      load and validate the study, import its data, run the analysis, print the
			                      tables and write the report and the results model (results.xmi) into DIR
			    --out DIR         the report folder; default: STUDY's folder/<study file name>-report
			    --out -           write the one format given with --format to standard output instead
			                      (nothing else goes there; e.g. --format json --out -)
			    --format LIST     comma-separated report formats, default html,json; all = every installed
			                      format. Built in: html (report.html, charts included), md (report.md),
			                      tex (report.tex, a LaTeX document), docx (report.docx, Word with APA
			                      tables), codebook (codebook.html), csv (csv/<table>.csv), json
			                      (results.json), text (report.txt, the tables printed here)
			    --quiet           print no tables and no progress; problems (warnings too) still go to
			                      standard error, and where the report is to standard output
			    --timings         print on standard error where the run went: the wall time of start-up,
			                      loading the study, the import, each analysis and writing the report
			  validate STUDY      print the study's and the data's problems as file:line:column: severity: message
			  ide                 open the FactorStudio IDE (started by the ./factorstudio script)
			  --version           print the version
			  --help              print this help

			Exit codes: 0 ok, 1 errors in the study or its data (or the report could not be written,
			or the run ran out of memory: see FACTORSTUDIO_MAX_HEAP), 2 wrong command line.
			""";

	/** The report formats written when --format is not given. */
	static final List<String> DEFAULT_FORMATS = List.of("html", "json");

	private final PrintStream out;
	private final PrintStream err;
	private final boolean showProgress;
	private final Supplier<ReportFormats> reportFormats;

	public Cli(PrintStream out, PrintStream err) {
		this(out, err, false, null);
	}

	/** With the given report formats instead of the installed ones (tests, embedding). */
	public Cli(PrintStream out, PrintStream err, ReportFormats reportFormats) {
		this(out, err, false, () -> reportFormats);
	}

	private Cli(PrintStream out, PrintStream err, boolean showProgress, Supplier<ReportFormats> reportFormats) {
		this.out = out;
		this.err = err;
		this.showProgress = showProgress;
		this.reportFormats = reportFormats != null ? reportFormats : this::installedFormats;
	}

	/** On the process's streams; progress lines only when a person watches a terminal. */
	static Cli standard() {
		return new Cli(System.out, System.err, System.console() != null, null);
	}

	/** The formats contributed to the extension point; the built-in ones when there is no platform. */
	private ReportFormats installedFormats() {
		return ReportFormatRegistry.installed(problem -> err.println("factorstudio: warning: " + problem));
	}

	public int run(String[] args) {
		try {
			return dispatch(args);
		} catch (OutOfMemoryError e) {
			// what was allocated for the run is garbage now, so these few lines can still be printed
			err.println("factorstudio: out of memory: the study or its data needs more than the "
					+ Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024)) + " GB the run may use;"
					+ " nothing was written. Allow more with the environment variable " + HEAP_VARIABLE
					+ " (for example " + HEAP_VARIABLE + "=8g ./factorstudio ...)");
			return ExitCode.STUDY_OR_DATA_ERRORS;
		} catch (StackOverflowError e) {
			err.println("factorstudio: the study is nested too deeply to be processed (stack overflow); nothing was"
					+ " written. Please report it with the study.");
			return ExitCode.STUDY_OR_DATA_ERRORS;
		} catch (RuntimeException | Error e) {
			// a bug (ours or a plugin's) is still one line for the user, not a stack trace
			err.println("factorstudio: internal error: " + e + " (nothing was written; please report it)");
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
	}

	/** The launcher's environment variable for the largest heap of a run ({@code ./factorstudio}). */
	static final String HEAP_VARIABLE = "FACTORSTUDIO_MAX_HEAP";

	private int dispatch(String[] args) {
		List<String> rest = new ArrayList<>(List.of(args));
		if (rest.isEmpty()) {
			err.print(USAGE);
			return ExitCode.USAGE;
		}
		String command = rest.remove(0);
		return switch (command) {
		case "--version", "version" -> {
			out.println("FactorStudio " + version());
			yield ExitCode.OK;
		}
		case "--help", "-h", "help" -> {
			out.print(USAGE);
			yield ExitCode.OK;
		}
		case "validate" -> {
			StudyLoader.prepareInBackground();
			yield validate(rest);
		}
		case "analyze" -> {
			// the language's set-up (about 0.2 s) runs beside the command line's own checks and the engine's
			StudyLoader.prepareInBackground();
			yield analyze(rest);
		}
		default -> usage("unknown command '" + command + "'");
		};
	}

	private int validate(List<String> args) {
		if (args.size() != 1 || args.get(0).startsWith("-")) {
			return usage("validate takes exactly one study file");
		}
		LoadedStudy loaded = StudyLoader.create().load(Path.of(args.get(0)));
		for (StudyIssue issue : loaded.issues()) {
			out.println(issue.format());
		}
		return loaded.hasErrors() ? ExitCode.STUDY_OR_DATA_ERRORS : ExitCode.OK;
	}

	private int analyze(List<String> args) {
		if (args.isEmpty() || args.get(0).startsWith("-")) {
			return usage("analyze needs a study file");
		}
		Path studyFile = Path.of(args.get(0));
		boolean quiet = false;
		boolean timings = false;
		Path outDir = null;
		String formatList = null;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			String option = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
			String inlineValue = option.equals(arg) ? null : arg.substring(arg.indexOf('=') + 1);
			switch (option) {
			case "--quiet", "-q" -> quiet = true;
			case "--timings" -> timings = true;
			case "--out", "--format" -> {
				String value = inlineValue;
				if (value == null) {
					if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
						return usage(option + (option.equals("--out") ? " needs a folder" : " needs a list of formats"));
					}
					value = args.get(++i);
				}
				if (option.equals("--out")) {
					outDir = Path.of(value);
				} else {
					formatList = value;
				}
			}
			default -> {
				return usage("unknown option '" + arg + "' for analyze");
			}
			}
		}
		boolean toStandardOutput = outDir != null && outDir.toString().equals(STANDARD_OUTPUT);
		ReportFormats formats = reportFormats.get();
		List<String> chosen;
		try {
			chosen = formats(formatList, formats);
		} catch (IllegalArgumentException e) {
			return usage(e.getMessage());
		}
		if (toStandardOutput && (formatList == null || chosen.size() != 1)) {
			return usage("--out - writes one format to standard output: name exactly one with --format (for example"
					+ " --format json)" + (formatList == null ? "" : "; given: " + String.join(", ", chosen)));
		}
		if (toStandardOutput && formats.find(chosen.get(0)).map(format -> !format.writesOneFile()).orElse(false)) {
			// said before a long run, not after it
			return oneFileOnly(chosen.get(0), "several files");
		}
		if (toStandardOutput) {
			outDir = null;
		} else if (outDir == null) {
			outDir = StudyRun.defaultReportFolder(studyFile);
		} else if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
			return usage("--out " + outDir + " is a file, not a folder");
		}
		if (outDir != null) {
			try {
				// said before a long run, not after it
				ReportWriter.checkFolder(outDir, List.of(studyFile));
			} catch (ReportFolderException e) {
				err.println("factorstudio: " + e.getMessage());
				return ExitCode.STUDY_OR_DATA_ERRORS;
			} catch (IOException e) {
				err.println(outDir + ": error: cannot use the report folder: " + describe(e, outDir));
				return ExitCode.STUDY_OR_DATA_ERRORS;
			}
		}
		PhaseTimes times = timings ? new PhaseTimes() : null;
		int code = analyze(studyFile, quiet, outDir, toStandardOutput, formats, chosen, times);
		if (times != null) {
			times.print(err);
		}
		return code;
	}

	private int analyze(Path studyFile, boolean quiet, Path outDir, boolean toStandardOutput, ReportFormats formats,
			List<String> chosen, PhaseTimes times) {
		Progress progress = new Progress(err, showProgress && !quiet && !toStandardOutput, times);
		StudyRun.Outcome outcome;
		try {
			outcome = new StudyRun(AnalysisEngine.fromPlatform()).analyse(studyFile, null, progress);
		} finally {
			progress.clear();
		}
		if (outcome instanceof StudyRun.NotLoaded notLoaded) {
			printStudyIssues(notLoaded.loaded());
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		StudyRun.Analysed run = (StudyRun.Analysed) outcome;
		printStudyIssues(run.loaded());
		for (Problem problem : run.results().getProblems()) {
			// warnings too: --quiet hides tables and progress, never what may be wrong with the numbers
			err.println(StudyRun.problemLine(studyFile, problem));
		}
		if (run.hasErrors()) {
			if (!quiet && !toStandardOutput) {
				// what was read, beside the message of what is wrong with it
				out.print(ReportFormats.terminalImportText(run.reportInput()));
			}
			// a failed run leaves earlier results and reports as they are
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		if (outDir == null) {
			return toStandardOutput(run, formats, chosen.get(0));
		}
		List<String> written = new ArrayList<>();
		if (times != null) {
			times.start("Writing " + String.join(", ", chosen) + " and results.xmi");
		}
		try {
			for (Path path : StudyRun.write(run, outDir, formats, chosen, true)) {
				written.add(outDir.toAbsolutePath().normalize().relativize(path).toString());
			}
		} catch (ReportException e) {
			err.println(studyFile + ": error: " + e.getMessage());
			return ExitCode.STUDY_OR_DATA_ERRORS;
		} catch (ReportFolderException e) {
			err.println("factorstudio: " + e.getMessage());
			return ExitCode.STUDY_OR_DATA_ERRORS;
		} catch (IOException | RuntimeException e) {
			err.println(outDir + ": error: could not write the report: " + describe(e, outDir));
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		if (!quiet) {
			out.println("FactorStudio " + version() + " - study " + run.study().getName() + " (" + studyFile + ")");
			out.println();
			// the tables through the text format: the numbers the report prints, by the same rule
			out.print(ReportFormats.terminalText(run.reportInput()));
			out.println();
		}
		if (written.contains("report.html")) {
			out.println("Report: " + outDir.resolve("report.html"));
		}
		out.println("Written to " + outDir + ": " + summary(written));
		return ExitCode.OK;
	}

	/** The {@code --out} value that means standard output. */
	static final String STANDARD_OUTPUT = "-";

	private int oneFileOnly(String format, String writes) {
		return usage("--out - writes one file to standard output, and the " + format + " format writes " + writes
				+ ": give a folder with --out, or a format of one file");
	}

	/** {@code --out -}: the one format's one file on standard output, and nothing else there. */
	private int toStandardOutput(StudyRun.Analysed run, ReportFormats formats, String format) {
		List<ReportFile> files;
		try {
			files = formats.render(run.reportInput(), List.of(format));
		} catch (ReportException e) {
			err.println(run.studyFile() + ": error: " + e.getMessage());
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		if (files.size() != 1) {
			return oneFileOnly(format, files.size() + " files");
		}
		out.write(files.get(0).content(), 0, files.get(0).content().length);
		out.flush();
		// a PrintStream swallows write errors (a full disk, a closed pipe): ask, or a cut-off file would exit 0
		if (out.checkError()) {
			err.println(run.studyFile() + ": error: the " + format + " output could not be written completely to"
					+ " standard output (closed pipe or full disk)");
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		return ExitCode.OK;
	}

	/**
	 * The study's problems on standard error: errors and warnings each on a line, except the indicators in no
	 * index, which are one line (a questionnaire often has statements kept for other purposes; {@code validate}
	 * lists them block by block).
	 */
	private void printStudyIssues(LoadedStudy loaded) {
		List<String> unused = new ArrayList<>();
		String unusedFile = null;
		for (StudyIssue issue : loaded.issues()) {
			if (issue.severity() == StudyIssue.Severity.INFO) {
				continue;
			}
			if (StudyIssueCodes.UNUSED_INDICATOR.equals(issue.code())) {
				// one issue per indicators block: "Indicator 'q14' is ..." or "3 indicators of 'Side 2' are ...: q14, q20, q31"
				String message = issue.message();
				if (message.startsWith("Indicator '")) {
					unused.add(message.replaceFirst("^Indicator '([^']*)'.*$", "$1"));
				} else {
					unused.addAll(List.of(message.substring(message.lastIndexOf(": ") + 2).split(", ")));
				}
				unusedFile = issue.file();
			} else {
				err.println(issue.format());
			}
		}
		if (!unused.isEmpty()) {
			int shown = Math.min(8, unused.size());
			err.println(unusedFile + ": warning: " + unused.size() + (unused.size() == 1 ? " indicator is" : " indicators are")
					+ " used in no index variable: " + String.join(", ", unused.subList(0, shown))
					+ (unused.size() > shown ? ", ..." : "") + " (validate lists each)");
		}
	}

	/** The format ids of a --format list, in order, without repeats; "all" is every installed format. */
	static List<String> formats(String list, ReportFormats formats) {
		if (list == null) {
			return DEFAULT_FORMATS.stream().filter(id -> formats.find(id).isPresent()).toList();
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (String part : list.split(",")) {
			String id = part.strip().toLowerCase(Locale.ROOT);
			if (id.isEmpty()) {
				continue;
			}
			if (id.equals("all")) {
				chosen.addAll(formats.ids());
			} else if (formats.find(id).isPresent()) {
				chosen.add(id);
			} else {
				throw new IllegalArgumentException(
						"unknown report format '" + part.strip() + "' (known: " + String.join(", ", formats.ids()) + ", all)");
			}
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("--format needs at least one of " + String.join(", ", formats.ids()));
		}
		return List.copyOf(chosen);
	}

	/** "report.html, results.json, csv/ (9 files), results.xmi". */
	private static String summary(List<String> written) {
		Map<String, Integer> folders = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>();
		for (String file : written) {
			int slash = file.indexOf('/');
			if (slash < 0) {
				parts.add(file);
			} else {
				String folder = file.substring(0, slash + 1);
				if (!folders.containsKey(folder)) {
					parts.add(folder);
				}
				folders.merge(folder, 1, Integer::sum);
			}
		}
		return parts.stream().map(p -> folders.containsKey(p) ? p + " (" + folders.get(p) + " files)" : p)
				.collect(Collectors.joining(", "));
	}

	/**
	 * What went wrong, without the exception class names Java puts into messages; the file is named only
	 * when it is not the report folder itself (which the message already names).
	 */
	static String describe(Exception e, Path outDir) {
		if (!(e instanceof FileSystemException fileSystem)) {
			return e.getMessage() == null ? e.toString() : e.getMessage();
		}
		String reason;
		if (e instanceof AccessDeniedException) {
			reason = "permission denied";
		} else if (e instanceof NotDirectoryException) {
			reason = "not a folder";
		} else if (e instanceof FileAlreadyExistsException) {
			reason = "a file is in the way";
		} else if (e instanceof NoSuchFileException) {
			reason = "no such folder";
		} else {
			reason = fileSystem.getReason() == null ? "failed" : fileSystem.getReason();
		}
		String file = fileSystem.getFile();
		boolean same = file != null
				&& Path.of(file).toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize());
		return file == null || same ? reason : file + ": " + reason;
	}

	private int usage(String problem) {
		err.println("factorstudio: " + problem);
		err.print(USAGE);
		return ExitCode.USAGE;
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Cli.class);
		return bundle == null ? "(development)" : bundle.getVersion().toString();
	}
}
