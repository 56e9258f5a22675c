package org.factorstudio.dsl.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;

/**
 * Benchmark (not a test): parse, link and validate a generated study of 2,000 indicators and 200
 * index variables. Run as a plain Java program; see docs/benchmarks.md for the command.
 */
public final class StudyLoadBenchmark {

	private StudyLoadBenchmark() {
	}

	/** A study of {@code indicators} items on one scale, {@code indices} indices of 10 members, one factor each. */
	static String generate(int indicators, int indices) {
		StringBuilder text = new StringBuilder("study Generated \"Benchmark study\"\n\nscale Likert5 1..5 {\n")
				.append("\t1 = \"helt uenig\"\n\t5 = \"helt enig\"\n\tmissing 9 = \"vet ikke\"\n}\n");
		for (int i = 0; i < indicators; i++) {
			if (i % 100 == 0) {
				text.append(i == 0 ? "" : "}\n").append("\nindicators \"Side ").append(i / 100 + 1)
						.append("\" scale Likert5 {\n");
			}
			text.append("\tq").append(i).append(" \"I vår kommune følger vi påstand nummer ").append(i).append("\"\n");
		}
		text.append("}\n\n");
		int perIndex = indicators / indices;
		for (int j = 0; j < indices; j++) {
			int first = j * perIndex;
			text.append("index I").append(j).append(" = q").append(first).append("..q").append(first + perIndex - 3)
					.append(", reversed q").append(first + perIndex - 2).append(", q").append(first + perIndex - 1)
					.append(" min ").append(perIndex / 2).append('\n');
		}
		text.append("\ndependent I0\n\narea A {\n");
		for (int j = 1; j < indices; j++) {
			text.append("\tfactor F").append(j).append(" measured by I").append(j).append(" sources literature\n");
		}
		text.append("}\n\n");
		for (int j = 1; j < indices; j++) {
			text.append("hypothesis H").append(j).append(": F").append(j).append(" positive\n");
		}
		text.append("\nanalysis {\n\ttails one\n\tpartial\n\treliability listwise for all\n}\n");
		return text.toString();
	}

	public static void main(String[] args) throws IOException {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		Path file = Files.createTempFile("benchmark", ".study");
		Files.writeString(file, generate(2000, 200), StandardCharsets.UTF_8);
		long firstStart = System.nanoTime();
		StudyLoader loader = StudyLoader.create();
		check(loader.load(file));
		System.out.printf("first load in a fresh JVM (includes Xtext/Guice start-up): %.1f ms%n",
				(System.nanoTime() - firstStart) / 1e6);
		for (int i = 0; i < 10; i++) {
			check(loader.load(file));
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			check(loader.load(file));
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("load+link+validate, 2000 indicators / 200 indices (%d bytes): median %.1f ms, min %.1f ms, max %.1f ms over %d rounds%n",
				Files.size(file), nanos[rounds / 2] / 1e6, nanos[0] / 1e6, nanos[rounds - 1] / 1e6, rounds);
		Files.delete(file);
	}

	private static void check(LoadedStudy loaded) {
		// the generated study declares no data on purpose: the benchmark measures the language, not file access
		var errors = loaded.errors().stream()
				.filter(e -> !org.factorstudio.dsl.validation.StudyIssueCodes.NO_DATA_DECLARATION.equals(e.code())).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("generated study has errors: " + errors);
		}
	}
}
