package org.factorstudio.cli;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The headless Equinox application behind {@code ./factorstudio analyze|validate|--version}. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		try {
			quietLibraryLogging();
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			int code = Cli.standard().run(args == null ? new String[0] : args);
			if (code == ExitCode.OK) {
				// only in the run that records the class-data archive: the script keeps no archive of a failed run
				Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
				ClassDataTraining.linkLoadedClasses(bundle == null ? null : bundle.getBundleContext());
			}
			return code;
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
