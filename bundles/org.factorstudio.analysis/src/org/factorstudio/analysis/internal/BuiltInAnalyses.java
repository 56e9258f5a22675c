package org.factorstudio.analysis.internal;

import java.util.List;

import org.factorstudio.analysis.spi.Analysis;

/** The analyses every study gets; in the IDE they are contributed through the same extension point as plugins'. */
public final class BuiltInAnalyses {

	private BuiltInAnalyses() {
	}

	public static List<Analysis> all() {
		return List.of(new DescriptivesAnalysis(), new ReliabilityAnalysis(), new CorrelationAnalysis(),
				new PartialCorrelationAnalysis(), new ItemCorrelationsAnalysis());
	}
}
