package org.factorstudio.dsl.ui.internal.checks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.factorstudio.dsl.validation.StudyConfigurableIssueCodes;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The severities the user gave the noisy checks (Window > Preferences > FactorStudio > Study Checks), kept in
 * the workspace's instance preferences of this bundle under the issue code. The editor, the workspace checks
 * and the quick fixes read them here; a change re-checks every study ({@link StudyChecks#recheckAll()}).
 */
public final class StudySeverities {

	public static final String NODE = "org.factorstudio.dsl.ui";

	public static final String IGNORE = "ignore";
	public static final String INFO = "info";
	public static final String WARNING = "warning";
	public static final String ERROR = "error";

	private static boolean listening;

	private StudySeverities() {
	}

	/** Issue code to severity, for the codes the user has set (the others keep their default). */
	public static Map<String, String> current() {
		IEclipsePreferences node = node();
		Map<String, String> severities = new LinkedHashMap<>();
		for (String code : StudyConfigurableIssueCodes.CODES) {
			String value = node.get(code, null);
			if (value != null) {
				severities.put(code, value);
			}
		}
		listen(node);
		return severities;
	}

	/** Sets one check's severity (a quick fix's "ignore"); {@code null} restores the default. */
	public static void set(String code, String severity) {
		IEclipsePreferences node = node();
		if (severity == null) {
			node.remove(code);
		} else {
			node.put(code, severity);
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			org.eclipse.core.runtime.ILog.of(StudySeverities.class).warn("The study check severities were not saved", e);
		}
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static synchronized void listen(IEclipsePreferences node) {
		if (!listening) {
			listening = true;
			node.addPreferenceChangeListener(event -> {
				if (StudyConfigurableIssueCodes.CODES.contains(event.getKey())) {
					StudyChecks.recheckAll();
				}
			});
		}
	}
}
