package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Correlations;
import org.factorstudio.data.Dataset;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.Importers;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisRequest;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyFactory;
import org.junit.jupiter.api.Test;

/** {@code run item_correlations}: the Spearman matrix of all statements, as the general path gives it. */
class ItemCorrelationsTest {

	@Test
	void theExampleAsksForTheItemMatrix() {
		Path studyFile = AnalysisEngineTest.repository()
				.resolve("examples/municipal-automation/municipal-automation.study");
		Study study = StudyLoader.create().withoutDataChecks().load(studyFile).study();
		AnalysisRequest request = StudyFactory.eINSTANCE.createAnalysisRequest();
		request.setAnalysisId("item_correlations");
		study.getPlan().getAnalyses().add(request);
		StudyResults results = AnalysisEngine.builtIn().run(study, studyFile, new NullProgressMonitor());

		List<ResultTable> tables = results.getTables().stream()
				.filter(t -> "item_correlations".equals(t.getAnalysisId())).toList();
		assertEquals(1, tables.size());
		ResultTable table = tables.get(0);
		List<Indicator> items = StudyQueries.indicators(study);
		assertEquals(items.size() + 1, table.getColumns().size());
		assertEquals(items.size(), table.getRows().size());
		assertTrue(table.getNote().contains("pairwise"), table.getNote());

		Dataset data = Importers.builtIn().read(StudyImportSpecs.of(study, studyFile.getParent()), ImportMonitor.NONE)
				.dataset().orElseThrow();
		for (int i = 0; i < items.size(); i++) {
			assertEquals(items.get(i).getName(), table.getRows().get(i).getCells().get(0).getText());
			double[] x = data.column(items.get(i).getName());
			for (int j = 0; j < items.size(); j++) {
				CorrelationResult general = Correlations.spearman(x, data.column(items.get(j).getName()));
				Double rho = table.getRows().get(i).getCells().get(j + 1).getNumber();
				if (!general.isComputable()) {
					assertEquals(null, rho, items.get(i).getName() + "/" + items.get(j).getName());
				} else {
					assertEquals(general.coefficient(), rho, 1e-12, items.get(i).getName() + "/" + items.get(j).getName());
				}
			}
		}
	}
}
