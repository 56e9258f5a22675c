package org.factorstudio.dsl.ui.internal;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorPart;
import org.factorstudio.dsl.ui.StudyEditorIds;

/**
 * Property {@code org.factorstudio.dsl.ui.showsStudy} of an editor: true when its input is a study
 * file, so that the editor's commands are enabled and shown for studies only.
 */
public class StudyEditorTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IEditorPart editor && editor.getEditorInput() != null
				&& isStudy(editor.getEditorInput().getName());
	}

	/** True when a file of this name is a study (by the content type's file extensions). */
	public static boolean isStudy(String fileName) {
		IContentType study = Platform.getContentTypeManager().getContentType(StudyEditorIds.CONTENT_TYPE);
		if (study == null || fileName == null) {
			return false;
		}
		for (IContentType type : Platform.getContentTypeManager().findContentTypesFor(fileName)) {
			if (type.isKindOf(study)) {
				return true;
			}
		}
		return false;
	}
}
