package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name does not end in Test): the scenes docs/screenshot-scenes.sh
 * photographs at the screen's size (1366x768 there). Scene 1: the example analysed, the Correlation
 * Matrix maximised (heat map and legend). Scenes 3 to 10: each other result view of that run maximised.
 * Scene 2 (taken last): an unknown indicator seeded into the example, Ctrl+1's quick fixes open on it, the
 * Problems view with its icons below. Each scene writes
 * {@code ready-N} into $FACTORSTUDIO_SCREENSHOT_DIR and waits for {@code done-N}.
 */
class IdeScreenshotScenes {

	private static final String MATRIX_VIEW = "org.factorstudio.ui.views.matrix";
	private static final String RUN_ANALYSIS = "org.factorstudio.ui.commands.runAnalysis";
	/** Scenes 3 to 10, in this order (docs/screenshot-scenes.sh names their pictures). */
	private static final List<String> RESULT_VIEWS = List.of("importReport", "descriptives", "reliability",
			"correlations", "partialCorrelations", "hypotheses", "framework", "tables").stream()
			.map(name -> "org.factorstudio.ui.views." + name).toList();

	@Test
	void showTheHeatMapThenAQuickFixAndTheProblemsView() throws Exception {
		String folder = System.getenv("FACTORSTUDIO_SCREENSHOT_DIR");
		assertTrue(folder != null, "run through docs/screenshot-scenes.sh");
		Path signals = Path.of(folder);
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			Shell shell = fixture.editor.getSite().getShell();
			shell.setBounds(shell.getDisplay().getBounds());
			IWorkbenchPage page = fixture.editor.getSite().getPage();
			page.activate(fixture.editor);
			ScreenshotScenes.settle(500);

			Object job = fixture.editor.getSite().getService(IHandlerService.class).executeCommand(RUN_ANALYSIS, null);
			StudyEditorFixture.waitUntil("the analysis ran", () -> !(job instanceof Job running) || running.getState() == Job.NONE,
					60_000);
			IViewPart matrix = page.showView(MATRIX_VIEW);
			page.setPartState(page.getReference(matrix), IWorkbenchPage.STATE_MAXIMIZED);
			ScreenshotScenes.settle(2_000);
			ScreenshotScenes.photograph(signals, 1);
			page.setPartState(page.getReference(matrix), IWorkbenchPage.STATE_RESTORED);
			// scenes 3 to 10: every other result view of the run, maximised in turn
			int scene = 3;
			for (String view : RESULT_VIEWS) {
				IViewPart part = page.showView(view);
				page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
				ScreenshotScenes.settle(1_500);
				Tree framework = view.endsWith(".framework") ? findTree(shell, "Area / factor") : null;
				if (framework != null) {
					hoverRecommendation(framework); // its tooltip shows a recommendation the view cuts
					ScreenshotScenes.settle(2_000);
				}
				ScreenshotScenes.photograph(signals, scene++);
				if (framework != null) {
					movePointer(framework.getDisplay(), new Point(0, 0));
				}
				page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
			}

			IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.activate(fixture.editor);
			int offset = fixture.offsetOf("q29\n");
			fixture.document.replace(offset, 3, "q299");
			fixture.awaitMarkers("the unknown indicator is marked", markers -> markers.stream()
					.anyMatch(m -> Diagnostic.LINKING_DIAGNOSTIC.equals(m.getAttribute("issueCode", null))));
			ScreenshotScenes.settle(2_000);
			if (problems.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
				viewer.expandAll();
			}
			fixture.editor.selectAndReveal(offset + 1, 0);
			page.activate(fixture.editor);
			ScreenshotScenes.settle(500);
			ITextOperationTarget target = fixture.editor.getAdapter(ITextOperationTarget.class);
			target.doOperation(ISourceViewer.QUICK_ASSIST);
			ScreenshotScenes.settle(2_000);
			ScreenshotScenes.photograph(signals, 2);
		}
	}

	/** The visible tree whose first column has this title, or null. */
	private static Tree findTree(Composite parent, String firstColumn) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && tree.isVisible() && tree.getColumnCount() > 0
					&& tree.getColumn(0).getText().equals(firstColumn)) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = findTree(composite, firstColumn);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Moves the pointer onto the first factor's recommendation, as a reader would, so GTK shows its tooltip. */
	private static void hoverRecommendation(Tree tree) throws InterruptedException {
		TreeItem first = tree.getItem(0).getItem(0);
		Rectangle cell = first.getBounds(tree.getColumnCount() - 1);
		Point at = tree.toDisplay(cell.x + 120, cell.y + cell.height / 2);
		movePointer(tree.getDisplay(), new Point(at.x - 5, at.y));
		ScreenshotScenes.settle(200);
		movePointer(tree.getDisplay(), at);
	}

	private static void movePointer(Display display, Point at) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		display.post(move);
	}
}
