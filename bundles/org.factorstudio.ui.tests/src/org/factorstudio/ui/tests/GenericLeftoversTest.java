package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

/**
 * What the IDE shows of the Eclipse Platform is what a study needs: no version-control, compare or build menus
 * in the Project Explorer, Navigate > Back and Forward for going back after Open Declaration, and the Study
 * Checks preference page under FactorStudio; one entry and one command per key in the study editor, an icon of
 * its own for each result view and on the Run Analysis button.
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

	@Test
	void noTwoEntriesOrBindingsShareAKeyInTheStudyEditor() throws Exception {
		IProject project = Ui.exampleProject();
		IEditorPart editor = IDE.openEditor(Ui.page(), project.getFile("municipal-automation.study"), true);
		try {
			Ui.flush();
			// the context menu, its submenus included: one entry per key (Find References and the Study menu's
			// Find Usages both showed Ctrl+Shift+G)
			Menu editorMenu = editor.getAdapter(Control.class).getMenu();
			Map<String, List<String>> byKey = new TreeMap<>();
			collectKeys(editorMenu, "", byKey);
			assertTrue(byKey.values().stream().anyMatch(entries -> entries.contains("Find References")),
					"the menu was read: " + byKey);
			byKey.forEach((key, entries) -> assertEquals(1, entries.size(), key + " on " + entries));

			// the active bindings: no key sequence runs two commands in one of the active contexts
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			IContextService contexts = PlatformUI.getWorkbench().getService(IContextService.class);
			@SuppressWarnings("unchecked")
			Collection<String> active = contexts.getActiveContextIds();
			assertTrue(active.contains("org.eclipse.ui.genericeditor.genericEditorContext"), active.toString());
			Map<String, Set<String>> commands = new TreeMap<>();
			TriggerSequence findReferences = KeySequence.getInstance("M1+M2+G");
			boolean findReferencesBound = false;
			for (Binding binding : bindings.getBindings()) {
				if (binding.getParameterizedCommand() == null || !active.contains(binding.getContextId())
						|| binding.getPlatform() != null && !binding.getPlatform().equals(SWT.getPlatform())
						|| !isInActiveScheme(bindings, binding)) {
					continue;
				}
				commands.computeIfAbsent(binding.getTriggerSequence().format() + " in " + binding.getContextId(),
						k -> new TreeSet<>()).add(binding.getParameterizedCommand().getId());
				findReferencesBound |= binding.getTriggerSequence().equals(findReferences);
			}
			assertTrue(findReferencesBound, "the bindings were read: " + commands);
			// Build All has nothing to build in a study project: no key runs it
			assertEquals(0, bindings.getActiveBindingsFor("org.eclipse.ui.project.buildAll").length,
					"keys of Build All");
			commands.forEach((key, ids) -> assertEquals(1, ids.size(), key + ": " + ids));
		} finally {
			Ui.page().closeEditor(editor, false);
		}
	}

	private static boolean isInActiveScheme(IBindingService bindings, Binding binding) {
		for (Scheme scheme = bindings.getActiveScheme(); scheme != null;) {
			if (scheme.getId().equals(binding.getSchemeId())) {
				return true;
			}
			try {
				String parent = scheme.getParentId();
				scheme = parent == null ? null : bindings.getScheme(parent);
			} catch (NotDefinedException e) {
				return false;
			}
		}
		return false;
	}

	/** Key (the text after the tab) to the entries showing it, through every submenu. */
	private static void collectKeys(Menu menu, String path, Map<String, List<String>> byKey) {
		menu.notifyListeners(SWT.Show, new Event());
		Ui.flush();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "");
			int tab = text.indexOf('\t');
			String label = path + (tab < 0 ? text : text.substring(0, tab));
			if (tab >= 0 && item.isEnabled()) {
				byKey.computeIfAbsent(text.substring(tab + 1), k -> new ArrayList<>()).add(label);
			}
			if (item.getMenu() != null) {
				collectKeys(item.getMenu(), label + " > ", byKey);
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	@Test
	void eachResultViewHasItsOwnIcon() {
		IViewDescriptor[] views = PlatformUI.getWorkbench().getViewRegistry().getViews();
		ImageDescriptor generic = PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_DEF_VIEW);
		Map<String, String> seen = new TreeMap<>();
		int ours = 0;
		for (IViewDescriptor view : views) {
			if (!view.getId().startsWith("org.factorstudio.ui.views.")) {
				continue;
			}
			ours++;
			ImageDescriptor icon = view.getImageDescriptor();
			assertTrue(icon != null && !icon.equals(generic), view.getLabel() + " has the generic icon");
			ImageData data = icon.getImageData(100);
			assertTrue(data != null && data.width == 16 && data.height == 16, view.getLabel() + ": " + data);
			String pixels = java.util.Arrays.toString(data.data) + java.util.Arrays.toString(data.alphaData);
			String before = seen.put(pixels, view.getLabel());
			assertTrue(before == null, view.getLabel() + " has the icon of " + before);
		}
		assertEquals(10, ours, "the ten result views");
	}

	@Test
	void runAnalysisOnTheToolBarHasAnIcon() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		List<ToolItem> items = new ArrayList<>();
		collectToolItems(shell, items);
		List<ToolItem> run = items.stream().filter(i -> i.getToolTipText() != null
				&& i.getToolTipText().startsWith("Run the analysis")).toList();
		assertEquals(1, run.size(), "one Run Analysis button among " + items.size() + " tool items");
		assertTrue(run.get(0).getImage() != null, "Run Analysis shows an icon");
	}

	private static void collectToolItems(Composite composite, List<ToolItem> out) {
		if (composite instanceof ToolBar bar) {
			out.addAll(List.of(bar.getItems()));
		}
		for (Control child : composite.getChildren()) {
			if (child instanceof Composite inner) {
				collectToolItems(inner, out);
			}
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
