package org.factorstudio.examples.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.Listwise;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap intervals of alpha and omega against R, replaying R's own resamples.
 *
 * <p>Reference: {@code reference/reliability_bootstrap_reference.csv} and {@code reliability_bootstrap_resamples.csv},
 * written by {@code reference/reliability_bootstrap.R} (R 4.2.2 Patched, boot 1.3.28.1, psych 2.2.9, lavaan 0.6.14,
 * semTools 0.5.6, {@code set.seed(42)}, 200 resamples per index). Because both sides compute on the same resamples,
 * the intervals agree to the precision of the coefficients themselves: 1e-9 for alpha (a closed formula), 1e-6 for
 * omega (two ML optimisers); replicate counts exactly.
 */
class ReliabilityBootstrapTest {

	private static final double LEVEL = 0.95;

	@Test
	void intervalsOnRsResamplesEqualR() throws IOException {
		List<Map<String, String>> responses = Example.csv(Example.folder().resolve("responses.csv"));
		List<Map<String, String>> reference = Example.csv(Example.referenceFolder()
				.resolve("reliability_bootstrap_reference.csv"));
		List<Map<String, String>> resamples = Example.csv(Example.referenceFolder()
				.resolve("reliability_bootstrap_resamples.csv"));
		Map<String, List<String>> indices = Map.of(
				"Prosessorientering", List.of("q58", "q59", "q61", "q63", "q65", "q66", "q67", "q70"),
				"Ledelsesinvolvering", List.of("q12", "q32", "q33", "q34", "q35", "q62"));
		for (Map.Entry<String, List<String>> index : indices.entrySet()) {
			double[][] complete = keyedCompleteRows(responses, index.getValue());
			List<int[]> picks = resamples.stream().filter(r -> r.get("index").equals(index.getKey()))
					.map(r -> Arrays.stream(r.get("rows").split(" ")).mapToInt(v -> Integer.parseInt(v) - 1).toArray())
					.toList();
			assertEquals(200, picks.size());
			Iterator<int[]> next = picks.iterator();
			List<ReliabilityBootstrap.Interval> ours = new ReliabilityBootstrap(picks.size(), LEVEL)
					.intervals(complete, index.getValue(), n -> next.next(), new NullProgressMonitor());
			assertFalse(next.hasNext(), "every R resample used once");
			for (ReliabilityBootstrap.Interval interval : ours) {
				Map<String, String> r = reference.stream().filter(row -> row.get("index").equals(index.getKey())
						&& row.get("coefficient").equals(interval.coefficient())).findFirst().orElseThrow();
				double tolerance = interval.coefficient().equals("alpha") ? 1e-9 : 1e-6;
				String what = index.getKey() + " " + interval.coefficient();
				assertEquals(Integer.parseInt(r.get("n")), interval.n(), what + " n");
				assertEquals(Integer.parseInt(r.get("replicates")), interval.replicates(), what + " replicates");
				assertEquals(Double.parseDouble(r.get("estimate")), interval.estimate(), tolerance, what + " estimate");
				assertEquals(Double.parseDouble(r.get("lower")), interval.lower(), tolerance, what + " lower");
				assertEquals(Double.parseDouble(r.get("upper")), interval.upper(), tolerance, what + " upper");
				assertNull(interval.note(), what);
			}
		}
	}

	@Test
	void theStudyRunsItPerIndexWithTheSameSeedTheSameIntervals() {
		Path file = Example.folder().resolve("municipal-automation-bootstrap.study");
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(file);
		assertFalse(loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		ResultTable first = table(AnalysisEngine.fromPlatform().run(loaded.study(), file, new NullProgressMonitor()));
		ResultTable second = table(AnalysisEngine.fromPlatform().run(loaded.study(), file, new NullProgressMonitor()));
		List<String> firstCells = cells(first);
		assertEquals(firstCells, cells(second), "same seed, same intervals");
		// Prosessorientering's estimates are R's: the analysis reads the keyed statements and their complete rows
		List<ResultRow> rows = first.getRows().stream()
				.filter(r -> r.getCells().get(0).getText().equals("Prosessorientering")).toList();
		assertEquals(3, rows.size());
		assertEquals(0.793435556040598, rows.get(0).getCells().get(3).getNumber(), 1e-9, "alpha as psych::alpha");
		assertEquals(0.79666303796958, rows.get(1).getCells().get(3).getNumber(), 1e-6, "omega as compRelSEM");
		for (ResultRow row : first.getRows()) {
			double estimate = row.getCells().get(3).getNumber();
			double lower = row.getCells().get(4).getNumber();
			double upper = row.getCells().get(5).getNumber();
			assertTrue(lower <= estimate + 0.05 && estimate - 0.05 <= upper && lower < upper, () -> "interval of "
					+ row.getCells().get(0).getText() + " " + row.getCells().get(1).getText() + ": " + lower + ", " + upper);
			// a resample where the one-factor CFA does not converge counts as no replicate, and the note says so
			double replicates = row.getCells().get(6).getNumber();
			String note = row.getCells().get(7).getText();
			assertTrue(replicates == 1000 && note.isEmpty()
					|| replicates < 1000 && note.startsWith((1000 - (int) replicates) + " of 1000 resamples gave no value"),
					() -> row.getCells().get(0).getText() + ": " + replicates + " replicates, note " + note);
		}
	}

	@Test
	void cancellingStops() throws IOException {
		double[][] complete = keyedCompleteRows(Example.csv(Example.folder().resolve("responses.csv")),
				List.of("q12", "q32", "q33", "q34", "q35", "q62"));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> new ReliabilityBootstrap(100, LEVEL).intervals(complete,
				List.of("q12", "q32", "q33", "q34", "q35", "q62"), ReliabilityBootstrap.seeded(1, "x"), cancelled));
	}

	private static ResultTable table(StudyResults results) {
		List<ResultTable> tables = results.getTables().stream()
				.filter(t -> ReliabilityBootstrapAnalysis.ID.equals(t.getAnalysisId())).toList();
		assertEquals(1, tables.size(), () -> "problems: " + results.getProblems());
		return tables.get(0);
	}

	private static List<String> cells(ResultTable table) {
		List<String> out = new ArrayList<>();
		table.getRows().forEach(r -> r.getCells().forEach(c -> out.add(c.getText() + "=" + c.getNumber())));
		return out;
	}

	/** The statements' answers with q67 turned (6 - x on 1..5, as the study reverses it), complete rows only. */
	private static double[][] keyedCompleteRows(List<Map<String, String>> responses, List<String> items) {
		double[][] columns = new double[items.size()][];
		for (int j = 0; j < items.size(); j++) {
			columns[j] = Example.column(responses, items.get(j));
			if (items.get(j).equals("q67")) {
				columns[j] = Arrays.stream(columns[j]).map(v -> 6 - v).toArray();
			}
		}
		return ConfirmatoryFactorAnalysis.rows(columns, Listwise.completeRows(columns));
	}
}
