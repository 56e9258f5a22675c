package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factorstudio.cli.ExitCode;
import org.factorstudio.cli.launch.CliLauncher;
import org.junit.jupiter.api.Test;

/** The exit code the product's launcher hands to the shell, from what the framework reported. */
class CliLauncherTest {

	@Test
	void theApplicationsCodeIsTheProcesssCode() {
		assertEquals(ExitCode.OK, CliLauncher.exitCode("0"));
		assertEquals(ExitCode.STUDY_OR_DATA_ERRORS, CliLauncher.exitCode(String.valueOf(ExitCode.STUDY_OR_DATA_ERRORS)));
		assertEquals(ExitCode.USAGE, CliLauncher.exitCode(" 2 "));
	}

	@Test
	void nothingReportedIsSuccessAndGarbageIsAFailedStart() {
		assertEquals(0, CliLauncher.exitCode(null));
		assertEquals(0, CliLauncher.exitCode(""));
		assertEquals(13, CliLauncher.exitCode("not a number"));
	}
}
