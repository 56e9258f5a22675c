package org.factorstudio.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > FactorStudio: number format, analysis plan defaults, re-run on save. */
public final class FactorStudioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public FactorStudioPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, UiPreferences.NODE));
		setDescription("How the result views print numbers, and the analysis plan a new study starts with. "
				+ "A study's own 'analysis { }' block always decides how it is analysed.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor decimals = new IntegerFieldEditor(UiPreferences.DECIMALS,
				"Decimals of coefficients and statistics:", getFieldEditorParent(), 2);
		decimals.setValidRange(0, 12);
		addField(decimals);
		IntegerFieldEditor pDecimals = new IntegerFieldEditor(UiPreferences.P_DECIMALS, "Decimals of p-values:",
				getFieldEditorParent(), 2);
		pDecimals.setValidRange(1, 12);
		addField(pDecimals);
		addField(new ComboFieldEditor(UiPreferences.METHOD, "New studies: correlation method:",
				pairs("spearman", "pearson", "kendall"), getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.TAILS, "New studies: tails:", pairs("two", "one"),
				getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.MISSING, "New studies: missing data:",
				pairs("pairwise", "listwise"), getFieldEditorParent()));
		addField(new SignificanceFieldEditor(getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.CORRECTION, "New studies: multiple-testing correction:",
				pairs("none", "bonferroni", "holm", "benjamini-hochberg"), getFieldEditorParent()));
		addField(new ComboFieldEditor(UiPreferences.COMPATIBILITY, "New studies: p-values compatible with:",
				new String[][] { { "SPSS (t-approximation)", "spss" }, { "R (exact AS 89 when possible)", "r" } },
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(UiPreferences.RERUN_ON_SAVE, "Run the analysis again when a study is saved",
				getFieldEditorParent()));
	}

	private static String[][] pairs(String... values) {
		String[][] pairs = new String[values.length][];
		for (int i = 0; i < values.length; i++) {
			pairs[i] = new String[] { values[i], values[i] };
		}
		return pairs;
	}

	/** A significance level strictly between 0 and 1, written as the study language writes it. */
	private static final class SignificanceFieldEditor extends StringFieldEditor {

		SignificanceFieldEditor(Composite parent) {
			super(UiPreferences.SIGNIFICANCE, "New studies: significance level:", parent);
			setErrorMessage("The significance level must be a number between 0 and 1, such as 0.05");
			setEmptyStringAllowed(false);
		}

		@Override
		protected boolean doCheckState() {
			String text = getStringValue().trim();
			if (!text.matches("0\\.[0-9]+")) {
				return false;
			}
			double value = Double.parseDouble(text);
			return value > 0 && value < 1;
		}
	}
}
