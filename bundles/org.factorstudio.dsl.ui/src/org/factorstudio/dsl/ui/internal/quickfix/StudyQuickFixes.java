package org.factorstudio.dsl.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.dsl.validation.ClosestNames;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.StudyPackage;
import org.factorstudio.model.study.ValueLabel;

/**
 * Quick fixes of study problems, offered by Ctrl+1 in the study editor (the generic editor asks the
 * marker help registry) and by Quick Fix in the Problems view:
 * <ul>
 * <li>an unknown name: the declared names of that kind closest to it by edit distance;</li>
 * <li>a hypothesis without direction under a one-tailed analysis: "positive" or "negative";</li>
 * <li>a reversed indicator whose scale has no range: the range its value labels span;</li>
 * <li>indicators in no index variable: comment them out, or ignore the check ({@link UnusedIndicatorFixes}).</li>
 * </ul>
 * Each fix edits the study's document (the editor's, when the study is open: one undoable change that
 * leaves the editor dirty; else the file).
 */
public final class StudyQuickFixes implements IMarkerResolutionGenerator2 {

	/** At most this many names are proposed for an unknown one. */
	static final int MAX_NAMES = 3;

	private static final Pattern UNRESOLVED = Pattern.compile("reference to (\\w+) '([^']*)'");

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(StudyEditorIds.ISSUE_CODE, "");
		return Diagnostic.LINKING_DIAGNOSTIC.equals(code) || StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION.equals(code)
				|| StudyIssueCodes.REVERSED_WITHOUT_RANGE.equals(code) || StudyIssueCodes.UNUSED_INDICATOR.equals(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String code = marker.getAttribute(StudyEditorIds.ISSUE_CODE, "");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		if (start < 0 || end < start || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		try {
			List<IMarkerResolution> fixes = new ArrayList<>();
			StudyText.read(file, document -> {
				String text = document.get();
				if (end > text.length()) {
					return;
				}
				if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
					closestNames(marker.getAttribute(IMarker.MESSAGE, ""), text, file, start, end, fixes);
				} else if (StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION.equals(code)) {
					directions(text, end, fixes);
				} else if (StudyIssueCodes.REVERSED_WITHOUT_RANGE.equals(code)) {
					scaleRange(text, file, text.substring(start, end), fixes);
				} else if (StudyIssueCodes.UNUSED_INDICATOR.equals(code)) {
					UnusedIndicatorFixes.add(text, uri(file), marker.getAttribute(StudyEditorIds.ISSUE_DATA, ""), fixes);
				}
			});
			return fixes.toArray(IMarkerResolution[]::new);
		} catch (RuntimeException e) {
			org.eclipse.core.runtime.ILog.of(StudyQuickFixes.class).warn("No quick fixes for " + marker, e);
			return new IMarkerResolution[0];
		}
	}

	private static void closestNames(String message, String text, IFile file, int start, int end,
			List<IMarkerResolution> fixes) {
		Matcher matcher = UNRESOLVED.matcher(message);
		String written = text.substring(start, end);
		if (!matcher.find() || !matcher.group(2).equals(written)) {
			return;
		}
		XtextResource resource = StudyLanguage.parse(text, uri(file));
		for (String name : closest(written, declaredNames(resource, matcher.group(1)))) {
			fixes.add(new TextChange("Change to '" + name + "'", "Replace '" + written + "' by the declared name '" + name + "'",
					start, end - start, written, name));
		}
	}

	/** The names declared in a study for elements of a type (its EClass name, as in Xtext's message). */
	static List<String> declaredNames(XtextResource resource, String typeName) {
		TreeSet<String> names = new TreeSet<>();
		EStructuralFeature nameFeature = StudyPackage.Literals.NAMED_ELEMENT__NAME;
		resource.getAllContents().forEachRemaining(object -> {
			if (isA(object.eClass(), typeName) && object.eGet(nameFeature) instanceof String name && !name.isEmpty()) {
				names.add(name);
			}
		});
		return List.copyOf(names);
	}

	private static boolean isA(EClass eClass, String typeName) {
		return StudyPackage.Literals.NAMED_ELEMENT.isSuperTypeOf(eClass) && (eClass.getName().equals(typeName)
				|| eClass.getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(typeName)));
	}

	/**
	 * The candidates closest to {@code written} by edit distance (case-insensitive), nearest first, at
	 * most {@link #MAX_NAMES}, none further than half the name's length (at least 2) away.
	 */
	public static List<String> closest(String written, List<String> candidates) {
		int limit = Math.max(2, written.length() / 2);
		return candidates.stream().filter(candidate -> !candidate.equals(written))
				.map(candidate -> new Object[] { candidate,
						ClosestNames.distance(written.toLowerCase(), candidate.toLowerCase()) })
				.filter(pair -> (int) pair[1] <= limit)
				.sorted(Comparator.<Object[]>comparingInt(pair -> (int) pair[1]).thenComparing(pair -> (String) pair[0]))
				.limit(MAX_NAMES).map(pair -> (String) pair[0]).toList();
	}

	/** After the hypothesis's factor: replace "undirected", or add a direction. */
	private static void directions(String text, int factorEnd, List<IMarkerResolution> fixes) {
		int next = factorEnd;
		while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
			next++;
		}
		boolean undirected = text.startsWith("undirected", next)
				&& (next + 10 == text.length() || !Character.isLetterOrDigit(text.charAt(next + 10)));
		for (String direction : List.of("positive", "negative")) {
			String description = "Test the one-tailed hypothesis that the correlation is " + direction;
			if (undirected) {
				fixes.add(new TextChange("Make the hypothesis " + direction, description, next, 10, "undirected", direction));
			} else {
				fixes.add(new TextChange("Make the hypothesis " + direction, description, factorEnd, 0, "", " " + direction));
			}
		}
	}

	/** Adds to the reversed indicator's scale the range its value labels span. */
	private static void scaleRange(String text, IFile file, String indicatorName, List<IMarkerResolution> fixes) {
		XtextResource resource = StudyLanguage.parse(text, uri(file));
		Optional<Indicator> indicator = find(resource, Indicator.class, indicatorName);
		Optional<Scale> scale = indicator.flatMap(StudyQueries::effectiveScale);
		if (scale.isEmpty() || scale.get().getName() == null || scale.get().getMin() != null
				|| scale.get().getMax() != null) {
			return; // no scale, or a half-written range: nothing sensible to insert
		}
		List<Integer> values = scale.get().getLabels().stream().map(ValueLabel::getValue).sorted().toList();
		if (values.size() < 2) {
			return;
		}
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(scale.get(), StudyPackage.Literals.NAMED_ELEMENT__NAME);
		if (nameNodes.isEmpty()) {
			return;
		}
		INode nameNode = nameNodes.get(0);
		String range = " " + values.get(0) + ".." + values.get(values.size() - 1);
		fixes.add(new TextChange("Give scale " + scale.get().getName() + " the range" + range,
				"Declare the range its value labels span, so reversal (min + max - x) is defined", nameNode.getEndOffset(), 0,
				"", range));
	}

	private static <T extends EObject> Optional<T> find(XtextResource resource, Class<T> type, String name) {
		List<T> found = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> {
			if (type.isInstance(object) && name.equals(object.eGet(StudyPackage.Literals.NAMED_ELEMENT__NAME))) {
				found.add(type.cast(object));
			}
		});
		return found.stream().findFirst();
	}

	private static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}
}
