package org.factorstudio.dsl.ui.internal.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * A quick fix that replaces one range of the study's text, provided the range still holds what it
 * held when the fix was proposed (the user may have typed since).
 */
final class TextChange implements IMarkerResolution2 {

	private final String label;
	private final String description;
	private final int offset;
	private final int length;
	private final String expected;
	private final String replacement;

	TextChange(String label, String description, int offset, int length, String expected, String replacement) {
		this.label = label;
		this.description = description;
		this.offset = offset;
		this.length = length;
		this.expected = expected;
		this.replacement = replacement;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Image getImage() {
		return PlatformUI.isWorkbenchRunning()
				? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT)
				: null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		StudyText.edit(file, document -> {
			try {
				if (offset + length <= document.getLength() && document.get(offset, length).equals(expected)) {
					document.replace(offset, length, replacement);
				}
			} catch (BadLocationException e) {
				ILog.of(TextChange.class).warn("The study changed before the quick fix ran", e);
			}
		});
	}
}
