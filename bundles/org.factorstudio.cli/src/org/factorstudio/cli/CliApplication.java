package org.factorstudio.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code ./factorstudio analyze|validate|--version}. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return Cli.standard().run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// The run is synchronous and ends by itself.
	}
}
