package org.factorstudio.cli;

/** The documented exit codes of the command line (README, {@code factorstudio --help}). */
public final class ExitCode {

	/** Everything ran; no errors in the study or the data. */
	public static final int OK = 0;
	/** The study or its data has errors; the messages say where. */
	public static final int STUDY_OR_DATA_ERRORS = 1;
	/** The command line itself was wrong. */
	public static final int USAGE = 2;

	private ExitCode() {
	}
}
