package org.factorstudio.report.internal;

/**
 * Widths of texts set in 10 pt Latin Modern (T1), estimated per character and rounded up, so that a table
 * laid out from them is not wider than planned: narrow letters 2.8 pt, digits 5 pt, most lower-case letters
 * 5.3 pt, capitals 7.5 pt, m and w wider (the font's metrics, Knuth's cmr10 tables, rounded up by about 5%).
 */
final class TextWidth {

	private TextWidth() {
	}

	/** The width of a text on one line, in pt at 10 pt. */
	static double of(String text) {
		if (text == null) {
			return 0;
		}
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += of(text.charAt(i));
		}
		return width * 1.05;
	}

	/** The widest word: words end at spaces, and after underscores, slashes and hyphens (where a wrapped cell may break). */
	static double longestWord(String text) {
		if (text == null) {
			return 0;
		}
		double longest = 0;
		double word = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				word = 0;
				continue;
			}
			word += of(c);
			longest = Math.max(longest, word);
			if (c == '_' || c == '/' || c == '-') {
				word = 0;
			}
		}
		return longest * 1.05;
	}

	private static double of(char c) {
		if (c >= '0' && c <= '9') {
			return 5.0;
		}
		switch (c) {
		case ' ':
			return 3.4;
		case 'i', 'l', 'j', '.', ',', ':', ';', '\'', '|', '!':
			return 2.8;
		case 'f', 't', 'r', 'I', '(', ')', '[', ']', '-':
			return 3.9;
		case 'm':
			return 8.4;
		case 'w':
			return 7.3;
		case 'M', 'W', 'Æ', 'Œ', '%', '—':
			return 10.3;
		case '<', '>', '=', '+', '−', '–':
			return 7.8;
		case '_':
			return 5.5;
		case '*':
			return 5.0;
		default:
			break;
		}
		if (Character.isUpperCase(c)) {
			return 7.6;
		}
		if (Character.isLetter(c)) {
			return 5.4;
		}
		return 6.0;
	}
}
