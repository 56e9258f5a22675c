package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.factorstudio.ui.FactorStudioPerspective;
import org.junit.jupiter.api.Test;

/** The IDE opens a workbench window on the FactorStudio perspective with its views. */
class WorkbenchWindowTest {

	@Test
	void theWindowOpensOnTheFactorStudioPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open");
		assertTrue(window.getShell().isVisible(), "the workbench window is not visible");
		assertEquals("FactorStudio", window.getShell().getText());
		IWorkbenchPage page = window.getActivePage();
		assertEquals(FactorStudioPerspective.ID, page.getPerspective().getId());
		assertNotNull(page.findView(IPageLayout.ID_PROBLEM_VIEW), "Problems view missing");
		assertNotNull(page.findView("org.eclipse.ui.navigator.ProjectExplorer"), "Project Explorer missing");
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "Outline missing");
	}
}
