package org.factorstudio.dsl.ui.internal.checks;

import java.util.Map;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.factorstudio.dsl.validation.StudyConfigurableIssueCodes;
import org.factorstudio.dsl.validation.StudyIssueCodes;

/**
 * Window > Preferences > FactorStudio > Study Checks: the severity of each noisy check (ignore, info, warning,
 * error), honoured by the editor and the workspace checks. {@code factorstudio validate} reads no preferences and
 * keeps the defaults (warning).
 */
public final class StudySeveritiesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.factorstudio.dsl.ui.preferences.checks";

	/** What each configurable check is about, as the page lists it. */
	static final Map<String, String> LABELS = Map.of(StudyIssueCodes.UNUSED_INDICATOR,
			"Indicators used in no index variable:", StudyIssueCodes.SINGLE_ITEM_RELIABILITY,
			"Reliability asked for an index of one item:", StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS,
			"One-tailed analysis of a factor without a hypothesis:");

	private static final String[][] SEVERITIES = { { "Ignore", StudySeverities.IGNORE },
			{ "Info", StudySeverities.INFO }, { "Warning", StudySeverities.WARNING }, { "Error", StudySeverities.ERROR } };

	public StudySeveritiesPreferencePage() {
		super(GRID);
		setDescription("How the study editor and the workspace checks report these problems. The command line "
				+ "(factorstudio validate, analyze) reads no preferences and reports them as warnings.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, StudySeverities.NODE);
		for (String code : StudyConfigurableIssueCodes.CODES) {
			store.setDefault(code, StudySeverities.WARNING);
		}
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		for (String code : StudyConfigurableIssueCodes.CODES) {
			addField(new ComboFieldEditor(code, LABELS.getOrDefault(code, code), SEVERITIES, getFieldEditorParent()));
		}
	}
}
