package org.factorstudio.dsl;

/**
 * A problem of a study file as a value: where it is (1-based line and column), how bad it is, its
 * issue code and a message for people.
 */
public record StudyIssue(Severity severity, String code, String message, String file, int line, int column,
		int offset, int length) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	/**
	 * The line as compilers print it: {@code file:line:column: severity: message}, or
	 * {@code file: severity: message} for a problem of the whole file.
	 */
	public String format() {
		String where = line > 0 ? file + ":" + line + ":" + column : file;
		return where + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
