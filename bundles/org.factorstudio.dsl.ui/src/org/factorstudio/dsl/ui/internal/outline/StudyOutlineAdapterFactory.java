package org.factorstudio.dsl.ui.internal.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.factorstudio.dsl.ui.internal.StudyEditorTester;

/**
 * Gives a text editor on a study file its {@link StudyOutlinePage}: the generic editor has no outline
 * of its own and asks the platform's adapter manager.
 */
public class StudyOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& isStudy(editor.getEditorInput())) {
			return adapterType.cast(new StudyOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}

	private static boolean isStudy(IEditorInput input) {
		return input != null && StudyEditorTester.isStudy(input.getName());
	}
}
