package org.factorstudio.analysis.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data of {@code data/groups/} in this test bundle, written by its {@code make-references.R}
 * (R 4.2.2, lavaan 0.6-14 for the data set only; versions in {@code versions.csv}, per value in the
 * {@code source} column of {@code references.csv}).
 */
final class GroupsData {

	private static Map<String, Double> references;

	private GroupsData() {
	}

	static Path folder() {
		Path candidate = Path.of("").toAbsolutePath();
		while (candidate != null) {
			Path here = candidate.resolve("data/groups");
			if (Files.isDirectory(here)) {
				return here;
			}
			Path inRepo = candidate.resolve("bundles/org.factorstudio.analysis.tests/data/groups");
			if (Files.isDirectory(inRepo)) {
				return inRepo;
			}
			candidate = candidate.getParent();
		}
		throw new IllegalStateException("data/groups not found above " + Path.of("").toAbsolutePath());
	}

	static synchronized Optional<Double> find(String dataset, String quantity, String row, String column) {
		if (references == null) {
			Map<String, Double> values = new HashMap<>();
			for (Map<String, String> r : ReferenceData.csv(folder().resolve("references.csv"), ',')) {
				values.put(key(r.get("dataset"), r.get("quantity"), r.get("row"), r.get("column")),
						ReferenceData.num(r.get("value")));
			}
			references = values;
		}
		return Optional.ofNullable(references.get(key(dataset, quantity, row, column)));
	}

	static double ref(String dataset, String quantity, String row, String column) {
		return find(dataset, quantity, row, column).orElseThrow(
				() -> new IllegalArgumentException("no reference " + key(dataset, quantity, row, column)));
	}

	private static String key(String dataset, String quantity, String row, String column) {
		return dataset + "|" + quantity + "|" + row + "|" + column;
	}

	/** A data file of the folder as columns by name; empty cells are NaN, text cells are kept as text. */
	static Map<String, String[]> table(String file) {
		List<Map<String, String>> rows = ReferenceData.csv(folder().resolve(file), ',');
		Map<String, String[]> columns = new HashMap<>();
		for (String name : ReferenceData.header(folder().resolve(file), ',')) {
			String[] values = new String[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				values[i] = rows.get(i).get(name);
			}
			columns.put(name, values);
		}
		return columns;
	}

	static double[] numbers(String[] cells) {
		double[] out = new double[cells.length];
		for (int i = 0; i < cells.length; i++) {
			out[i] = ReferenceData.num(cells[i]);
		}
		return out;
	}

	/** The values of y per group of g (groups in sorted order, rows with a missing group left out). */
	static List<double[]> split(double[] y, String[] g) {
		java.util.TreeMap<Object, List<Double>> groups = new java.util.TreeMap<>((a, b) -> {
			if (a instanceof Double x && b instanceof Double z) {
				return Double.compare(x, z);
			}
			return a.toString().compareTo(b.toString());
		});
		boolean numeric = true;
		for (String cell : g) {
			if (cell != null && !cell.isEmpty()) {
				try {
					Double.parseDouble(cell);
				} catch (NumberFormatException e) {
					numeric = false;
				}
			}
		}
		for (int i = 0; i < y.length; i++) {
			if (g[i] == null || g[i].isEmpty()) {
				continue;
			}
			Object key = numeric ? (Object) Double.valueOf(g[i]) : g[i];
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(y[i]);
		}
		List<double[]> out = new ArrayList<>();
		for (List<Double> values : groups.values()) {
			out.add(values.stream().mapToDouble(Double::doubleValue).toArray());
		}
		return out;
	}
}
