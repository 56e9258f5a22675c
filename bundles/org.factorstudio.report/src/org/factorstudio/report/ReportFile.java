package org.factorstudio.report;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One rendered file of a report: its path relative to the report folder ({@code /}-separated, no {@code ..})
 * and its bytes. Formats render into memory so that nothing is written before every format has succeeded.
 */
public record ReportFile(String path, byte[] content) {

	public ReportFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(content, "content");
		if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.equals("..") || path.startsWith("../")
				|| path.contains("/../") || path.endsWith("/..")) {
			throw new IllegalArgumentException("a report file path must stay inside the report folder: " + path);
		}
	}

	/** A text file, UTF-8 encoded. */
	public static ReportFile text(String path, CharSequence text) {
		return new ReportFile(path, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The content decoded as UTF-8 (for tests and previews). */
	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}
}
