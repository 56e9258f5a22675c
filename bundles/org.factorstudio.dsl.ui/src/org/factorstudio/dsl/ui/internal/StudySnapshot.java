package org.factorstudio.dsl.ui.internal;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.model.study.Study;

/**
 * The study text of one document version (its modification stamp), parsed. A snapshot from the
 * reconciler is also linked and validated and carries its problems and semantic highlights; one
 * parsed on demand carries neither ({@link #validated()} is false). Readers never modify the resource.
 */
public record StudySnapshot(long stamp, String text, XtextResource resource, List<Issue> issues,
		List<Highlight> highlights) {

	/** A semantically coloured range: a style of {@code StudyHighlighting} at an offset. */
	public record Highlight(int offset, int length, String style) {
	}

	public StudySnapshot {
		issues = issues == null ? null : List.copyOf(issues);
		highlights = highlights == null ? null : List.copyOf(highlights);
	}

	public boolean validated() {
		return issues != null;
	}

	/** The study, or null when the text is too broken to have one. */
	public Study study() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study) ? null
				: study;
	}

	public boolean hasSyntaxErrors() {
		return resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}
}
