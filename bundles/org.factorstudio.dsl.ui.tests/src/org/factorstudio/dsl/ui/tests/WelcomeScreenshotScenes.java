package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.checks.StudyChecks;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): the scenes docs/screenshot-welcome.sh
 * photographs at 1366x768. Scene 1: the welcome page of a fresh workspace. Scene 2: the example open, Ctrl+1 on
 * the one warning of a block's unused indicators. Scene 3: the Problems view listing the problems of studies
 * no editor has open (the workspace checks). Each scene writes {@code ready-N} into $FACTORSTUDIO_SCREENSHOT_DIR
 * and waits for {@code done-N}.
 */
class WelcomeScreenshotScenes {

	@Test
	void showTheWelcomePageAQuickFixAndTheProblemsView() throws Exception {
		String folder = System.getenv("FACTORSTUDIO_SCREENSHOT_DIR");
		assertTrue(folder != null, "run through docs/screenshot-welcome.sh");
		Path signals = Path.of(folder);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getBounds());
		page.closeAllEditors(false);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.factorstudio.ui.commands.welcome",
				null);
		ScreenshotScenes.settle(500);
		// the whole page: the editor area maximised, as a double-click on its tab does
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_MAXIMIZED);
		ScreenshotScenes.settle(1_500);
		ScreenshotScenes.photograph(signals, 1);
		page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);

		StudyEditorFixture fixture = StudyEditorFixture.openExample();
		try {
			IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.activate(fixture.editor);
			IMarker block = fixture.awaitMarkers("the unused-indicator warnings", markers -> markers.stream()
					.anyMatch(m -> m.getAttribute(StudyEditorIds.ISSUE_DATA, "").contains(","))).stream()
					.filter(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(m.getAttribute(StudyEditorIds.ISSUE_CODE, ""))
							&& m.getAttribute(StudyEditorIds.ISSUE_DATA, "").contains(","))
					.findFirst().orElseThrow();
			ScreenshotScenes.settle(1_500);
			if (problems.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
				viewer.expandAll();
			}
			int offset = block.getAttribute(IMarker.CHAR_START, 0);
			fixture.editor.selectAndReveal(offset + 2, 0);
			page.activate(fixture.editor);
			ScreenshotScenes.settle(500);
			fixture.editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.QUICK_ASSIST);
			ScreenshotScenes.settle(2_000);
			ScreenshotScenes.photograph(signals, 2);

			// the studies of the project, none of them open: their problems come from the workspace checks
			page.closeAllEditors(false);
			for (String file : new String[] { "responses-raw-export.csv", "municipal-automation-raw.study",
					"municipal-automation-measurement.study" }) {
				fixture.project.getFile(file).create(Files.newInputStream(StudyEditorFixture.EXAMPLE.resolve(file)), true,
						new NullProgressMonitor());
			}
			StudyChecks.start();
			StudyEditorFixture.waitUntil("the raw study is checked", () -> {
				try {
					return fixture.project.getFile("municipal-automation-raw.study")
							.findMarkers(StudyEditorIds.PROBLEM_MARKER, false, 0).length > 0;
				} catch (Exception e) {
					return false;
				}
			}, 60_000);
			page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
			ScreenshotScenes.settle(2_000);
			if (problems.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
				viewer.expandAll();
				// wide enough for the messages and the file names (the defaults cut both)
				if (viewer.getControl() instanceof Tree tree && tree.getColumnCount() > 2) {
					tree.getColumn(0).setWidth(620);
					tree.getColumn(1).setWidth(300);
				}
			}
			ScreenshotScenes.settle(1_000);
			ScreenshotScenes.photograph(signals, 3);
			page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_RESTORED);
		} finally {
			page.closeAllEditors(false);
			fixture.project.delete(true, true, new NullProgressMonitor());
		}
	}
}
