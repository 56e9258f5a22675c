package org.factorstudio.report.internal;

/**
 * Escaping for each output format. Item texts, labels, file names and messages come from the study and the
 * data, which are user input: nothing of them may become markup, a formula or a command.
 */
public final class Escape {

	private Escape() {
	}

	/** Text content and attribute values of HTML/XML (also SVG); characters XML forbids are dropped. */
	public static String html(String text) {
		if (text == null) {
			return "";
		}
		// most texts (names, numbers) need nothing: returned as they are, without a copy (a report has thousands)
		int first = 0;
		while (first < text.length() && !changedInHtml(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/** Whether {@link #html(String)} replaces or drops the character. */
	private static boolean changedInHtml(char c) {
		return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
	}

	/**
	 * Text in LaTeX's text mode: the ten special characters get their text-mode commands, the Greek letters
	 * and dashes FactorStudio itself writes get their LaTeX forms, and line breaks become spaces.
	 */
	public static String latex(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\textbackslash{}");
			case '{' -> out.append("\\{");
			case '}' -> out.append("\\}");
			case '$' -> out.append("\\$");
			case '&' -> out.append("\\&");
			case '%' -> out.append("\\%");
			case '#' -> out.append("\\#");
			case '_' -> out.append("\\_");
			case '~' -> out.append("\\textasciitilde{}");
			case '^' -> out.append("\\textasciicircum{}");
			case '<' -> out.append("\\textless{}");
			case '>' -> out.append("\\textgreater{}");
			case '|' -> out.append("\\textbar{}");
			case 'ρ' -> out.append("$\\rho$");
			case 'τ' -> out.append("$\\tau$");
			case 'α' -> out.append("$\\alpha$");
			case '—' -> out.append("---");
			case '–' -> out.append("--");
			case '−' -> out.append("$-$");
			case '\n', '\r', '\t' -> out.append(' ');
			default -> {
				if (c < 0x20) {
					break;
				}
				String math = LATEX_MATH.get(c);
				if (math != null) {
					out.append('$').append(math).append('$');
				} else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					// outside the Basic Multilingual Plane (emoji, rare scripts): pdflatex has no glyph for it
					out.append('?');
					i++;
				} else if (c < 0x180 || c >= 0x218 && c <= 0x21B || LATEX_PUNCTUATION.indexOf(c) >= 0) {
					out.append(c);
				} else {
					// a character pdflatex's T1 fonts cannot set (CJK, symbols): a compile error otherwise
					out.append('?');
				}
			}
			}
		}
		return out.toString();
	}

	/** Punctuation beyond Latin-1 that LaTeX's utf8 input sets in T1/TS1. */
	private static final String LATEX_PUNCTUATION = "‘’‚“”„–—…•†‡‰€™";

	/** Greek letters and symbols pdflatex sets in math mode. */
	private static final java.util.Map<Character, String> LATEX_MATH = latexMath();

	private static java.util.Map<Character, String> latexMath() {
		java.util.Map<Character, String> math = new java.util.HashMap<>();
		String[] lower = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
				"xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega" };
		for (int i = 0; i < lower.length; i++) {
			math.put((char) ('α' + i), lower[i].equals("o") ? "o" : "\\" + lower[i]);
		}
		String[] upper = { "A", "B", "\\Gamma", "\\Delta", "E", "Z", "H", "\\Theta", "I", "K", "\\Lambda", "M", "N", "\\Xi", "O",
				"\\Pi", "P", null, "\\Sigma", "T", "\\Upsilon", "\\Phi", "X", "\\Psi", "\\Omega" };
		for (int i = 0; i < upper.length; i++) {
			if (upper[i] != null) {
				math.put((char) ('Α' + i), upper[i].startsWith("\\") ? upper[i] : "\\mathrm{" + upper[i] + "}");
			}
		}
		math.put('≤', "\\leq");
		math.put('≥', "\\geq");
		math.put('≠', "\\neq");
		math.put('≈', "\\approx");
		math.put('→', "\\rightarrow");
		math.put('←', "\\leftarrow");
		math.put('∞', "\\infty");
		math.put('√', "\\surd");
		math.put('∑', "\\sum");
		return java.util.Map.copyOf(math);
	}

	/**
	 * Text in a Markdown table cell: pipes and Markdown's emphasis, code and link characters are
	 * backslash-escaped, and HTML's characters become entities so no raw HTML reaches the renderer.
	 */
	public static String markdown(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '|', '\\', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '\n', '\r', '\t' -> out.append(' ');
			default -> {
				if (c >= 0x20) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/**
	 * A text cell of CSV (RFC 4180), always quoted. A text starting with {@code = + - @}, a tab or a
	 * carriage return is prefixed with an apostrophe, so spreadsheets show it instead of running it as a
	 * formula (OWASP CSV injection). Numbers are not text cells and are written as they are.
	 */
	public static String csvText(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String safe = text;
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			safe = "'" + text;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

	/** A JSON string literal, quotes included. */
	public static String json(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
