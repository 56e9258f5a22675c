package org.factorstudio.dsl;

import java.nio.file.Path;
import java.util.List;

import org.factorstudio.model.study.Study;

/**
 * A study as loaded from its file: the model (null when the file could not be read at all) and every
 * problem found while parsing, linking and validating it.
 */
public record LoadedStudy(Path file, Study study, List<StudyIssue> issues) {

	public LoadedStudy {
		issues = List.copyOf(issues);
	}

	public boolean hasErrors() {
		return study == null || issues.stream().anyMatch(i -> i.severity() == StudyIssue.Severity.ERROR);
	}

	public List<StudyIssue> errors() {
		return issues.stream().filter(i -> i.severity() == StudyIssue.Severity.ERROR).toList();
	}
}
