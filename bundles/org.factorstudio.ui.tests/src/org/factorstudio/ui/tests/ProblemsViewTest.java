package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Problems view of the IDE shows the error and warning icons of the Eclipse IDE, not the
 * missing-image placeholder (the images its workbench advisor declares).
 */
class ProblemsViewTest {

	private static final String ERROR = "icon check: an error";
	private static final String WARNING = "icon check: a warning";

	private IProject project;

	@BeforeEach
	void createMarkers() throws Exception {
		// the view lists at most 100 items per group: the studies of earlier tests (a wizard-made one has 71
		// warnings) must not push these two out of it, so only they are left, and no editor re-adds others
		Ui.page().closeAllEditors(false);
		// a closed editor's study is checked again as saved, in the background: its markers must come before
		// the deletion below, not after it
		Ui.waitUntil(() -> Job.getJobManager().find(StudyEditorIds.CHECK_JOB_FAMILY).length == 0, 60_000,
				"the checks of saved studies");
		ResourcesPlugin.getWorkspace().getRoot().deleteMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE);
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("problems-view-icons");
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("study.txt");
		file.create(new ByteArrayInputStream("x\n".getBytes()), true, new NullProgressMonitor());
		file.createMarker(IMarker.PROBLEM, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE, ERROR,
				IMarker.LINE_NUMBER, 1));
		file.createMarker(IMarker.PROBLEM, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING, IMarker.MESSAGE, WARNING,
				IMarker.LINE_NUMBER, 1));
	}

	@AfterEach
	void deleteProject() throws Exception {
		project.delete(true, true, new NullProgressMonitor());
		Ui.flush();
	}

	@Test
	void errorsAndWarningsHaveTheirIconsNotThePlaceholder() throws Exception {
		// earlier tests may leave a view maximised: the Problems view's tree is virtual and fills its items only
		// while it is visible, so the perspective is reset and the view brought to the front
		Ui.page().resetPerspective();
		// the view is opened anew, so that what it shows does not depend on what earlier tests did with it
		IViewPart earlier = Ui.page().findView(IPageLayout.ID_PROBLEM_VIEW);
		if (earlier != null) {
			Ui.page().hideView(earlier);
			Ui.flush();
		}
		IViewPart view = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.page().activate(view);
		Ui.page().setPartState(Ui.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		Ui.flush();
		Tree[] tree = new Tree[1];
		try {
			Ui.waitUntil(() -> {
				tree[0] = problemsTree(view);
				if (tree[0] == null || tree[0].getItemCount() == 0) {
					// the view has not filled its groups yet: leave it to refresh (with an expandAll on every turn of
					// this loop, its refresh jobs stayed unfinished for 30 s in most suite runs; plain event dispatch
					// let them finish within 2 s)
					return false;
				}
				expandAll(view, tree[0]);
				return find(tree[0].getItems(), ERROR) != null && find(tree[0].getItems(), WARNING) != null;
			}, 30_000, "the Problems view lists both markers");
		} catch (AssertionError e) {
			// say what the view showed instead: its groups, and the markers the workspace has
			String groups = tree[0] == null ? "no tree"
					: String.join("; ", Arrays.stream(tree[0].getItems()).map(TreeItem::getText).toList());
			throw new AssertionError(e.getMessage() + "; the view shows: " + groups + " (visible: "
					+ Ui.page().isPartVisible(view) + ", tree visible: " + (tree[0] != null && tree[0].isVisible())
					+ ", jobs: " + Arrays.stream(Job.getJobManager().find(null)).map(j -> j.getName() + "=" + j.getState())
							.toList()
					+ "); the workspace has "
					+ ResourcesPlugin.getWorkspace().getRoot().findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE).length
					+ " problem markers", e);
		}

		Image missing = ImageDescriptor.getMissingImageDescriptor().createImage();
		try {
			Image error = find(tree[0].getItems(), ERROR).getImage();
			Image warning = find(tree[0].getItems(), WARNING).getImage();
			assertNotNull(error, "an error icon");
			assertNotNull(warning, "a warning icon");
			assertFalse(samePixels(error, missing), "the error icon is the missing-image placeholder");
			assertFalse(samePixels(warning, missing), "the warning icon is the missing-image placeholder");
			assertFalse(samePixels(error, warning), "errors and warnings look different");
			assertEquals(16, error.getBounds().width, "a 16 px icon");
		} finally {
			missing.dispose();
		}
	}

	private static boolean samePixels(Image a, Image b) {
		ImageData left = a.getImageData();
		ImageData right = b.getImageData();
		return left.width == right.width && left.height == right.height && Arrays.equals(left.data, right.data);
	}

	/** The view's tree: its viewer is the site's selection provider; else the tree under the view's pane. */
	private static Tree problemsTree(IViewPart view) {
		if (view.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
			return (Tree) viewer.getControl();
		}
		return findTree(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
	}

	private static Tree findTree(Control control) {
		if (control instanceof Tree tree && Arrays.stream(tree.getItems()).anyMatch(i -> i.getText().startsWith("Errors"))) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = findTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void expandAll(IViewPart view, Tree tree) {
		if (view.getSite().getSelectionProvider() instanceof AbstractTreeViewer viewer) {
			viewer.expandAll();
			return;
		}
		for (TreeItem item : tree.getItems()) {
			if (!item.getExpanded()) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
			}
		}
	}

	private static TreeItem find(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText(0).contains(text)) {
				return item;
			}
			TreeItem child = find(item.getItems(), text);
			if (child != null) {
				return child;
			}
		}
		return null;
	}
}
