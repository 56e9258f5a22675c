package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.stats.CorrelationResult;
import org.factorstudio.analysis.stats.Correlations;
import org.factorstudio.analysis.stats.CronbachAlpha;
import org.factorstudio.analysis.stats.Descriptives;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.analysis.stats.PValueMode;
import org.factorstudio.analysis.stats.PartialCorrelation;
import org.factorstudio.data.Dataset;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.Importers;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Compatibility;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.MissingPolicy;
import org.factorstudio.model.study.ReliabilityModel;
import org.factorstudio.model.study.Study;
import org.junit.jupiter.api.Test;

/**
 * The engine's analyses run on the discrete kernel (joint tables of coded index variables, alpha from
 * code sums); here every number they report for the bundled example, under each method, missing-data
 * rule, p-value convention and reliability model, is compared with the general path
 * ({@link Correlations}, {@link PartialCorrelation}, {@link CronbachAlpha}, {@link Descriptives} on the
 * double scores), written out independently of the engine.
 */
class KernelPathTest {

	private static final double TOL = 1e-12;

	@Test
	void everyPlanVariantEqualsTheGeneralPath() {
		for (CorrelationMethod method : List.of(CorrelationMethod.SPEARMAN, CorrelationMethod.PEARSON,
				CorrelationMethod.KENDALL)) {
			for (MissingPolicy missing : List.of(MissingPolicy.PAIRWISE, MissingPolicy.LISTWISE)) {
				for (Compatibility compatibility : List.of(Compatibility.SPSS, Compatibility.R)) {
					ReliabilityModel model = missing == MissingPolicy.LISTWISE ? ReliabilityModel.PAIRWISE
							: ReliabilityModel.LISTWISE;
					check(method, missing, compatibility, model);
				}
			}
		}
	}

	private static void check(CorrelationMethod method, MissingPolicy missing, Compatibility compatibility,
			ReliabilityModel model) {
		String what = method + "/" + missing + "/" + compatibility + "/" + model;
		Path studyFile = AnalysisEngineTest.repository()
				.resolve("examples/municipal-automation/municipal-automation.study");
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(studyFile);
		Study study = loaded.study();
		AnalysisPlan plan = study.getPlan();
		plan.setMethod(method);
		plan.setMissing(missing);
		plan.setCompatibility(compatibility);
		plan.setReliabilityModel(model);
		StudyResults results = AnalysisEngine.builtIn().run(study, studyFile, new NullProgressMonitor());

		Dataset data = Importers.builtIn().read(StudyImportSpecs.of(study, studyFile.getParent()), ImportMonitor.NONE)
				.dataset().orElseThrow();
		Map<IndexVariable, double[]> scores = new LinkedHashMap<>();
		for (IndexVariable index : study.getIndexVariables()) {
			List<Member> members = StudyQueries.members(index);
			double[][] columns = new double[members.size()][];
			boolean[] reversed = new boolean[members.size()];
			for (int i = 0; i < columns.length; i++) {
				columns[i] = data.column(members.get(i).indicator().getName());
				reversed[i] = members.get(i).reversed();
			}
			scores.put(index, IndexScores.compute(columns, reversed, 1, 5, StudyQueries.minValid(index)).scores());
		}
		boolean[] keep = missing == MissingPolicy.LISTWISE
				? Listwise.completeRows(scores.values().toArray(double[][]::new))
				: null;

		// the matrix: every cell
		List<IndexVariable> variables = study.getIndexVariables();
		int cell = 0;
		for (int i = 0; i < variables.size(); i++) {
			for (int j = i + 1; j < variables.size(); j++) {
				Correlation c = results.getMatrix().getCells().get(cell++);
				assertEquals(variables.get(i).getName(), c.getX());
				assertEquals(variables.get(j).getName(), c.getY());
				CorrelationResult general = general(method, compatibility,
						Listwise.masked(scores.get(variables.get(i)), keep),
						Listwise.masked(scores.get(variables.get(j)), keep));
				same(general, c, what + " " + c.getX() + "/" + c.getY());
			}
		}
		assertTrue(cell > 100, "the example has a full matrix");

		// the dependent table
		IndexVariable dependent = study.getDependent();
		for (Correlation c : results.getDependentCorrelations()) {
			IndexVariable x = variables.stream().filter(v -> v.getName().equals(c.getX())).findFirst().orElseThrow();
			double[] xs = Listwise.masked(scores.get(x), keep);
			double[] ys = Listwise.masked(scores.get(dependent), keep);
			same(general(method, compatibility, xs, ys), c, what + " dependent " + c.getX());
			// every row left out is listed (the example has fewer than the 500 a provenance lists)
			int leftOut = 0;
			for (int r = 0; r < xs.length; r++) {
				leftOut += Double.isNaN(xs[r]) || Double.isNaN(ys[r]) ? 1 : 0;
			}
			assertEquals(leftOut, c.getProvenance().getExcludedRows().size(), what + " rows left out " + c.getX());
		}

		// partials (not offered for Kendall)
		if (method != CorrelationMethod.KENDALL) {
			List<double[]> columns = new ArrayList<>();
			columns.add(scores.get(dependent));
			for (Factor f : factors(study)) {
				columns.add(scores.get(f.getIndex()));
			}
			var general = PartialCorrelation.againstTarget(columns.toArray(double[][]::new), 0,
					method == CorrelationMethod.PEARSON ? CorrelationResult.Method.PEARSON
							: CorrelationResult.Method.SPEARMAN);
			assertEquals(general.size(), results.getPartialCorrelations().size(), what);
			for (int i = 0; i < general.size(); i++) {
				var row = results.getPartialCorrelations().get(i);
				CorrelationResult g = general.get(i).result();
				assertEquals(g.n(), row.getN(), what + " partial n");
				assertEquals(g.coefficient(), row.getR(), TOL, what + " partial r " + row.getX());
				near(g.pTwoTailed(), row.getPTwoTailed(), what + " partial p " + row.getX());
			}
		}

		// reliability
		for (var reliability : results.getReliabilities()) {
			IndexVariable index = variables.stream().filter(v -> v.getName().equals(reliability.getIndex())).findFirst()
					.orElseThrow();
			List<Member> members = StudyQueries.members(index);
			double[][] items = new double[members.size()][];
			for (int i = 0; i < items.length; i++) {
				items[i] = data.column(members.get(i).indicator().getName());
				if (members.get(i).reversed()) {
					for (int r = 0; r < items[i].length; r++) {
						items[i][r] = 6 - items[i][r];
					}
				}
			}
			CronbachAlpha g = model == ReliabilityModel.LISTWISE ? CronbachAlpha.listwise(items)
					: CronbachAlpha.pairwise(items);
			assertEquals(g.n(), reliability.getN(), what + " alpha n");
			close(g.alpha(), reliability.getAlpha(), what + " alpha " + index.getName());
			close(g.standardizedAlpha(), reliability.getStandardizedAlpha(), what + " std alpha");
			for (int i = 0; i < g.items().size(); i++) {
				close(g.items().get(i).correctedItemTotalR(), reliability.getItems().get(i).getCorrectedItemTotal(),
						what + " item-total");
				close(g.items().get(i).alphaIfDeleted(), reliability.getItems().get(i).getAlphaIfDeleted(),
						what + " alpha if deleted");
			}
		}

		// descriptives of the index variables
		for (var row : results.getDescriptives()) {
			IndexVariable index = variables.stream().filter(v -> v.getName().equals(row.getVariable())).findFirst()
					.orElse(null);
			if (index == null) {
				continue;
			}
			Descriptives d = Descriptives.of(scores.get(index));
			assertEquals(d.n(), row.getN(), what);
			assertEquals(d.mean(), row.getMean(), TOL, what + " mean " + index.getName());
			assertEquals(d.sd(), row.getSd(), TOL, what + " sd " + index.getName());
			assertEquals(d.median(), row.getMedian(), 0, what + " median " + index.getName());
			assertEquals(d.missing(), row.getProvenance().getExcludedRows().size(), what + " rows without " + index.getName());
		}
	}

	private static List<Factor> factors(Study study) {
		List<Factor> out = new ArrayList<>();
		study.getAreas().forEach(a -> a.getFactors().stream()
				.filter(f -> f.getIndex() != null && f.getIndex() != study.getDependent()).forEach(out::add));
		return out;
	}

	private static CorrelationResult general(CorrelationMethod method, Compatibility compatibility, double[] x,
			double[] y) {
		return switch (method) {
		case PEARSON -> Correlations.pearson(x, y);
		case KENDALL -> Correlations.kendallTauB(x, y);
		default -> Correlations.spearman(x, y,
				compatibility == Compatibility.R ? PValueMode.R_EXACT : PValueMode.T_APPROXIMATION);
		};
	}

	private static void same(CorrelationResult general, Correlation c, String what) {
		assertEquals(general.n(), c.getN(), what + " n");
		assertEquals(general.note(), c.getNote(), what + " note");
		if (!general.isComputable()) {
			return;
		}
		assertNotNull(c.getCoefficient(), what);
		assertEquals(general.coefficient(), c.getCoefficient(), TOL, what + " r");
		near(general.pTwoTailed(), c.getPTwoTailed(), what + " p");
	}

	/** Equal to 1e-12; NaN on the general path is a missing value (null) in the results. */
	private static void close(double expected, Double actual, String what) {
		if (Double.isNaN(expected)) {
			assertEquals(null, actual, what);
			return;
		}
		assertNotNull(actual, what);
		assertEquals(expected, actual, TOL, what);
	}

	private static void near(double expected, Double actual, String what) {
		assertNotNull(actual, what);
		assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.abs(expected) + 1e-300,
				what + ": expected " + expected + " but was " + actual);
	}
}
