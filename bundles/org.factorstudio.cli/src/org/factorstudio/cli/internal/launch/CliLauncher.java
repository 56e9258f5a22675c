package org.factorstudio.cli.internal.launch;

import org.eclipse.core.runtime.adaptor.EclipseStarter;

/**
 * The {@code main} of the command-line product: starts the OSGi framework, which runs the CLI
 * application named in the product's {@code config.ini}, and exits with the application's code.
 * <p>
 * It stands in for Equinox's generic launcher ({@code org.eclipse.equinox.launcher.Main}). That one
 * searches the install for the framework, loads it through a class loader of its own and calls it
 * by reflection; the {@code ./factorstudio} script already knows where everything is and puts the
 * framework on the class path. Classes on the class path are found by name in the class-data
 * archive, while a custom loader's have to be read from the jar and checksummed first, so the run
 * reaches the CLI about 0.14 s sooner (docs/benchmarks.md, start-up). The framework's
 * {@code org.eclipse.core.runtime.adaptor} package is meant for launchers like this one (Equinox exports it to
 * {@code org.eclipse.core.runtime} alone, hence the compiler's discouraged-access warning).
 * <p>
 * This class runs outside OSGi, on the application class path beside {@code org.eclipse.osgi}. It must
 * not use anything else of this bundle; the bundle's other classes are loaded by the framework.
 * The script passes {@code -Dosgi.install.area}, {@code -configuration DIR} and {@code -data @none}.
 */
public final class CliLauncher {

	/** The system property through which the framework reports the application's exit code. */
	private static final String EXIT_CODE = "eclipse.exitcode";

	/** Equinox's code for "the framework could not start the application" (see its log). */
	private static final int APPLICATION_NOT_STARTED = 13;

	/** A failed run whose application said nothing the shell can read (see the runtime's log). */
	private static final int FAILED = 1;

	private CliLauncher() {
	}

	public static void main(String[] args) {
		int code;
		try {
			Object result = EclipseStarter.run(args, null);
			code = exitCode(result, System.getProperty(EXIT_CODE));
		} catch (Exception | LinkageError e) {
			// a framework that cannot start at all (a damaged product: a jar missing or replaced)
			System.err.println("factorstudio: the OSGi runtime failed to start: " + e);
			code = APPLICATION_NOT_STARTED;
		}
		// The framework leaves non-daemon threads behind; the launcher it replaces ended them this way too.
		System.exit(code);
	}

	/**
	 * The code of a run: the application's own when it returned one (it always does, {@code CliApplication}); else
	 * what the framework reported, as {@link #exitCode(String)} reads it (no application ran: 13). The returned value
	 * comes first because the framework sets its report from it on the application's thread: in runs the script
	 * spares the framework's shutdown ({@code -Dosgi.noShutdown=true}, docs/benchmarks.md) this thread read the
	 * report before it was set (a run whose application returned 1 exited 0 in a trial).
	 */
	public static int exitCode(Object result, String reported) {
		return result instanceof Integer code ? code : exitCode(reported);
	}

	/**
	 * The application's code as the framework reported it: nothing reported means success, anything but a number a
	 * failure (not 13, which makes the script discard the recorded OSGi state).
	 */
	public static int exitCode(String reported) {
		if (reported == null || reported.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(reported.trim());
		} catch (NumberFormatException e) {
			return FAILED;
		}
	}
}
