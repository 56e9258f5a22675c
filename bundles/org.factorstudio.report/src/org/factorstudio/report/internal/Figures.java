package org.factorstudio.report.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;

/**
 * The documents' figures as data, the same for every format that draws them (LaTeX with TikZ, Word with
 * pictures): which figures a report has, their captions and notes, and the axis of the correlation bars.
 */
final class Figures {

	private Figures() {
	}

	/** The correlations with the dependent variable as bars; dark where significant at {@code alpha}. */
	record CorrelationBars(List<Correlation> correlations, Framework framework, double alpha, boolean adjusted,
			String caption, String note) {
	}

	/** The correlation matrix as a heat map. */
	record HeatMap(CorrelationMatrix matrix, String caption, String note) {
	}

	/** A bar chart's value axis: from the lowest to the highest bound, 0 included, in steps of .2 within [-1, 1]. */
	record Axis(double lo, double hi) {

		static Axis of(List<Correlation> correlations) {
			double lo = 0;
			double hi = 0;
			for (Correlation c : correlations) {
				if (c.getCoefficient() != null) {
					lo = Math.min(lo, c.getCiLower() != null ? c.getCiLower() : c.getCoefficient());
					hi = Math.max(hi, c.getCiUpper() != null ? c.getCiUpper() : c.getCoefficient());
				}
			}
			lo = Math.max(-1, Math.floor(lo * 5 - 1e-9) / 5);
			hi = Math.min(1, Math.ceil(hi * 5 + 1e-9) / 5);
			return new Axis(lo, hi - lo < 0.2 ? lo + 0.2 : hi);
		}
	}

	static Optional<CorrelationBars> correlationBars(ReportInput input) {
		StudyResults results = input.results();
		if (results.getDependentCorrelations().isEmpty()) {
			return Optional.empty();
		}
		Framework framework = Framework.of(input);
		AnalysisPlan plan = input.optionalStudy().map(Study::getPlan).orElse(null);
		double alpha = plan == null ? 0.05 : plan.getSignificanceLevel();
		boolean adjusted = plan != null && plan.getCorrection() != Correction.NONE;
		String dependent = Objects.toString(framework.dependent(), results.getDependentCorrelations().get(0).getY());
		String caption = "Correlation of each factor with " + dependent + ", with "
				+ (plan == null ? 95 : Math.round(plan.getConfidenceLevel() * 100)) + "% confidence intervals";
		String note = "Dark bars: significant (" + (adjusted ? "adjusted " : "") + "p < "
				+ Numbers.bounded(alpha, 2).replaceAll("0+$", "")
				+ "); light bars: not significant. Whiskers: confidence interval (Fisher z).";
		return Optional.of(new CorrelationBars(results.getDependentCorrelations(), framework, alpha, adjusted, caption,
				note));
	}

	/** The heat map, unless the matrix is too large for a page (then only its CSV table holds it). */
	static Optional<HeatMap> heatMap(ReportInput input) {
		StudyResults results = input.results();
		CorrelationMatrix matrix = results.getMatrix();
		if (matrix == null || matrix.getVariables().isEmpty() || ReportTables.hasLargeMatrix(results)) {
			return Optional.empty();
		}
		return Optional.of(new HeatMap(matrix, "Correlation matrix of the index variables"
				+ (matrix.getMethod() == null ? "" : " (" + matrix.getMethod() + ")"),
				"Red: positive, blue: negative correlations; the stronger, the darker. Variables numbered as in the"
						+ " correlation matrix table."));
	}
}
