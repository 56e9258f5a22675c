package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.factorstudio.ui.internal.welcome.ExampleProject;
import org.factorstudio.ui.internal.welcome.RecentStudies;
import org.factorstudio.ui.internal.welcome.WelcomeEditor;
import org.factorstudio.ui.internal.welcome.WelcomePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The welcome page: shown at the workspace's first start, its links open the bundled example as a workspace
 * project, the New Study wizard and the language reference, and it lists the studies opened last.
 */
class WelcomeTest {

	@AfterEach
	void close() {
		Ui.page().closeAllEditors(false);
		Ui.flush();
	}

	@Test
	void theFirstStartShowedTheWelcomePageOnce() {
		// the test workspace started fresh: the advisor opened the welcome page and noted it
		assertTrue(InstanceScope.INSTANCE.getNode("org.factorstudio.ui").getBoolean("welcomeShown", false));
	}

	@Test
	void theExampleAndTheLanguageReferenceShipInTheBundle() {
		var bundle = Platform.getBundle("org.factorstudio.ui");
		assertNotNull(bundle.getEntry("examples/municipal-automation/municipal-automation.study"));
		assertNotNull(bundle.getEntry("examples/municipal-automation/responses.csv"));
		assertNotNull(bundle.getEntry("docs/language.md"));
	}

	@Test
	void openTheExampleMakesAWorkspaceProjectAndOpensTheStudy() throws Exception {
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.PROJECT);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		WelcomePage page = welcome();
		click(link(page, "Open the example study"));

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProject.PROJECT);
		assertTrue(project.isOpen());
		IFile study = project.getFile(ExampleProject.STUDY);
		assertTrue(study.exists() && project.getFile("responses.csv").exists());
		assertEquals(Ui.exampleFolder().resolve("municipal-automation.study").toFile().length(),
				study.getLocation().toFile().length(), "the study is copied whole");
		IEditorPart editor = Ui.page().getActiveEditor();
		assertTrue(editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(study),
				"the example's study is open: " + editor.getEditorInput());
		assertEquals(study.getFullPath().toString(), RecentStudies.list().get(0), "it heads the recent studies");

		// the recent studies are links that open them again
		Ui.page().closeEditor(editor, false);
		page = welcome();
		page.showRecent(RecentStudies.list());
		click(link(page, study.getFullPath().toString()));
		assertTrue(Ui.page().getActiveEditor().getEditorInput() instanceof IFileEditorInput input
				&& input.getFile().equals(study));
	}

	@Test
	void theLanguageReferenceOpensInAnEditor() {
		click(link(welcome(), "Study language reference"));
		ITextEditor editor = Ui.page().getActiveEditor().getAdapter(ITextEditor.class);
		assertNotNull(editor);
		assertEquals("language.md", editor.getTitle());
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertTrue(text.contains("indicators"), "the reference itself");
	}

	@Test
	void newStudyOpensTheWizard() {
		WelcomePage page = welcome();
		String[] seen = new String[1];
		Display display = Display.getCurrent();
		// the wizard is modal: close it from inside its event loop once it is up
		display.timerExec(500, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if ("New FactorStudio Study".equals(shell.getText()) && shell.isVisible()) {
						seen[0] = shell.getText();
						shell.close();
						return;
					}
				}
				display.timerExec(200, this);
			}
		});
		click(link(page, "New study from a data file..."));
		assertEquals("New FactorStudio Study", seen[0]);
	}

	private static WelcomePage welcome() {
		try {
			WelcomeEditor editor = (WelcomeEditor) WelcomeEditor.open(Ui.page().getWorkbenchWindow());
			Ui.flush();
			List<IEditorReference> welcomes = List.of(Ui.page().getEditorReferences()).stream()
					.filter(r -> WelcomeEditor.ID.equals(r.getId())).toList();
			assertEquals(1, welcomes.size(), "one welcome page");
			return editor.page();
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static Link link(WelcomePage page, String text) {
		return page.links().stream().filter(l -> l.getText().replace("<a>", "").replace("</a>", "").equals(text))
				.findFirst().orElseThrow(() -> new AssertionError("no link " + text + " in "
						+ page.links().stream().map(Link::getText).toList()));
	}

	private static void click(Link link) {
		Event event = new Event();
		event.text = link.getText();
		link.notifyListeners(SWT.Selection, event);
		Ui.flush();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
