package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): the scene that docs/screenshot-editor.sh
 * photographs. The example study with a seeded error, its outline following the cursor and the
 * Problems view; the scene writes {@code ready} into $FACTORSTUDIO_SCREENSHOT_DIR, then waits for
 * {@code done} so the script can take the picture with {@code import -window root}.
 */
class EditorScreenshotScene {

	/** Expands the Problems view's "Errors" group as a click on its arrow would (JFace fills it on Expand). */
	private static void expandErrors(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree) {
				for (TreeItem item : tree.getItems()) {
					if (item.getText().startsWith("Errors (")) {
						Event expand = new Event();
						expand.item = item;
						tree.notifyListeners(SWT.Expand, expand);
						item.setExpanded(true);
					}
				}
			} else if (child instanceof Composite composite) {
				expandErrors(composite);
			}
		}
	}

	@Test
	void showTheEditorWithOutlineAndMarker() throws Exception {
		String folder = System.getenv("FACTORSTUDIO_SCREENSHOT_DIR");
		assertTrue(folder != null, "run through docs/screenshot-editor.sh");
		Path signals = Path.of(folder);
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			Shell shell = fixture.editor.getSite().getShell();
			shell.setBounds(shell.getDisplay().getBounds());
			IWorkbenchPage page = fixture.editor.getSite().getPage();
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.showView(IPageLayout.ID_OUTLINE);
			page.activate(fixture.editor);

			String line = "index Alignment = q11, reversed q14, q29";
			int end = fixture.offsetOf(line) + line.length();
			fixture.document.replace(end, 0, ", q11");
			fixture.awaitMarkers("the seeded error is marked", markers -> markers.stream()
					.anyMatch(m -> StudyIssueCodes.DUPLICATE_MEMBER.equals(m.getAttribute("issueCode", null))));
			fixture.editor.selectAndReveal(fixture.offsetOf("reversed q14") + "reversed ".length(), 3);
			// Open the Problems view's groups so the error's message shows.
			page.activate(fixture.editor);
			// Let the Problems view, the rulers and the outline catch up.
			long settle = System.currentTimeMillis() + 3_000;
			while (System.currentTimeMillis() < settle) {
				StudyEditorFixture.drainEvents();
				Thread.sleep(20);
			}
			expandErrors(shell);
			long expanded = System.currentTimeMillis() + 1_000;
			while (System.currentTimeMillis() < expanded) {
				StudyEditorFixture.drainEvents();
				Thread.sleep(20);
			}
			Files.writeString(signals.resolve("ready"), "ready");
			StudyEditorFixture.waitUntil("the screenshot was taken", () -> Files.exists(signals.resolve("done")),
					120_000);
		}
	}
}
