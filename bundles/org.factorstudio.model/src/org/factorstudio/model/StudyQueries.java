package org.factorstudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.factorstudio.model.study.IndexMember;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.IndicatorGroup;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;

/**
 * Derived facts of a study that the DSL, the importer and the engine all need, so that each of them
 * reads the declaration the same way: an indicator's effective scale and column, and the expanded
 * membership of an index variable (ranges resolved, reversal carried to every member).
 */
public final class StudyQueries {

	private StudyQueries() {
	}

	/** The indicator's own scale, or else the scale of its group; empty when neither is declared. */
	public static Optional<Scale> effectiveScale(Indicator indicator) {
		if (indicator.getScale() != null) {
			return Optional.of(indicator.getScale());
		}
		if (indicator.eContainer() instanceof IndicatorGroup group) {
			return Optional.ofNullable(group.getScale());
		}
		return Optional.empty();
	}

	/** The data column of an indicator: the declared column, or else its name. */
	public static String column(Indicator indicator) {
		String column = indicator.getColumn();
		return column == null || column.isEmpty() ? indicator.getName() : column;
	}

	/** Every indicator of the study in declaration order. */
	public static List<Indicator> indicators(Study study) {
		List<Indicator> all = new ArrayList<>();
		for (IndicatorGroup group : study.getIndicatorGroups()) {
			all.addAll(group.getIndicators());
		}
		return all;
	}

	/** One member of an expanded index: the indicator and whether it is reverse-coded. */
	public record Member(Indicator indicator, boolean reversed) {
	}

	/**
	 * The members of an index variable with ranges expanded in declaration order. A range whose end
	 * comes before its start, or whose ends are unresolved, contributes only what is resolved; the
	 * validator reports such ranges.
	 */
	public static List<Member> members(IndexVariable index) {
		List<Member> members = new ArrayList<>();
		for (IndexMember member : index.getMembers()) {
			members.addAll(expand(member));
		}
		return members;
	}

	/** One member declaration expanded: a single indicator, or every indicator of its range. */
	public static List<Member> expand(IndexMember member) {
		Indicator first = member.getIndicator();
		if (first == null || first.eIsProxy()) {
			return List.of();
		}
		Indicator last = member.getRangeEnd();
		if (last == null || last.eIsProxy()) {
			return List.of(new Member(first, member.isReversed()));
		}
		List<Indicator> order = studyOf(member).map(StudyQueries::indicators).orElse(Collections.emptyList());
		int from = order.indexOf(first);
		int to = order.indexOf(last);
		if (from < 0 || to < from) {
			return List.of(new Member(first, member.isReversed()));
		}
		List<Member> range = new ArrayList<>(to - from + 1);
		for (Indicator indicator : order.subList(from, to + 1)) {
			range.add(new Member(indicator, member.isReversed()));
		}
		return range;
	}

	private static Optional<Study> studyOf(org.eclipse.emf.ecore.EObject element) {
		org.eclipse.emf.ecore.EObject current = element;
		while (current != null && !(current instanceof Study)) {
			current = current.eContainer();
		}
		return Optional.ofNullable((Study) current);
	}

	/** The declared minimum number of valid members, or the member count when none is declared. */
	public static int minValid(IndexVariable index) {
		Integer declared = index.getMinValid();
		return declared == null ? members(index).size() : declared;
	}
}
