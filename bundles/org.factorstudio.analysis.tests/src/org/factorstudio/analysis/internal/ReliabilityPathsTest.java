package org.factorstudio.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.data.Dataset;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.Importers;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.ReliabilityModel;
import org.factorstudio.model.study.Study;
import org.junit.jupiter.api.Test;

/**
 * The reliability analysis reads coded answers through the code sums and any other answers (a numeric column)
 * as keyed values, each index on a core of its own: both ways give the same alphas, item statistics and rows
 * left out on the bundled example, listwise and pairwise.
 */
class ReliabilityPathsTest {

	private static final double TOL = 1e-12;

	@Test
	void numericAnswersGiveTheAlphasOfTheCodes() throws Exception {
		Path studyFile = repository().resolve("examples/municipal-automation/municipal-automation.study");
		Study study = StudyLoader.create().withoutDataChecks().load(studyFile).study();
		Dataset coded = Importers.builtIn().read(StudyImportSpecs.of(study, studyFile.getParent()), ImportMonitor.NONE)
				.dataset().orElseThrow();
		// the same answers, every coded column as doubles: the analysis cannot take the code sums
		Dataset.Builder builder = Dataset.builder(coded.rowCount(), coded.sourceLines());
		int numeric = 0;
		for (String name : coded.columnNames()) {
			if (coded.type(name) == Dataset.ColumnType.CODED) {
				builder.numeric(name, coded.column(name));
				numeric++;
			}
		}
		assertTrue(numeric > 50, "the example's statements are coded");
		Dataset doubles = builder.build();
		for (ReliabilityModel model : List.of(ReliabilityModel.LISTWISE, ReliabilityModel.PAIRWISE)) {
			study.getPlan().setReliabilityModel(model);
			List<Reliability> fromCodes = reliabilities(study, coded);
			List<Reliability> fromDoubles = reliabilities(study, doubles);
			assertEquals(fromCodes.size(), fromDoubles.size());
			assertTrue(fromCodes.size() > 10, "every index of two or more statements");
			for (int i = 0; i < fromCodes.size(); i++) {
				Reliability c = fromCodes.get(i);
				Reliability d = fromDoubles.get(i);
				String what = model + " " + c.getIndex();
				assertEquals(c.getIndex(), d.getIndex(), what);
				assertEquals(c.getN(), d.getN(), what);
				assertNotNull(c.getAlpha(), what);
				same(c.getAlpha(), d.getAlpha(), what);
				same(c.getStandardizedAlpha(), d.getStandardizedAlpha(), what);
				assertEquals(c.getItems().size(), d.getItems().size(), what);
				for (int j = 0; j < c.getItems().size(); j++) {
					same(c.getItems().get(j).getMean(), d.getItems().get(j).getMean(), what);
					same(c.getItems().get(j).getCorrectedItemTotal(), d.getItems().get(j).getCorrectedItemTotal(), what);
					same(c.getItems().get(j).getAlphaIfDeleted(), d.getItems().get(j).getAlphaIfDeleted(), what);
				}
				assertEquals(c.getProvenance().getExcludedRows().size(), d.getProvenance().getExcludedRows().size(),
						what);
				if (model == ReliabilityModel.LISTWISE) {
					assertEquals(coded.rowCount() - c.getN(), c.getProvenance().getExcludedRows().size(),
							what + ": every row without all statements is listed");
				}
			}
		}
	}

	/** Both missing (not computable, as for alpha if deleted of a two-statement index), or equal to {@link #TOL}. */
	private static void same(Double expected, Double actual, String what) {
		if (expected == null) {
			assertNull(actual, what);
		} else {
			assertNotNull(actual, what);
			assertEquals(expected, actual, TOL, what);
		}
	}

	private static List<Reliability> reliabilities(Study study, Dataset dataset) {
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		AnalysisContext context = new AnalysisContext(study, dataset, Map.of(), Map.of(), results, new HashMap<>());
		new ReliabilityAnalysis().run(context, new NullProgressMonitor());
		return List.copyOf(results.getReliabilities());
	}

	private static Path repository() {
		String root = System.getProperty("factorstudio.repo");
		Path candidate = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
		while (candidate != null && !Files.isDirectory(candidate.resolve("examples"))) {
			candidate = candidate.getParent();
		}
		return candidate;
	}
}
