package org.factorstudio.analysis.internal;

import java.util.List;

import org.factorstudio.analysis.spi.Analysis;

/**
 * The engine's own analyses: those every study gets, and the measurement analyses a study asks for with
 * {@code run polychoric}, {@code run omega}, {@code run cfa} and {@code run efa}, and the background analyses
 * ({@code run background}, {@code run group_comparison}, {@code run regression}). In the IDE they are contributed through the same
 * extension point as plugins'.
 */
public final class BuiltInAnalyses {

	private BuiltInAnalyses() {
	}

	public static List<Analysis> all() {
		return List.of(new DescriptivesAnalysis(), new ReliabilityAnalysis(), new CorrelationAnalysis(),
				new PartialCorrelationAnalysis(), new ItemCorrelationsAnalysis(), new PolychoricAnalysis(), new OmegaAnalysis(),
				new CfaAnalysis(), new EfaAnalysis(), new BackgroundAnalysis(), new GroupComparisonAnalysis(),
				new RegressionAnalysis());
	}
}
