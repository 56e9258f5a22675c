package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.MeasurementData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Extraction;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Parallel;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Rotation;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis.Solution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EFA and parallel analysis against make-references.R (psych 2.2.9 fa / fa.parallel, GPArotation 2022.10-2,
 * solved tightly there, see the script): loadings, communalities, SS loadings and factor correlations to 1e-6
 * after matching R's factor order and signs, observed eigenvalues to 1e-9, suggested numbers of factors and
 * components exactly (Java's own simulated data, seed 15, 20 data sets, against psych's with set.seed(15)).
 * psych's own printed output (it stops early) is met to 1e-3 (loadings) and 1e-5 (factor eigenvalues).
 */
class EfaReferenceTest {

	private static final double LOADINGS = 1e-6;

	static double[][] data(String dataset) {
		if (dataset.equals("hs1939")) {
			return MeasurementData.hs1939();
		}
		List<String> items = new ArrayList<>(MeasurementData.PROCESS);
		items.addAll(MeasurementData.LEADERSHIP);
		items.addAll(MeasurementData.GOALS);
		return MeasurementData.complete(MeasurementData.municipal(items));
	}

	static List<String> items(String dataset) {
		if (dataset.equals("hs1939")) {
			return MeasurementData.hsItems();
		}
		List<String> items = new ArrayList<>(MeasurementData.PROCESS);
		items.addAll(MeasurementData.LEADERSHIP);
		items.addAll(MeasurementData.GOALS);
		return items;
	}

	@ParameterizedTest
	@CsvSource({ "hs1939, minres, varimax", "hs1939, minres, oblimin", "hs1939, ml, varimax", "hs1939, ml, oblimin",
			"municipal-framework, minres, varimax", "municipal-framework, minres, oblimin",
			"municipal-framework, ml, varimax", "municipal-framework, ml, oblimin" })
	void solutionsEqualPsych(String dataset, String fm, String rotate) {
		double[][] r = ExploratoryFactorAnalysis.correlations(data(dataset));
		List<String> items = items(dataset);
		Solution s = ExploratoryFactorAnalysis.fit(r, 3, fm.equals("ml") ? Extraction.ML : Extraction.MINRES,
				rotate.equals("varimax") ? Rotation.VARIMAX : Rotation.OBLIMIN);
		assertTrue(s.converged());
		String q = fm + "_" + rotate;
		double[][] expected = new double[items.size()][3];
		for (int i = 0; i < items.size(); i++) {
			for (int f = 0; f < 3; f++) {
				expected[i][f] = ref(dataset, "efa_loading_" + q, items.get(i), "F" + (f + 1));
			}
		}
		// R's factor f is ours match[f] times sign[f]
		int[] match = new int[3];
		double[] sign = new double[3];
		for (int f = 0; f < 3; f++) {
			double best = -1;
			for (int g = 0; g < 3; g++) {
				double dot = 0;
				for (int i = 0; i < items.size(); i++) {
					dot += expected[i][f] * s.loadings()[i][g];
				}
				if (Math.abs(dot) > best) {
					best = Math.abs(dot);
					match[f] = g;
					sign[f] = Math.signum(dot);
				}
			}
		}
		assertEquals(3, java.util.Arrays.stream(match).distinct().count(), "factors matched one to one");
		// psych's own output (same order and signs) stops early: stats::varimax at eps = 1e-5 is up to 7.4e-4 off
		for (int i = 0; i < items.size(); i++) {
			for (int f = 0; f < 3; f++) {
				assertEquals(ref(dataset, "efa_loading_" + q + "_psych", items.get(i), "F" + (f + 1)),
						sign[f] * s.loadings()[i][match[f]], 1e-3, q + " psych's own " + items.get(i));
			}
		}
		for (int i = 0; i < items.size(); i++) {
			for (int f = 0; f < 3; f++) {
				assertEquals(expected[i][f], sign[f] * s.loadings()[i][match[f]], LOADINGS,
						q + " loading " + items.get(i) + " F" + (f + 1));
			}
			assertEquals(ref(dataset, "efa_communality_" + q, items.get(i), "h2"), s.communalities()[i], LOADINGS);
			assertEquals(1 - s.communalities()[i], s.uniquenesses()[i], 1e-12);
		}
		for (int f = 0; f < 3; f++) {
			assertEquals(ref(dataset, "efa_ss_" + q, "SS loadings", "F" + (f + 1)), s.ssLoadings()[match[f]], LOADINGS);
			if (rotate.equals("oblimin")) {
				for (int g = 0; g < 3; g++) {
					assertEquals(ref(dataset, "efa_phi_" + q, "F" + (f + 1), "F" + (g + 1)),
							sign[f] * sign[g] * s.phi()[match[f]][match[g]], LOADINGS);
				}
			}
		}
	}

	@ParameterizedTest
	@CsvSource({ "hs1939", "municipal-framework" })
	void parallelAnalysisEqualsPsych(String dataset) {
		double[][] x = data(dataset);
		double[][] r = ExploratoryFactorAnalysis.correlations(x);
		Parallel p = ExploratoryFactorAnalysis.parallel(r, x[0].length, 20, 15, 0.95);
		for (int i = 0; i < r.length; i++) {
			String number = Integer.toString(i + 1);
			assertEquals(ref(dataset, "pa_eigen_pc", number, "observed"), p.observedComponents()[i], 1e-9);
			assertEquals(ref(dataset, "pa_eigen_fa", number, "observed"), p.observedFactors()[i], 1e-9);
			// fa.parallel's own values, from psych's looser minres optimum
			assertEquals(ref(dataset, "pa_eigen_fa_psych", number, "observed"), p.observedFactors()[i], 1e-5);
		}
		assertEquals((int) ref(dataset, "pa_nfact", "suggested", "factors"), p.factors());
		assertEquals((int) ref(dataset, "pa_ncomp", "suggested", "components"), p.components());
	}
}
