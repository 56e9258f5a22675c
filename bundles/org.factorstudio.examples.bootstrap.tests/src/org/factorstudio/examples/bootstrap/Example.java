package org.factorstudio.examples.bootstrap;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository's example and reference files, for the tests. */
final class Example {

	private Example() {
	}

	/** The repository root: the build passes it as {@code factorstudio.repo}; from an IDE, a parent of here. */
	static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		assertNotNull(candidate, "repository with examples/ not found from " + root);
		return candidate;
	}

	static Path folder() {
		return repository().resolve("examples/municipal-automation");
	}

	static Path referenceFolder() {
		return repository().resolve("bundles/org.factorstudio.examples.bootstrap.tests/reference");
	}

	/** Rows of a CSV as R's write.csv writes them (quoted text, no embedded commas), by header name. */
	static List<Map<String, String>> csv(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		String[] header = split(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = split(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], i < cells.length ? cells[i] : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** A column of numbers, empty and NA cells as NaN. */
	static double[] column(List<Map<String, String>> rows, String name) {
		return rows.stream().map(r -> r.get(name)).mapToDouble(
				v -> v == null || v.isEmpty() || v.equals("NA") ? Double.NaN : Double.parseDouble(v)).toArray();
	}

	private static String[] split(String line) {
		String[] cells = line.split(",", -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].replaceAll("^\"|\"$", "");
		}
		return cells;
	}
}
