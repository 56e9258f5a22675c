package org.factorstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.ResultsFiles;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
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
			  analyze STUDY [--out DIR] [--quiet]
			                      load and validate the study, import its data, run the analysis,
			                      print the tables; --out writes the results model (results.xmi) into DIR
			  validate STUDY      print the study's and the data's problems as file:line:column: severity: message
			  ide                 open the FactorStudio IDE (started by the ./factorstudio script)
			  --version           print the version
			  --help              print this help

			Exit codes: 0 ok, 1 errors in the study or its data, 2 wrong command line.
			""";

	private final PrintStream out;
	private final PrintStream err;
	private final boolean showProgress;

	public Cli(PrintStream out, PrintStream err) {
		this(out, err, false);
	}

	private Cli(PrintStream out, PrintStream err, boolean showProgress) {
		this.out = out;
		this.err = err;
		this.showProgress = showProgress;
	}

	/** On the process's streams; progress lines only when a person watches a terminal. */
	static Cli standard() {
		return new Cli(System.out, System.err, System.console() != null);
	}

	public int run(String[] args) {
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
		case "validate" -> validate(rest);
		case "analyze" -> analyze(rest);
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
		Path outDir = null;
		for (int i = 1; i < args.size(); i++) {
			switch (args.get(i)) {
			case "--quiet", "-q" -> quiet = true;
			case "--out" -> {
				if (i + 1 >= args.size()) {
					return usage("--out needs a folder");
				}
				outDir = Path.of(args.get(++i));
			}
			default -> {
				return usage("unknown option '" + args.get(i) + "' for analyze");
			}
			}
		}
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		for (StudyIssue issue : loaded.errors()) {
			err.println(issue.format());
		}
		if (loaded.hasErrors()) {
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		Progress progress = new Progress(err, showProgress);
		StudyResults results;
		try {
			results = AnalysisEngine.fromPlatform().run(loaded.study(), studyFile, progress);
		} finally {
			progress.clear();
		}
		TablePrinter tables = new TablePrinter(out);
		if (!quiet) {
			out.println("FactorStudio " + version() + " - study " + loaded.study().getName() + " (" + studyFile + ")");
			out.println();
		}
		tables.importSummary(results.getImportReport());
		boolean errors = false;
		for (Problem problem : results.getProblems()) {
			boolean error = problem.getSeverity() == Severity.ERROR;
			errors |= error;
			if (error || !quiet) {
				(error ? err : out).println(problemLine(studyFile, problem));
			}
		}
		if (errors) {
			// a failed run leaves earlier results files as they are
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		if (outDir != null) {
			Path xmi = outDir.resolve("results.xmi");
			try {
				ResultsFiles.saveXmi(results, xmi);
				out.println("Results written to " + xmi);
			} catch (IOException | RuntimeException e) {
				err.println(xmi + ": error: could not write the results: " + e.getMessage());
				return ExitCode.STUDY_OR_DATA_ERRORS;
			}
		}
		if (!quiet) {
			out.println();
			tables.descriptives(results);
			tables.reliability(results);
			tables.dependentCorrelations(results);
			tables.partialCorrelations(results);
			tables.hypotheses(results);
			tables.methods(results);
		}
		return ExitCode.OK;
	}

	private static String problemLine(Path studyFile, Problem problem) {
		String file = problem.getFile() != null ? problem.getFile() : studyFile.toString();
		String where = problem.getLine() > 0 ? file + ":" + problem.getLine() : file;
		return where + ": " + problem.getSeverity().getLiteral() + ": " + problem.getMessage();
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
