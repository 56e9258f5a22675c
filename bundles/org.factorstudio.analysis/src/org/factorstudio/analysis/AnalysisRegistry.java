package org.factorstudio.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.factorstudio.analysis.internal.BuiltInAnalyses;
import org.factorstudio.analysis.spi.Analysis;
import org.factorstudio.extensions.ContributionLog;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.extensions.ContributionRegistry;

/**
 * The analyses contributed to {@code org.factorstudio.analysis.analyses}, the built-in ones included. Classes
 * are loaded when the analyses are first asked for; a contribution that cannot be used is logged once, kept in
 * {@link #problems()} (so runs can show it) and leaves the others working.
 */
public final class AnalysisRegistry {

	public static final String EXTENSION_POINT = "org.factorstudio.analysis.analyses";

	private static volatile AnalysisRegistry platform;

	private final ContributionRegistry<Analysis> contributions;
	private final boolean standalone;
	private final Set<String> mismatches = new HashSet<>();
	private final List<ContributionProblem> idProblems = new ArrayList<>();

	private AnalysisRegistry(ContributionRegistry<Analysis> contributions, boolean standalone) {
		this.contributions = contributions;
		this.standalone = standalone;
	}

	/** The running platform's analyses, read once; without a platform (plain Java) the built-in ones. */
	public static AnalysisRegistry platform() {
		AnalysisRegistry current = platform;
		if (current == null) {
			synchronized (AnalysisRegistry.class) {
				current = platform;
				if (current == null) {
					current = of(RegistryFactory.getRegistry());
					platform = current;
				}
			}
		}
		return current;
	}

	/** The analyses of the given extension registry ({@code null}: the built-in ones only). */
	public static AnalysisRegistry of(IExtensionRegistry registry) {
		ContributionRegistry<Analysis> contributions = ContributionRegistry.from(registry, EXTENSION_POINT, "analysis",
				Analysis.class, ContributionLog::warn);
		return new AnalysisRegistry(contributions, registry == null);
	}

	/**
	 * Every usable analysis, instantiated, in contribution order. A contribution whose class reports another id
	 * than it declares is unusable: the language and the engine would disagree about its name.
	 */
	public synchronized List<Analysis> analyses() {
		if (standalone) {
			return BuiltInAnalyses.all();
		}
		List<Analysis> usable = new ArrayList<>();
		for (var contribution : contributions.contributions()) {
			contributions.get(contribution.id()).ifPresent(analysis -> {
				if (analysis.id().equals(contribution.id())) {
					usable.add(analysis);
				} else if (mismatches.add(contribution.id())) {
					ContributionProblem problem = new ContributionProblem(EXTENSION_POINT, contribution.pluginId(),
							contribution.id(), "its class reports the id '" + analysis.id() + "'");
					idProblems.add(problem);
					ContributionLog.warn(problem);
				}
			});
		}
		return List.copyOf(usable);
	}

	/** Whether a contribution with this id is declared, usable or not. */
	public boolean isDeclared(String id) {
		return standalone ? BuiltInAnalyses.all().stream().anyMatch(a -> a.id().equals(id))
				: contributions.isDeclared(id);
	}

	/** The contributions found unusable so far (after {@link #analyses()}, all of them), each once. */
	public synchronized List<ContributionProblem> problems() {
		List<ContributionProblem> all = new ArrayList<>(contributions.problems());
		all.addAll(idProblems);
		return List.copyOf(all);
	}
}
