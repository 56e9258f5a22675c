package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;

/**
 * What the IDE shows of the Eclipse Platform is what a study needs: no version-control, compare or build menus
 * in the Project Explorer, Navigate > Back and Forward for going back after Open Declaration, and the Study
 * Checks preference page under FactorStudio.
 */
class GenericLeftoversTest {

	@Test
	void theProjectExplorersMenuHasNoTeamCompareReplaceOrBuild() throws Exception {
		IProject project = Ui.exampleProject();
		CommonNavigator explorer = (CommonNavigator) Ui.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		explorer.selectReveal(new StructuredSelection(project));
		Ui.flush();
		Menu menu = explorer.getCommonViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		List<String> items = texts(menu);
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(items.contains("Refresh"), "the menu was read: " + items);
		assertNoLeftovers(items);

		// the study editor's context menu: no Team, Compare With or Replace With (local history) either
		IEditorPart editor = IDE.openEditor(Ui.page(), project.getFile("municipal-automation.study"), true);
		try {
			Control text = editor.getAdapter(Control.class);
			Menu editorMenu = text.getMenu();
			editorMenu.notifyListeners(SWT.Show, new Event());
			Ui.flush();
			List<String> editorItems = texts(editorMenu);
			editorMenu.notifyListeners(SWT.Hide, new Event());
			assertTrue(editorItems.contains("Study"), "the editor's menu was read: " + editorItems);
			assertNoLeftovers(editorItems);
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	private static void assertNoLeftovers(List<String> items) {
		for (String leftover : List.of("Team", "Compare With", "Replace With", "Build Project", "Build All")) {
			assertFalse(items.stream().anyMatch(t -> t.startsWith(leftover)), leftover + " in " + items);
		}
	}

	@Test
	void theStartLogsNoDuplicatePackageRegistration() throws Exception {
		// EMF warns at start-up when one namespace is registered twice (it was, by the model's plugin.xml)
		java.nio.file.Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toPath();
		String text = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
		assertFalse(text.contains("register a package for"), text);
	}

	@Test
	void theNavigateMenuGoesBackAndForward() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		MenuItem navigate = null;
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("Navigate")) {
				navigate = item;
			}
		}
		assertTrue(navigate != null, "a Navigate menu");
		navigate.getMenu().notifyListeners(SWT.Show, new Event());
		List<String> items = texts(navigate.getMenu());
		navigate.getMenu().notifyListeners(SWT.Hide, new Event());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Back")), items.toString());
		assertTrue(items.stream().anyMatch(t -> t.startsWith("Forward")), items.toString());
	}

	@Test
	void theStudyChecksPreferencePageListsTheNoisyChecks() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.factorstudio.dsl.ui.preferences.checks",
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			String text = Ui.allText(dialog.getShell());
			assertTrue(text.contains("Indicators used in no index variable:"), text);
			assertTrue(text.contains("reads no preferences"), "says the command line keeps the defaults: " + text);
		} finally {
			dialog.close();
		}
	}

	private static List<String> texts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "");
			int tab = text.indexOf('\t');
			if (!text.isEmpty()) {
				texts.add(tab < 0 ? text : text.substring(0, tab));
			}
		}
		return texts;
	}
}
