package org.factorstudio.dsl.analyses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The analyses a study may ask for, as their plugins declare them to {@code org.factorstudio.analysis.analyses}:
 * ids, names, descriptions and parameters. Read from the declarations alone, so the language knows every installed
 * analysis without loading any plugin class and without depending on the engine.
 */
public final class AnalysisCatalog {

	/** The engine's extension point, named here so that the language needs no dependency on the engine. */
	public static final String EXTENSION_POINT = "org.factorstudio.analysis.analyses";

	private final List<AnalysisInfo> analyses;

	private AnalysisCatalog(List<AnalysisInfo> analyses) {
		this.analyses = List.copyOf(analyses);
	}

	/**
	 * The running platform's catalog; empty without a platform (plain Java), where the language cannot know which
	 * analyses will be installed and so checks none.
	 */
	public static Optional<AnalysisCatalog> platform() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		return registry == null ? Optional.empty() : Optional.of(of(registry));
	}

	public static AnalysisCatalog of(IExtensionRegistry registry) {
		List<AnalysisInfo> analyses = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			if (!"analysis".equals(element.getName()) || id == null || id.isBlank()) {
				continue;
			}
			List<AnalysisInfo.ParameterInfo> parameters = new ArrayList<>();
			for (IConfigurationElement parameter : element.getChildren("parameter")) {
				parameters.add(new AnalysisInfo.ParameterInfo(parameter.getAttribute("name"),
						AnalysisInfo.ParameterType.of(parameter.getAttribute("type")), parameter.getAttribute("default"),
						parameter.getAttribute("min"), parameter.getAttribute("max"),
						parameter.getAttribute("description")));
			}
			analyses.add(new AnalysisInfo(id, element.getAttribute("name"), element.getAttribute("description"),
					"always".equals(element.getAttribute("runs")), element.getContributor().getName(), parameters));
		}
		return new AnalysisCatalog(analyses);
	}

	public List<AnalysisInfo> analyses() {
		return analyses;
	}

	/** The analyses a plan asks for by {@code run id}: those that do not run on every study anyway. */
	public List<AnalysisInfo> onRequest() {
		return analyses.stream().filter(a -> !a.runsAlways()).toList();
	}

	public Optional<AnalysisInfo> find(String id) {
		return analyses.stream().filter(a -> a.id().equals(id)).findFirst();
	}
}
