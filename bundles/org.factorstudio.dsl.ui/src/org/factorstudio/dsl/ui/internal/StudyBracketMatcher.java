package org.factorstudio.dsl.ui.internal;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.factorstudio.dsl.ui.internal.highlighting.StudyPartitions;

/** Bracket matching for the blocks and parameter lists of a study: {@code {}} and {@code ()}, outside strings and comments. */
public class StudyBracketMatcher extends DefaultCharacterPairMatcher {

	public StudyBracketMatcher() {
		super(new char[] { '{', '}', '(', ')' }, StudyPartitions.PARTITIONING, true);
	}
}
