package org.factorstudio.analysis.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.Descriptives;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.Frequency;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.ValueLabel;

/** N, mean, SD (n - 1), min, max, median and missing of every index variable and indicator; frequencies of indicators. */
public final class DescriptivesAnalysis implements Analysis {

	@Override
	public String id() {
		return "descriptives";
	}

	@Override
	public String label() {
		return "Descriptives";
	}

	@Override
	public boolean runsAlways() {
		return true;
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		List<IndexVariable> indices = context.indexVariables();
		List<Indicator> indicators = context.indicators();
		SubMonitor progress = SubMonitor.convert(monitor, indices.size() + indicators.size());
		IndexKernel kernel = IndexKernel.of(context, progress);
		for (IndexVariable index : indices) {
			IndexScores scores = context.scores(index);
			Descriptives descriptives = kernel.discrete(index).map(DiscreteColumn::descriptives)
					.orElseGet(() -> Descriptives.of(scores.scores()));
			var row = row(index.getName(), index.getLabel(), VariableKind.INDEX, descriptives);
			List<String> items = StudyQueries.members(index).stream()
					.map(m -> (m.reversed() ? "reversed " : "") + m.indicator().getName()).toList();
			String note = scores.rowsWithoutAnswers() + " answered none of its statements, " + scores.rowsLostToRule()
					+ " answered too few";
			row.setProvenance(Results.provenanceLeavingOut(items, IndexVariables.rule(index, context.plan()), row.getN(),
					context, missing(kernel.discrete(index), scores), note));
			context.results().getDescriptives().add(row);
			progress.split(1);
		}
		progress.subTask("Descriptives of " + indicators.size() + " statements");
		for (Indicator indicator : indicators) {
			// a coded column is counted, not sorted; the general path for the others
			DiscreteColumn coded = ItemColumns.of(context, indicator.getName());
			double[] values = coded == null ? context.values(indicator) : null;
			var row = row(indicator.getName(), indicator.getText(), VariableKind.INDICATOR,
					coded != null ? coded.descriptives() : Descriptives.of(values));
			Optional<Scale> scale = StudyQueries.effectiveScale(indicator);
			if (scale.isPresent() && scale.get().getMin() != null && scale.get().getMax() != null) {
				int min = scale.get().getMin();
				int max = scale.get().getMax();
				double[] codes = new double[max - min + 1];
				for (int i = 0; i < codes.length; i++) {
					codes[i] = min + i;
				}
				Descriptives.FrequencyTable table = coded != null ? coded.frequencies(codes)
						: Descriptives.frequencies(values, codes);
				for (Descriptives.Frequency f : table.rows()) {
					Frequency frequency = Results.FACTORY.createFrequency();
					frequency.setValue(f.value());
					frequency.setCount(f.count());
					frequency.setPercent(f.validPercent());
					frequency.setLabel(label(scale.get(), (int) f.value()));
					row.getFrequencies().add(frequency);
				}
			}
			row.setProvenance(Results.provenance(List.of(indicator.getName()),
					"answers as given (user-missing codes and invalid values are missing)", row.getN(), context, null,
					"column " + StudyQueries.column(indicator)));
			context.results().getDescriptives().add(row);
			progress.split(1);
		}
	}

	private static org.factorstudio.model.results.Descriptives row(String name, String label, VariableKind kind,
			Descriptives d) {
		var row = Results.FACTORY.createDescriptives();
		row.setVariable(name);
		row.setLabel(label);
		row.setKind(kind);
		row.setN(d.n());
		row.setMissing(d.missing());
		row.setMean(Results.value(d.mean()));
		row.setSd(Results.value(d.sd()));
		row.setVariance(Results.value(d.variance()));
		row.setMin(Results.value(d.min()));
		row.setMax(Results.value(d.max()));
		row.setMedian(Results.value(d.median()));
		row.setSum(Results.value(d.sum()));
		return row;
	}

	/** The rows without a score: where coded, counted by the codes and read only as far as the provenance lists. */
	private static Results.LeftOut missing(Optional<DiscreteColumn> codes, IndexScores scores) {
		if (codes.isPresent()) {
			DiscreteColumn coded = codes.get();
			return new Results.LeftOut(coded.rows() - coded.n(), limit -> coded.firstRowsWithout(null, null, limit));
		}
		boolean[] used = new boolean[scores.rows()];
		for (int r = 0; r < used.length; r++) {
			used[r] = !Double.isNaN(scores.score(r));
		}
		return Results.LeftOut.of(used);
	}

	private static String label(Scale scale, int value) {
		for (ValueLabel label : scale.getLabels()) {
			if (label.getValue() == value) {
				return label.getLabel();
			}
		}
		return null;
	}
}
