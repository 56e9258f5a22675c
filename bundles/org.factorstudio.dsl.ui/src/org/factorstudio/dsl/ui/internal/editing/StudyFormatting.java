package org.factorstudio.dsl.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.util.TextRegion;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.dsl.ui.internal.StudySnapshot;

import com.google.inject.Injector;

/**
 * Formats a study with the language's formatter ({@code StudyFormatter}, Xtext formatting2) and turns
 * the result into one edit covering only the changed span, so undo restores it in one step and text
 * outside the span (markers, the caret) is untouched.
 */
public final class StudyFormatting {

	private StudyFormatting() {
	}

	/**
	 * The edit that formats {@code snapshot} (only the lines of {@code offset..offset+length} when
	 * length is positive), or null when nothing changes. The snapshot must parse without syntax errors.
	 */
	public static ReplaceEdit format(StudySnapshot snapshot, int offset, int length) {
		Injector injector = StudyLanguage.injector();
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class)
				.forNodeModel(snapshot.resource()).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		request.setFormatUndefinedHiddenRegionsOnly(false);
		if (length > 0) {
			request.addRegion(new TextRegion(offset, length));
		}
		// The default handler only logs; a formatter problem must not look like "nothing to format".
		List<Exception> problems = new ArrayList<>();
		request.setExceptionHandler(problems::add);
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the formatter failed: " + problems.get(0).getMessage(), problems.get(0));
		}
		String formatted = regions.getRewriter().renderToString(replacements);
		return difference(snapshot.text(), formatted);
	}

	/** One replacement turning {@code before} into {@code after}, or null when they are equal. */
	static ReplaceEdit difference(String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		int prefix = 0;
		int limit = Math.min(before.length(), after.length());
		while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < limit - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		return new ReplaceEdit(prefix, before.length() - prefix - suffix,
				after.substring(prefix, after.length() - suffix));
	}
}
