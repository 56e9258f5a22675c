package org.factorstudio.analysis.internal;

import static org.factorstudio.analysis.internal.MeasurementTables.count;
import static org.factorstudio.analysis.internal.MeasurementTables.number;
import static org.factorstudio.analysis.internal.MeasurementTables.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.stats.ConfidenceInterval;
import org.factorstudio.analysis.stats.ConfirmatoryFactorAnalysis;
import org.factorstudio.analysis.stats.CronbachAlpha;
import org.factorstudio.analysis.stats.ExploratoryFactorAnalysis;
import org.factorstudio.analysis.stats.PolychoricCorrelation;
import org.factorstudio.analysis.stats.ReliabilityCoefficients;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.model.results.ColumnKind;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.study.IndexVariable;

/**
 * {@code run omega(indices = "all", level = 0.95)}: per index (statements reversed first, respondents who
 * answered every statement): Cronbach's alpha with Feldt's interval ({@code psych::alpha.ci}), ordinal alpha
 * (alpha of the polychoric matrix), and omega from a one-factor CFA by ML, once with the model-implied variance
 * of the sum ({@code semTools::compRelSEM(obs.var = FALSE)}, McDonald's omega) and once with the observed
 * variance ({@code compRelSEM(obs.var = TRUE)}), and psych's omega_t ({@code psych::omega(x, nfactors = 1)$omega.tot}).
 */
public final class OmegaAnalysis implements Analysis {

	public static final String ID = "omega";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Omega and alpha intervals";
	}

	@Override
	public void run(AnalysisContext context, IProgressMonitor monitor) {
		Optional<List<IndexVariable>> indices = MeasurementTables.indices(context, "Omega", 3);
		Optional<Double> level = MeasurementTables.level(context, "Omega");
		if (indices.isEmpty() || level.isEmpty()) {
			return;
		}
		String percent = String.format(Locale.ROOT, "%.0f %%", level.get() * 100);
		ResultTable table = MeasurementTables.typed(MeasurementTables.table(ID,
				"Reliability per index: alpha, ordinal alpha and omega", List.of("index"), List.of("k", "n", "alpha",
						"Feldt lower", "Feldt upper", "ordinal alpha", "omega (implied)", "omega (observed)", "omega_t")),
				ColumnKind.COUNT, ColumnKind.COUNT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT,
				ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT, ColumnKind.COEFFICIENT);
		table.getColumns().add(MeasurementTables.column("note", false));
		SubMonitor progress = SubMonitor.convert(monitor, indices.get().size());
		List<String> statements = new ArrayList<>();
		int smallest = Integer.MAX_VALUE;
		for (IndexVariable index : indices.get()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			MeasurementTables.Items items = MeasurementTables.items(context, index);
			statements.addAll(items.labels());
			boolean[] keep = MeasurementTables.complete(items.columns());
			double[][] x = MeasurementTables.masked(items.columns(), keep);
			int n = MeasurementTables.count(keep);
			smallest = Math.min(smallest, n);
			int k = x.length;
			CronbachAlpha alpha = CronbachAlpha.listwise(x);
			ConfidenceInterval feldt = ReliabilityCoefficients.feldt(alpha.alpha(), n, k, level.get());
			double ordinal = Double.NaN;
			try {
				if (n >= 2) {
					ordinal = ReliabilityCoefficients.alphaOfCorrelations(
							PolychoricCorrelation.matrix(x, PolychoricCorrelation.Thresholds.ITEM).rho());
				}
			} catch (IllegalArgumentException e) {
				// not ordinal (too many distinct values): ordinal alpha stays not computable, the rest still holds
			}
			double omegaTotal = Double.NaN;
			try {
				if (n >= 2) {
					omegaTotal = ReliabilityCoefficients.omegaTotal(ExploratoryFactorAnalysis.correlations(x));
				}
			} catch (IllegalArgumentException e) {
				// a statement without variance: omega_t stays not computable, the CFA below says why
			}
			double omega = Double.NaN;
			double omegaObserved = Double.NaN;
			String note = "";
			try {
				ConfirmatoryFactorAnalysis.Fit fit = ConfirmatoryFactorAnalysis.fit(
						new ConfirmatoryFactorAnalysis.Model(items.names(), List.of(index.getName()), new int[k]),
						ConfirmatoryFactorAnalysis.biasedCovariance(x), n);
				if (fit.converged()) {
					omega = fit.reliabilities().get(0).omega();
					omegaObserved = fit.reliabilities().get(0).omegaObserved();
				}
				note = String.join("; ", fit.problems());
			} catch (IllegalArgumentException e) {
				note = e.getMessage();
			}
			if (!note.isEmpty()) {
				context.problem(Severity.WARNING, MeasurementTables.PROBLEM_PREFIX + "omega",
						"Omega of " + index.getName() + ": " + note);
			}
			table.getRows().add(MeasurementTables.row(text(index.getName()), count(k), count(n), number(alpha.alpha()),
					number(feldt.lower()), number(feldt.upper()), number(ordinal), number(omega), number(omegaObserved), number(omegaTotal),
					text(note)));
			progress.split(1);
		}
		table.setNote("Respondents who answered every statement of the index; reversed statements turned first. alpha: "
				+ "Cronbach (psych::alpha), " + percent + " interval by Feldt (psych::alpha.ci). Ordinal alpha: alpha of the "
				+ "polychoric matrix (psych::alpha(polychoric(x, correct = 0)$rho)). Omega: one-factor CFA by ML "
				+ "(lavaan::cfa(std.lv = TRUE)); implied = (sum of loadings)^2 / model-implied variance of the sum "
				+ "(semTools::compRelSEM(obs.var = FALSE), McDonald); observed = over the observed variance of the sum "
				+ "(compRelSEM(obs.var = TRUE)). omega_t: one factor by minres from the Pearson correlations, (sum(R) - "
				+ "sum of uniquenesses) / sum(R) (psych::omega(x, nfactors = 1)$omega.tot).");
		table.setProvenance(Results.provenance(statements, "listwise per index; one-factor CFA by ML for omega",
				indices.get().isEmpty() ? 0 : smallest, context, null, "n is the smallest over the indices"));
		context.results().getTables().add(table);
	}
}
