package org.factorstudio.analysis.tests;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.StudyResults;

/**
 * Timing of the whole pipeline on the municipal-automation example, in one process after warm-up: load, link and
 * validate the study, import its CSV, compute the index variables and run every built-in analysis. Not a test (no
 * timing assertions); the command is in {@code docs/benchmarks.md}. Goal: under 50 ms.
 */
public final class PipelineBenchmark {

	private PipelineBenchmark() {
	}

	public static void main(String[] args) {
		Path study = Path.of(args.length > 0 ? args[0] : "examples/municipal-automation/municipal-automation.study");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		StudyLoader loader = StudyLoader.create().withoutDataChecks();
		AnalysisEngine engine = AnalysisEngine.builtIn();
		long checksum = 0;
		for (int i = 0; i < 100; i++) {
			checksum += once(loader, engine, study).getDependentCorrelations().size();
		}
		double[] whole = new double[rounds];
		double[] analysis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t0 = System.nanoTime();
			LoadedStudy loaded = loader.load(study);
			long t1 = System.nanoTime();
			StudyResults results = engine.run(loaded.study(), study, new NullProgressMonitor());
			long t2 = System.nanoTime();
			whole[i] = (t2 - t0) / 1e6;
			analysis[i] = (t2 - t1) / 1e6;
			checksum += results.getDescriptives().size();
		}
		Arrays.sort(whole);
		Arrays.sort(analysis);
		System.out.printf("%s: load + import + analyse median %.1f ms (min %.1f, max %.1f); import + analyse only median"
				+ " %.1f ms; %d rounds after 100 warm-up (checksum %d)%n", study.getFileName(), whole[rounds / 2],
				whole[0], whole[rounds - 1], analysis[rounds / 2], rounds, checksum);
	}

	private static StudyResults once(StudyLoader loader, AnalysisEngine engine, Path study) {
		LoadedStudy loaded = loader.load(study);
		if (loaded.hasErrors()) {
			throw new IllegalStateException("the study has errors: " + loaded.errors());
		}
		return engine.run(loaded.study(), study, new NullProgressMonitor());
	}
}
