package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.keys.IBindingService;
import org.factorstudio.ui.FactorStudioPerspective;
import org.factorstudio.ui.IdeWindowAdvisor;
import org.factorstudio.ui.internal.preferences.FactorStudioPreferencePage;
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

	@Test
	void thePerspectiveShowsTheResultViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String id : FactorStudioPerspective.RESULT_VIEWS) {
			assertNotNull(page.findViewReference(id), id + " is not in the perspective");
		}
		assertNotNull(page.findViewReference(FactorStudioPerspective.MATRIX_VIEW));
		assertNotNull(page.findViewReference(FactorStudioPerspective.FRAMEWORK_VIEW));
	}

	@Test
	void theWindowFitsOnTheScreen() {
		assertEquals(new Point(1366, 768), IdeWindowAdvisor.initialSize(new Rectangle(0, 0, 1366, 768)));
		assertEquals(new Point(1400, 900), IdeWindowAdvisor.initialSize(new Rectangle(0, 0, 1920, 1080)));
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle screen = window.getDisplay().getPrimaryMonitor().getClientArea();
		assertTrue(window.getSize().x <= screen.width && window.getSize().y <= screen.height,
				window.getSize() + " on " + screen);
	}

	@Test
	void runAnalysisIsBoundToCtrlR() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		TriggerSequence[] triggers = bindings.getActiveBindingsFor(FactorStudioPerspective.RUN_ANALYSIS_COMMAND);
		assertTrue(Arrays.stream(triggers).anyMatch(t -> t.format().equals("Ctrl+R")), Arrays.toString(triggers));
	}

	@Test
	void thePreferencePageOpens() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.factorstudio.ui.preferences",
				new String[] { "org.factorstudio.ui.preferences" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() instanceof FactorStudioPreferencePage, String.valueOf(dialog.getSelectedPage()));
			assertTrue(Ui.allText(dialog.getShell()).contains("Decimals of p-values:"), Ui.allText(dialog.getShell()));
		} finally {
			dialog.close();
		}
	}
}
