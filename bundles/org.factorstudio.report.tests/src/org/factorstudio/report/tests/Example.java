package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ReportInput;

/**
 * The bundled example run through the whole pipeline (study file, import, engine), the way the CLI runs it,
 * and its reference results: examples/municipal-automation/expected/ (the repository's copy of the shared
 * reference data, computed with R 4.2.2 and checked with SciPy 1.10.1), else the shared folder itself.
 */
final class Example {

	private static ReportInput example;

	private Example() {
	}

	static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		assertNotNull(candidate, "repository with examples/ not found from " + root);
		return candidate;
	}

	static Path file(String name) {
		return repository().resolve("examples/municipal-automation").resolve(name);
	}

	/** The example's results with its study, computed once per test run. */
	static synchronized ReportInput input() {
		if (example == null) {
			Path study = file("municipal-automation.study");
			LoadedStudy loaded = StudyLoader.create().load(study);
			assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
			StudyResults results = AnalysisEngine.builtIn().run(loaded.study(), study, new NullProgressMonitor());
			example = ReportInput.of(results, loaded.study());
		}
		return example;
	}

	static Path expected(String name) {
		Path copy = file("expected").resolve(name);
		if (Files.exists(copy)) {
			return copy;
		}
		return Path.of(System.getProperty("factorstudio.shared", "/work/shared"), "data/municipal-automation/expected", name);
	}

	/** Rows of a reference CSV: header row, comma, double-quoted texts, no separators inside quotes. */
	static List<Map<String, String>> reference(String name) {
		return csv(expected(name));
	}

	static List<Map<String, String>> csv(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> header = split(lines.get(0));
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isEmpty()) {
				continue;
			}
			List<String> cells = split(line);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** RFC 4180 fields of one line ("" inside quotes is a quote). */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
