package org.factorstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
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
			  analyze STUDY [--out DIR] [--format html,md,tex,csv,json] [--quiet]
			                      load and validate the study, import its data, run the analysis
			  validate STUDY      print the study's and the data's problems as file:line:column: severity: message
			  ide                 open the FactorStudio IDE (started by the ./factorstudio script)
			  --version           print the version
			  --help              print this help

			Exit codes: 0 ok, 1 errors in the study or its data, 2 wrong command line.
			""";

	private final PrintStream out;
	private final PrintStream err;

	public Cli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	static Cli standard() {
		return new Cli(System.out, System.err);
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
		LoadedStudy loaded = StudyLoader.create().load(Path.of(args.get(0)));
		for (StudyIssue issue : loaded.errors()) {
			err.println(issue.format());
		}
		if (loaded.hasErrors()) {
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
		out.println("Study " + loaded.study().getName() + ": " + loaded.study().getIndexVariables().size()
				+ " index variables, no errors");
		return ExitCode.OK;
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
