package org.factorstudio.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's bundled example (the build passes the repository root as a property). */
final class Examples {

	private Examples() {
	}

	static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		if (candidate == null) {
			throw new IllegalStateException("cannot find the repository's examples/ folder from " + root);
		}
		return candidate;
	}

	static Path municipalAutomation(String file) {
		return repository().resolve("examples/municipal-automation").resolve(file);
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
