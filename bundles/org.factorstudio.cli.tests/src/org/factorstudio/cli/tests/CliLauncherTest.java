package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factorstudio.cli.ExitCode;
import org.factorstudio.cli.internal.launch.CliLauncher;
import org.junit.jupiter.api.Test;

/** The exit code the product's launcher hands to the shell, from what the framework reported. */
class CliLauncherTest {

	@Test
	void theApplicationsCodeIsTheExitCode() {
		assertEquals(ExitCode.OK, CliLauncher.exitCode("0"));
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, CliLauncher.exitCode(String.valueOf(ExitCode.STUDY_OR_DATA_ERRORS)));
		assertEquals(ExitCode.USAGE, CliLauncher.exitCode(" 2 "));
	}

	@Test
	void theApplicationsReturnedCodeWinsOverWhatTheFrameworkReported() {
		// without the framework's shutdown its report may not be there yet: the returned code must reach the shell
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, CliLauncher.exitCode(ExitCode.STUDY_OR_DATA_ERRORS, null));
		assertEquals(ExitCode.USAGE, CliLauncher.exitCode(ExitCode.USAGE, "0"));
		// no application ran (the framework could not start it): its report decides
		assertEquals(13, CliLauncher.exitCode(null, "13"));
		assertEquals(ExitCode.OK, CliLauncher.exitCode(null, null));
	}

	@Test
	void nothingReportedIsSuccessAndGarbageIsAFailure() {
		assertEquals(ExitCode.OK, CliLauncher.exitCode(null));
		assertEquals(ExitCode.OK, CliLauncher.exitCode(""));
		// a failure, but not 13 ("could not start the application"), after which the script discards its OSGi state
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, CliLauncher.exitCode("not a number"));
	}
}
