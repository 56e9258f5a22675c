package org.factorstudio.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.factorstudio.ui.internal.preferences.UiPreferences;
import org.factorstudio.ui.internal.run.RunAnalysisHandler;

/** Runs a study's analysis again when the study is saved, if the preference asks for it. */
final class RerunOnSave implements IResourceChangeListener {

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null || !UiPreferences.rerunOnSave()) {
			return;
		}
		List<IFile> saved = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IFile file && "study".equals(file.getFileExtension())
						&& delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
					saved.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(RerunOnSave.class).log(e.getStatus());
		}
		for (IFile file : saved) {
			if (file.getLocation() != null) {
				RunAnalysisHandler.schedule(file.getLocation().toPath(), null);
			}
		}
	}
}
