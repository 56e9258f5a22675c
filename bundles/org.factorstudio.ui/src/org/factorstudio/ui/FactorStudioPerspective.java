package org.factorstudio.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The FactorStudio perspective: projects on the left, the study editor in the middle, its outline on
 * the right, problems and results below.
 */
public class FactorStudioPerspective implements IPerspectiveFactory {

	public static final String ID = "org.factorstudio.ui.perspective";

	/** Folder ids, so result views contributed later land in the bottom folder. */
	public static final String BOTTOM_FOLDER = "org.factorstudio.ui.bottom";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("org.factorstudio.ui.left", IPageLayout.LEFT, 0.2f, editors);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("org.factorstudio.ui.right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder("org.factorstudio.ui.views.*");
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
