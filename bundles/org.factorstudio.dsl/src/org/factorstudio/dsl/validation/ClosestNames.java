package org.factorstudio.dsl.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The declared names closest to a misspelt one, for "did you mean" messages: Levenshtein distance of the
 * lower-cased names (insertions, deletions and substitutions cost 1), a name counting as close when at most a
 * third of the longer name's characters (and at least 1) differ, or when one name (of 3 characters or more) contains the other.
 * The editor's quick fixes use the same distance.
 */
public final class ClosestNames {

	private ClosestNames() {
	}

	/** Up to {@code limit} close names, the closest first (ties in declaration order). */
	static List<String> of(String wrong, List<String> known, int limit) {
		String w = wrong.toLowerCase(Locale.ROOT);
		record Scored(String name, int distance, int order) {
		}
		List<Scored> scored = new java.util.ArrayList<>();
		for (int i = 0; i < known.size(); i++) {
			String k = known.get(i).toLowerCase(Locale.ROOT);
			int distance = distance(w, k);
			boolean close = distance <= Math.max(1, Math.max(w.length(), k.length()) / 3)
					|| (Math.min(w.length(), k.length()) >= 3 && (k.contains(w) || w.contains(k)));
			if (close) {
				scored.add(new Scored(known.get(i), distance, i));
			}
		}
		return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order))
				.limit(limit).map(Scored::name).toList();
	}

	/** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
