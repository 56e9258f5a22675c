package org.factorstudio.ui.internal.widgets;

import java.util.List;

import org.factorstudio.model.results.Provenance;

/** Provenance in one line for a details pane: items, rule, n and the rows left out. */
public final class ProvenanceText {

	/** How many excluded row numbers to list before summarising. */
	static final int LISTED_ROWS = 20;

	private ProvenanceText() {
	}

	public static String of(Provenance provenance) {
		if (provenance == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		if (!provenance.getItems().isEmpty()) {
			text.append("Items: ").append(String.join(", ", provenance.getItems()));
		}
		append(text, provenance.getRule() == null ? null : "Rule: " + provenance.getRule());
		append(text, "n = " + provenance.getN());
		List<String> excluded = provenance.getExcludedRows();
		if (!excluded.isEmpty()) {
			String listed = String.join(", ", excluded.subList(0, Math.min(LISTED_ROWS, excluded.size())));
			append(text, "Excluded rows (" + excluded.size() + "): " + listed
					+ (excluded.size() > LISTED_ROWS ? ", ..." : ""));
		} else {
			append(text, "No rows excluded");
		}
		append(text, provenance.getNote());
		return text.toString();
	}

	private static void append(StringBuilder text, String part) {
		if (part == null || part.isBlank()) {
			return;
		}
		if (text.length() > 0) {
			text.append(" | ");
		}
		text.append(part);
	}
}
