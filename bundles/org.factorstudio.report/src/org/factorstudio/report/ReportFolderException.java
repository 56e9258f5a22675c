package org.factorstudio.report;

import java.io.IOException;

/**
 * A report folder that the writer refuses to replace: it holds files FactorStudio did not write, or one of the
 * run's input files. Nothing has been written when this is thrown; the message says what to do.
 */
public final class ReportFolderException extends IOException {

	private static final long serialVersionUID = 1L;

	public ReportFolderException(String message) {
		super(message);
	}
}
