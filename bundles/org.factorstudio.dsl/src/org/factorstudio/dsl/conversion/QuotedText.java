package org.factorstudio.dsl.conversion;

/**
 * A text in quotes as the lexer reads it: its closing quote may be missing, as the STRING terminal lets a text end
 * at the end of its line (so one forgotten quote costs one error, not the rest of the file).
 */
public final class QuotedText {

	private QuotedText() {
	}

	/**
	 * Whether the token text ends with the quote it begins with, and that quote is not escaped ({@code "a\"} is
	 * not closed, {@code "a\\"} is).
	 */
	public static boolean isClosed(String token) {
		if (token == null || token.length() < 2) {
			return false;
		}
		char quote = token.charAt(0);
		if (token.charAt(token.length() - 1) != quote) {
			return false;
		}
		int backslashes = 0;
		for (int i = token.length() - 2; i > 0 && token.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 0;
	}
}
