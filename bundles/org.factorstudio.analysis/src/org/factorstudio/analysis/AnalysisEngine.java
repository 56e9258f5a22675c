package org.factorstudio.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.factorstudio.analysis.internal.BuiltInAnalyses;
import org.factorstudio.analysis.internal.Families;
import org.factorstudio.analysis.internal.PlanVariants;
import org.factorstudio.analysis.internal.Results;
import org.factorstudio.analysis.internal.ImportReports;
import org.factorstudio.analysis.internal.IndexVariables;
import org.factorstudio.analysis.internal.MethodsText;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.IndexScores;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.extensions.ContributionLog;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.data.ImporterRegistry;
import org.factorstudio.data.Importers;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.Plans;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.AnalysisRequest;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Parameter;
import org.factorstudio.model.study.Study;

/**
 * Runs a study: imports its data, computes the index variables, runs the built-in analyses and the
 * ones the plan asks for, and returns everything as a {@link StudyResults} model. Problems come back
 * as values in {@link StudyResults#getProblems()}; the run never throws for bad input.
 * <p>
 * The importers and analyses come in by constructor, so the engine runs the same in unit tests, the
 * CLI and the IDE (where the extension registries supply them).
 */
public final class AnalysisEngine {

	public static final String VERSION = "0.1.0";

	private final Importers importers;
	private final List<Analysis> analyses;
	private final List<ContributionProblem> unusableContributions;

	public AnalysisEngine(Importers importers, List<Analysis> analyses) {
		this(importers, analyses, List.of());
	}

	/**
	 * @param unusableContributions plugin contributions that could not be loaded; every run lists them as
	 *                              warnings, and a study that asks for one of them learns why it cannot run
	 */
	public AnalysisEngine(Importers importers, List<Analysis> analyses, List<ContributionProblem> unusableContributions) {
		this.importers = importers;
		this.analyses = List.copyOf(analyses);
		this.unusableContributions = List.copyOf(unusableContributions);
	}

	/** The engine with the built-in importers (CSV, XLSX) and analyses and nothing else; runs without OSGi. */
	public static AnalysisEngine builtIn() {
		return new AnalysisEngine(Importers.builtIn(), BuiltInAnalyses.all());
	}

	/** Read once per process, like {@link AnalysisRegistry#platform()}: broken contributions are logged once. */
	private static final class PlatformImporters {
		static final ImporterRegistry REGISTRY = ImporterRegistry.fromPlatform(ContributionLog::warn);
	}

	/** The engine with the importers and analyses installed in the running platform (plugins included). */
	public static AnalysisEngine fromPlatform() {
		AnalysisRegistry registry = AnalysisRegistry.platform();
		List<Analysis> analyses = registry.analyses();
		ImporterRegistry importers = PlatformImporters.REGISTRY;
		List<ContributionProblem> unusable = new ArrayList<>(registry.problems());
		Importers available = importers.importers();
		unusable.addAll(importers.problems());
		return new AnalysisEngine(available, analyses, unusable);
	}

	public List<Analysis> analyses() {
		return analyses;
	}

	/**
	 * Imports the study's data and analyses it.
	 *
	 * @param study      a study without errors
	 * @param studyFile  the study's file; its data file is resolved against its folder
	 * @param monitor    progress and cancellation ({@link OperationCanceledException} on cancel)
	 */
	public StudyResults run(Study study, Path studyFile, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Analysing " + study.getName(), 100);
		StudyResults results = ResultsFactory.eINSTANCE.createStudyResults();
		results.setStudyName(study.getName());
		results.setStudyFile(studyFile.toString());
		results.setCreatedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		results.setEngineVersion(VERSION);

		ImportSpec spec;
		try {
			Path folder = studyFile.toAbsolutePath().getParent();
			spec = StudyImportSpecs.of(study, folder);
		} catch (IllegalArgumentException e) {
			error(results, "org.factorstudio.analysis.badDataDeclaration", studyFile.getFileName() + ": " + e.getMessage());
			return results;
		}
		progress.subTask("Importing " + spec.file().getFileName());
		SubMonitor importProgress = progress.split(40);
		importProgress.setWorkRemaining(100);
		ImportResult imported = importers.read(spec, new ImportMonitor() {
			private int reported;

			@Override
			public void worked(long done, long total) {
				int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
				if (percent > reported) {
					importProgress.worked(percent - reported);
					reported = percent;
				}
			}

			@Override
			public boolean isCanceled() {
				return importProgress.isCanceled();
			}
		});
		if (importProgress.isCanceled()
				|| imported.problems().stream().anyMatch(p -> ImportProblemCodes.CANCELLED.equals(p.code()))) {
			throw new OperationCanceledException();
		}
		results.setImportReport(ImportReports.toModel(imported.report()));
		for (ImportProblem problem : imported.problems()) {
			results.getProblems().add(ImportReports.toModel(problem));
		}
		if (imported.dataset().isEmpty()) {
			if (results.getProblems().stream().noneMatch(p -> p.getSeverity() == Severity.ERROR)) {
				error(results, "org.factorstudio.analysis.noData", spec.file().getFileName() + ": the import gave no data");
			}
			return results;
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}

		progress.subTask("Computing index variables");
		Map<Object, Object> shared = new HashMap<>();
		// the primary plan with what it inherits resolved; null (the defaults) when the study declares none
		AnalysisPlan primary = study.getPlan() == null ? null : Plans.effective(study.getPlan());
		Map<IndexVariable, IndexScores> scores = IndexVariables.compute(study, imported.dataset().get(), shared, primary);
		progress.worked(5);
		results.setMethods(MethodsText.of(study));

		Map<String, Map<String, String>> requested = new LinkedHashMap<>();
		if (study.getPlan() != null) {
			for (AnalysisRequest request : study.getPlan().getAnalyses()) {
				Map<String, String> parameters = new LinkedHashMap<>();
				for (Parameter parameter : request.getParameters()) {
					parameters.put(parameter.getKey(), parameter.getValue());
				}
				requested.put(request.getAnalysisId(), parameters);
			}
		}
		List<Analysis> toRun = new ArrayList<>();
		for (Analysis analysis : analyses) {
			if (analysis.runsAlways() || requested.containsKey(analysis.id())) {
				toRun.add(analysis);
			}
		}
		for (ContributionProblem unusable : unusableContributions) {
			if (!requested.containsKey(unusable.contributionId())) {
				problem(results, Severity.WARNING, "org.factorstudio.analysis.unusablePlugin", unusable.toString());
			}
		}
		for (String id : requested.keySet()) {
			if (analyses.stream().noneMatch(a -> a.id().equals(id))) {
				String why = unusableContributions.stream().filter(u -> id.equals(u.contributionId())).findFirst()
						.map(u -> ", which is installed but unusable. " + u).orElse(", which no installed plugin provides");
				problem(results, Severity.ERROR, "org.factorstudio.analysis.unknownAnalysis",
						"The study asks for analysis '" + id + "'" + why);
			}
		}
		SubMonitor analysisProgress = progress.split(45).setWorkRemaining(Math.max(1, toRun.size()));
		for (Analysis analysis : toRun) {
			analysisProgress.subTask(analysis.label());
			AnalysisContext context = new AnalysisContext(study, imported.dataset().get(), scores,
					requested.getOrDefault(analysis.id(), Map.of()), results, shared, primary);
			try {
				analysis.run(context, analysisProgress.split(1));
			} catch (OperationCanceledException e) {
				throw e;
			} catch (RuntimeException e) {
				// A broken analysis (a plugin's, typically) must not take the others down with it.
				error(results, "org.factorstudio.analysis.analysisFailed",
						"Analysis '" + analysis.id() + "' failed: " + e);
			}
		}
		if (primary != null) {
			Families.apply(new AnalysisContext(study, imported.dataset().get(), scores, Map.of(), results, shared, primary));
			Results.flagOnDecisionP(results);
			PlanVariants.run(study, imported.dataset().get(), primary, scores, results, progress.split(10));
		}
		return results;
	}

	private static void error(StudyResults results, String code, String message) {
		problem(results, Severity.ERROR, code, message);
	}

	private static void problem(StudyResults results, Severity severity, String code, String message) {
		var problem = ResultsFactory.eINSTANCE.createProblem();
		problem.setSeverity(severity);
		problem.setCode(code);
		problem.setMessage(message);
		results.getProblems().add(problem);
	}
}
