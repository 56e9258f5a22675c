package org.factorstudio.dsl.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.dsl.ui.internal.checks.StudySeverities;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Study;

/**
 * Fixes of the unused-indicator warning (one per indicators block, naming its unused indicators):
 * <ul>
 * <li>comment the unused indicators out ({@code // } before each of their lines), one undoable edit; offered
 * only when each stands on lines of its own, so no other declaration is commented out with it;</li>
 * <li>ignore the check: its severity set to "ignore" on the Study Checks preference page (undone there).</li>
 * </ul>
 */
final class UnusedIndicatorFixes {

	private UnusedIndicatorFixes() {
	}

	/** {@code names}: the marker's issue data, the unused indicators' names, comma-separated. */
	static void add(String text, URI uri, String names, List<IMarkerResolution> fixes) {
		List<String> unused = names.isEmpty() ? List.of() : List.of(names.split(","));
		if (!unused.isEmpty()) {
			commentOut(text, uri, unused, fixes);
		}
		fixes.add(new IgnoreCheck());
	}

	private static void commentOut(String text, URI uri, List<String> unused, List<IMarkerResolution> fixes) {
		XtextResource resource = StudyLanguage.parse(text, uri);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study study)) {
			return;
		}
		List<int[]> lines = new ArrayList<>(); // per indicator: first line start, last line end
		for (Indicator indicator : StudyQueries.indicators(study)) {
			if (!unused.contains(indicator.getName())) {
				continue;
			}
			ICompositeNode node = NodeModelUtils.findActualNodeFor(indicator);
			if (node == null) {
				return;
			}
			int start = lineStart(text, node.getOffset());
			int end = lineEnd(text, node.getEndOffset());
			if (!text.substring(start, node.getOffset()).isBlank() || !isBlankOrComment(text.substring(node.getEndOffset(), end))) {
				return; // shares a line with another declaration: commenting the line out would break the block
			}
			lines.add(new int[] { start, end });
		}
		if (lines.size() != unused.size()) {
			return; // the text changed since the check
		}
		lines.sort(Comparator.comparingInt(range -> range[0]));
		int from = lines.get(0)[0];
		int to = lines.get(lines.size() - 1)[1];
		StringBuilder replacement = new StringBuilder();
		int position = from;
		for (int[] range : lines) {
			replacement.append(text, position, range[0]); // what lies between two unused indicators stays
			String[] rangeLines = text.substring(range[0], range[1]).split("\n", -1);
			for (int i = 0; i < rangeLines.length; i++) {
				replacement.append(i == 0 ? "" : "\n").append(commented(rangeLines[i]));
			}
			position = range[1];
		}
		String label = unused.size() == 1 ? "Comment out '" + unused.get(0) + "'"
				: "Comment out the " + unused.size() + " unused indicators";
		fixes.add(new TextChange(label, "Put // before the lines of " + String.join(", ", unused)
				+ ": the statements stay in the study as comments and are no longer checked", from, to - from,
				text.substring(from, to), replacement.toString()));
	}

	/** {@code // } after the line's indentation. */
	static String commented(String line) {
		int indent = 0;
		while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
			indent++;
		}
		return line.substring(0, indent) + "// " + line.substring(indent);
	}

	private static boolean isBlankOrComment(String rest) {
		String trimmed = rest.strip();
		return trimmed.isEmpty() || trimmed.startsWith("//");
	}

	private static int lineStart(String text, int offset) {
		int newline = text.lastIndexOf('\n', offset - 1);
		return newline + 1;
	}

	private static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline;
	}

	/** Sets the check's severity to "ignore"; every study is then checked again without it. */
	static final class IgnoreCheck implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return "Ignore unused indicators in all studies";
		}

		@Override
		public String getDescription() {
			return "Sets 'Indicators used in no index variable' to Ignore (Window > Preferences > FactorStudio > "
					+ "Study Checks, where it can be set back). The command line still warns.";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			StudySeverities.set(StudyIssueCodes.UNUSED_INDICATOR, StudySeverities.IGNORE);
		}
	}
}
