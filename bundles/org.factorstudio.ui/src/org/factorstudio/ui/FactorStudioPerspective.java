package org.factorstudio.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The FactorStudio perspective: projects on the left, the study editor in the middle, its outline and
 * the factor framework on the right; below all three, across the window, the result tables and problems,
 * the correlation matrix beside them.
 */
public class FactorStudioPerspective implements IPerspectiveFactory {

	public static final String ID = "org.factorstudio.ui.perspective";

	/** Folder ids, so result views contributed later land in the bottom folder. */
	public static final String BOTTOM_FOLDER = "org.factorstudio.ui.bottom";

	public static final String RUN_ANALYSIS_COMMAND = "org.factorstudio.ui.commands.runAnalysis";

	/** The result views, in the order of their tabs. */
	public static final String[] RESULT_VIEWS = { "org.factorstudio.ui.views.correlations",
			"org.factorstudio.ui.views.descriptives", "org.factorstudio.ui.views.reliability",
			"org.factorstudio.ui.views.partialCorrelations", "org.factorstudio.ui.views.hypotheses",
			"org.factorstudio.ui.views.importReport" };

	public static final String MATRIX_VIEW = "org.factorstudio.ui.views.matrix";
	public static final String FRAMEWORK_VIEW = "org.factorstudio.ui.views.framework";
	public static final String TABLES_VIEW = "org.factorstudio.ui.views.tables";
	public static final String MEASUREMENT_VIEW = "org.factorstudio.ui.views.measurement";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// The results folder is made first, so it spans the whole width of the window below the projects,
		// the editor and the outline: at 1366 x 768 its seven tabs then show their full titles beside the
		// correlation matrix (with the projects beside it, they were cut to "Correl...", "Descri...").
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.45f, editors);
		for (String view : RESULT_VIEWS) {
			bottom.addView(view);
		}
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(TABLES_VIEW);
		bottom.addPlaceholder(MEASUREMENT_VIEW);
		bottom.addPlaceholder("org.factorstudio.ui.views.*");
		IFolderLayout bottomRight = layout.createFolder("org.factorstudio.ui.bottomRight", IPageLayout.RIGHT, 0.66f,
				BOTTOM_FOLDER);
		bottomRight.addView(MATRIX_VIEW);
		IFolderLayout left = layout.createFolder("org.factorstudio.ui.left", IPageLayout.LEFT, 0.17f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("org.factorstudio.ui.right", IPageLayout.RIGHT, 0.7f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addView(FRAMEWORK_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		for (String view : RESULT_VIEWS) {
			layout.addShowViewShortcut(view);
		}
		layout.addShowViewShortcut(MATRIX_VIEW);
		layout.addShowViewShortcut(FRAMEWORK_VIEW);
		layout.addShowViewShortcut(TABLES_VIEW);
		layout.addShowViewShortcut(MEASUREMENT_VIEW);
		layout.addNewWizardShortcut("org.factorstudio.ui.wizards.newStudy");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addActionSet("org.eclipse.ui.actionSet.keyBindings");
	}
}
