package org.factorstudio.dsl.ui.internal.highlighting;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.factorstudio.dsl.ide.highlighting.StudyHighlighting;

/**
 * The editor's colours: syntax (keywords, strings, comments, numbers) as in the Eclipse Java editor,
 * and one colour per kind of study element for the semantic styles of {@link StudyHighlighting}.
 */
public final class StudyColors {

	public static final TextAttribute KEYWORD = attribute(127, 0, 85, SWT.BOLD);
	public static final TextAttribute STRING = attribute(42, 0, 255, SWT.NORMAL);
	public static final TextAttribute COMMENT = attribute(63, 127, 95, SWT.NORMAL);
	public static final TextAttribute NUMBER = attribute(100, 100, 100, SWT.NORMAL);

	private static final Map<String, TextAttribute> SEMANTIC = Map.of(
			StudyHighlighting.INDICATOR, attribute(0, 80, 160, SWT.NORMAL),
			StudyHighlighting.INDEX, attribute(150, 75, 0, SWT.BOLD),
			StudyHighlighting.FACTOR, attribute(0, 125, 110, SWT.BOLD),
			StudyHighlighting.SCALE, attribute(110, 60, 150, SWT.ITALIC),
			StudyHighlighting.REVERSED, attribute(190, 30, 30, SWT.BOLD | SWT.ITALIC));

	private StudyColors() {
	}

	/** The attribute of a semantic style, or null for a style the editor does not colour. */
	public static TextAttribute semantic(String style) {
		return SEMANTIC.get(style);
	}

	private static TextAttribute attribute(int red, int green, int blue, int style) {
		return new TextAttribute(new Color(red, green, blue), null, style);
	}
}
