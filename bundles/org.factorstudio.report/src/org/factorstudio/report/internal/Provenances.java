package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.model.results.Provenance;

/** Provenance as one line of text, for hover titles and notes. */
public final class Provenances {

	/** Rows listed by id in a hover text; more would make the tooltip unreadable (the JSON has all). */
	static final int LISTED_ROWS = 25;

	private Provenances() {
	}

	/**
	 * "what = exact value; n = 73; rule; items: a, b; 32 rows left out: 1001, 1002, ...; note".
	 *
	 * @param what  the quantity, e.g. "rho(Samarbeid, Automatisering)"
	 * @param value the exact value, or null
	 */
	public static String describe(String what, Number value, Provenance provenance, String... extras) {
		List<String> parts = new ArrayList<>();
		if (what != null) {
			parts.add(value == null ? what : what + " = " + Numbers.exact(value));
		}
		for (String extra : extras) {
			if (extra != null && !extra.isBlank()) {
				parts.add(extra);
			}
		}
		if (provenance != null) {
			parts.add("n = " + provenance.getN());
			if (provenance.getRule() != null && !provenance.getRule().isBlank()) {
				parts.add(provenance.getRule());
			}
			if (!provenance.getItems().isEmpty()) {
				parts.add("from: " + String.join(", ", provenance.getItems()));
			}
			List<String> excluded = provenance.getExcludedRows();
			if (!excluded.isEmpty()) {
				String listed = String.join(", ", excluded.subList(0, Math.min(LISTED_ROWS, excluded.size())));
				parts.add(excluded.size() + " rows left out: " + listed + (excluded.size() > LISTED_ROWS ? ", ..." : ""));
			}
			if (provenance.getNote() != null && !provenance.getNote().isBlank()) {
				parts.add(provenance.getNote());
			}
		}
		return String.join("; ", parts);
	}
}
