package org.factorstudio.dsl.ui.internal.navigation;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * F3 (Open Declaration) in a study editor. The text editor's own Open Hyperlink action is disabled where the
 * caret is on no reference, and the workbench answers a key whose command is disabled with a modal "The chosen
 * operation is not currently available" dialog. This action is always enabled: on a reference it goes to the
 * declaration (recorded in the navigation history), elsewhere it says so in the status line.
 */
public final class OpenDeclarationAction extends Action {

	static final String NOTHING_HERE = "No declaration at the cursor: F3 opens the declaration of a name used in the study";

	private final ITextEditor editor;

	private final ITextViewer viewer;

	private OpenDeclarationAction(ITextEditor editor, ITextViewer viewer) {
		super("Open Declaration");
		this.editor = editor;
		this.viewer = viewer;
		setActionDefinitionId(ITextEditorActionDefinitionIds.OPEN_HYPERLINK);
		setId(ITextEditorActionConstants.OPEN_HYPERLINK);
	}

	/** Once the editor showing {@code viewer} is created, its Open Hyperlink action is replaced by this one. */
	public static void installLater(ITextViewer viewer) {
		Display display = viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display == null || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		display.asyncExec(() -> {
			ITextEditor editor = editorOf(viewer);
			if (editor != null && !(editor.getAction(ITextEditorActionConstants.OPEN_HYPERLINK) instanceof OpenDeclarationAction)) {
				// unregister the editor's action from the key binding service first, then register this one
				editor.setAction(ITextEditorActionConstants.OPEN_HYPERLINK, null);
				editor.setAction(ITextEditorActionConstants.OPEN_HYPERLINK, new OpenDeclarationAction(editor, viewer));
			}
		});
	}

	private static ITextEditor editorOf(ITextViewer viewer) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
					if (editor != null && editor.getAdapter(ITextOperationTarget.class) == viewer) {
						return editor;
					}
				}
			}
		}
		return null;
	}

	@Override
	public void run() {
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		StudyHyperlinkDetector detector = new StudyHyperlinkDetector();
		detector.setContext(editor);
		IHyperlink[] links = detector.detectHyperlinks(viewer, new Region(selection.getOffset(), selection.getLength()),
				false);
		if (links != null && links.length > 0) {
			links[0].open();
			status(null);
		} else {
			status(NOTHING_HERE);
		}
	}

	private void status(String message) {
		var statusLine = editor.getEditorSite().getActionBars().getStatusLineManager();
		statusLine.setMessage(message);
	}

	@Override
	public boolean isEnabled() {
		return true;
	}
}
