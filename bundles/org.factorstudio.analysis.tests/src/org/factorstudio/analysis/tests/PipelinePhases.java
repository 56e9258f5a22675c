package org.factorstudio.analysis.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.StudyResults;

/**
 * Where a run of one study goes, phase by phase as the engine reports them on its progress monitor
 * (import, index variables, each analysis and its inner steps), in a fresh JVM as the CLI runs it (the
 * first round is cold: class loading and JIT included), then warm rounds. Not a test; the command is in
 * {@code docs/benchmarks.md}.
 */
public final class PipelinePhases {

	private PipelinePhases() {
	}

	public static void main(String[] args) {
		Path study = Path.of(args[0]);
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		long t0 = System.nanoTime();
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(study);
		System.out.printf("load, link and validate the study (Xtext start-up included)  %7.0f ms%n",
				(System.nanoTime() - t0) / 1e6);
		for (int round = 1; round <= rounds; round++) {
			System.out.println("round " + round + (round == 1 ? " (cold)" : ""));
			PhaseClock clock = new PhaseClock();
			long start = System.nanoTime();
			StudyResults results = AnalysisEngine.builtIn().run(loaded.study(), study, clock);
			clock.subTask(null);
			System.out.printf("  %-62s %7.0f ms (%d problems)%n", "whole run", (System.nanoTime() - start) / 1e6,
					results.getProblems().size());
		}
	}

	/** Prints the time of each sub-task when the next one starts. */
	private static final class PhaseClock extends NullProgressMonitor {
		private String phase = "start";
		private long since = System.nanoTime();

		@Override
		public void subTask(String name) {
			long now = System.nanoTime();
			System.out.printf("  %-62s %7.0f ms%n", phase, (now - since) / 1e6);
			phase = name;
			since = now;
		}
	}
}
