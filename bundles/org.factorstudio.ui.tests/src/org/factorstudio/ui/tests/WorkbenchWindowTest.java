package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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

	/**
	 * Issue item 8: in the perspective as a new workspace opens it, every tab of the result folder (the result
	 * views and Problems) shows its whole title, at 1366x768 as at 1920x1080: each tab is at least as wide as its
	 * icon and its title's text (the folder shortens titles to "Correl..." when they do not fit).
	 */
	@Test
	void theResultTabsShowTheirWholeTitlesAtBothWindowSizes() {
		IWorkbenchPage page = Ui.page();
		page.resetPerspective();
		Shell shell = page.getWorkbenchWindow().getShell();
		Rectangle before = shell.getBounds();
		String correlations = page.findView(FactorStudioPerspective.RESULT_VIEWS[0]).getTitle();
		try {
			for (Point size : List.of(new Point(1366, 768), new Point(1920, 1080))) {
				shell.setBounds(0, 0, size.x, size.y);
				Ui.flush();
				CTabFolder results = folderWithTab(shell, correlations);
				assertNotNull(results, "no tab folder shows the " + correlations + " view");
				assertEquals(FactorStudioPerspective.RESULT_VIEWS.length + 1, results.getItemCount(),
						"the result views and Problems");
				GC gc = new GC(results);
				try {
					for (CTabItem tab : results.getItems()) {
						gc.setFont(tab.getFont() != null ? tab.getFont() : results.getFont());
						int icon = tab.getImage() == null ? 0 : tab.getImage().getBounds().width;
						int needed = icon + gc.textExtent(tab.getText(), SWT.DRAW_MNEMONIC).x;
						assertTrue(tab.isShowing() && tab.getBounds().width >= needed, "'" + tab.getText() + "' at "
								+ size.x + "x" + size.y + ": tab " + tab.getBounds().width + " px wide, its icon and title "
								+ needed + " px");
					}
				} finally {
					gc.dispose();
				}
			}
		} finally {
			shell.setBounds(before);
			Ui.flush();
		}
	}

	private static CTabFolder folderWithTab(Composite parent, String title) {
		List<Control> pending = new ArrayList<>(List.of(parent.getChildren()));
		while (!pending.isEmpty()) {
			Control control = pending.remove(0);
			if (control instanceof CTabFolder folder && Arrays.stream(folder.getItems()).anyMatch(t -> t.getText().equals(title))) {
				return folder;
			}
			if (control instanceof Composite composite) {
				pending.addAll(List.of(composite.getChildren()));
			}
		}
		return null;
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
