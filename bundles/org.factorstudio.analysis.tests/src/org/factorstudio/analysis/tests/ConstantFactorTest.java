package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A factor whose index has the same score for everyone makes every partial correlation uncomputable. The run
 * says which variable it is (regression: "zero variance in column 1" on every row, no name anywhere).
 */
class ConstantFactorTest {

	@Test
	void aConstantFactorIsNamed(@TempDir Path dir) throws IOException {
		StringBuilder data = new StringBuilder("a1,a2,b1,b2,c1,c2,d1\n");
		for (int i = 0; i < 30; i++) {
			// factor FB's statements are 3 for everybody
			data.append(1 + i % 5).append(',').append(1 + (i * 3) % 5).append(",3,3,").append(1 + (i * 2) % 5).append(',')
					.append(1 + (i * 7) % 5).append(',').append(1 + (i + i / 5) % 5).append('\n');
		}
		Files.writeString(dir.resolve("answers.csv"), data, StandardCharsets.UTF_8);
		Path study = Files.writeString(dir.resolve("constant.study"), """
				study Constant
				scale Likert5 1..5
				indicators scale Likert5 { a1 a2 b1 b2 c1 c2 d1 }
				index A = a1, a2
				index B = b1, b2
				index C = c1, c2
				index D = d1
				dependent D
				area Org { factor FA measured by A factor FB measured by B factor FC measured by C }
				hypothesis H1: FA positive
				hypothesis H2: FB positive
				hypothesis H3: FC positive
				data "answers.csv"
				analysis { tails one partial }
				""", StandardCharsets.UTF_8);
		StudyResults results = AnalysisEngineTest.run(study);
		List<PartialCorrelation> partials = results.getPartialCorrelations();
		assertEquals(3, partials.size());
		for (PartialCorrelation row : partials) {
			assertTrue(row.getNote() != null && row.getNote().contains("index 'B' (factor FB)"), row.getNote());
			assertFalse(row.getNote().contains("column"), row.getNote());
		}
		List<Problem> constant = results.getProblems().stream()
				.filter(p -> "org.factorstudio.analysis.constantVariable".equals(p.getCode())).toList();
		assertEquals(1, constant.size(), () -> results.getProblems().toString());
		assertTrue(constant.get(0).getMessage().contains("index 'B' (factor FB) has the same score"),
				constant.get(0).getMessage());
	}
}
