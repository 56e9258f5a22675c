package org.factorstudio.report;

import java.util.ArrayList;
import java.util.List;

/** Plain-text layout shared by the text outputs (the terminal's tables, the LaTeX source). */
public final class Paragraphs {

	private Paragraphs() {
	}

	/** Breaks {@code text} at spaces into lines of at most {@code width} characters (a longer word stays whole). */
	public static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() + word.length() + 1 > width && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}
}
