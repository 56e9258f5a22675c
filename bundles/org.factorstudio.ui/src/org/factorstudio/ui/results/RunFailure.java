package org.factorstudio.ui.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run that gave no results: the study had errors, or its data could not be imported or analysed.
 *
 * @param studyFile the study file, absolute and normalised
 * @param messages  one line per error, each naming file, line or row, and what was expected
 * @param at        when the run ended
 */
public record RunFailure(Path studyFile, List<String> messages, Instant at) {

	public RunFailure {
		Objects.requireNonNull(studyFile, "studyFile");
		Objects.requireNonNull(at, "at");
		studyFile = studyFile.toAbsolutePath().normalize();
		messages = List.copyOf(messages);
	}

	/** The first message, for a status line. */
	public String summary() {
		return messages.isEmpty() ? studyFile.getFileName() + ": the analysis failed" : messages.get(0);
	}
}
