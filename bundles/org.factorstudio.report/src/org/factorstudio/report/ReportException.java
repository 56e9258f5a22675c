package org.factorstudio.report;

/** A report that could not be rendered or written; the message names the format or the file. */
public class ReportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
