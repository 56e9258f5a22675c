package org.factorstudio.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * The IDE's preferences: how the views print numbers, the analysis plan a new study starts with, and
 * whether saving a study re-runs its analysis. The study file itself always decides how it is
 * analysed; these are only defaults for new studies.
 */
public final class UiPreferences extends AbstractPreferenceInitializer {

	public static final String NODE = "org.factorstudio.ui";

	public static final String DECIMALS = "decimals";
	public static final String P_DECIMALS = "pDecimals";
	public static final String METHOD = "plan.method";
	public static final String TAILS = "plan.tails";
	public static final String MISSING = "plan.missing";
	public static final String SIGNIFICANCE = "plan.significance";
	public static final String CORRECTION = "plan.correction";
	public static final String COMPATIBILITY = "plan.compatibility";
	public static final String RERUN_ON_SAVE = "rerunOnSave";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.putInt(DECIMALS, NumberPolicy.APA.coefficientDecimals());
		defaults.putInt(P_DECIMALS, NumberPolicy.APA.pDecimals());
		defaults.put(METHOD, "spearman");
		defaults.put(TAILS, "two");
		defaults.put(MISSING, "pairwise");
		defaults.put(SIGNIFICANCE, "0.05");
		defaults.put(CORRECTION, "holm");
		defaults.put(COMPATIBILITY, "spss");
		defaults.putBoolean(RERUN_ON_SAVE, false);
	}

	/** The number policy the views use now: the report's, with the decimals the preferences set. */
	public static NumberPolicy numberPolicy() {
		int decimals = Math.max(0, Math.min(12, getInt(DECIMALS, NumberPolicy.APA.coefficientDecimals())));
		int pDecimals = Math.max(1, Math.min(12, getInt(P_DECIMALS, NumberPolicy.APA.pDecimals())));
		return new NumberPolicy(decimals, pDecimals);
	}

	/** The analysis plan new studies start with. */
	public static PlanDefaults planDefaults() {
		return new PlanDefaults(get(METHOD, "spearman"), get(TAILS, "two"), get(MISSING, "pairwise"),
				get(SIGNIFICANCE, "0.05"), get(CORRECTION, "holm"), get(COMPATIBILITY, "spss"));
	}

	public static boolean rerunOnSave() {
		return Platform.getPreferencesService().getBoolean(NODE, RERUN_ON_SAVE, false, null);
	}

	public static IEclipsePreferences instanceNode() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private static int getInt(String key, int fallback) {
		return Platform.getPreferencesService().getInt(NODE, key, fallback, null);
	}

	private static String get(String key, String fallback) {
		return Platform.getPreferencesService().getString(NODE, key, fallback, null);
	}
}
