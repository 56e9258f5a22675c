package org.factorstudio.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code ./factorstudio analyze|validate|--version}. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		try {
			quietLibraryLogging();
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			return Cli.standard().run(args == null ? new String[0] : args);
		} catch (Throwable e) {
			// Equinox would log it into a file the user never sees and exit 0; Cli.run handles its own run
			System.err.println("factorstudio: internal error: " + e + " (nothing was written; please report it)");
			return ExitCode.STUDY_OR_DATA_ERRORS;
		}
	}

	/**
	 * Xtext logs through log4j 1.2; without a configuration log4j prints set-up warnings into the
	 * user's terminal. Only errors of the libraries are shown, on stderr.
	 */
	private static void quietLibraryLogging() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%p %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
			root.setLevel(Level.ERROR);
		}
	}

	@Override
	public void stop() {
		// The run is synchronous and ends by itself.
	}
}
