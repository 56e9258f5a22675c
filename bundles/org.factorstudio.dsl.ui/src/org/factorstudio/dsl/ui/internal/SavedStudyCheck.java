package org.factorstudio.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.service.OperationCanceledError;
import org.factorstudio.dsl.ui.StudyEditorIds;

/**
 * Re-checks a study file as saved on disk, so that its markers describe the file and not the unsaved
 * text of an editor that was closed without saving.
 */
final class SavedStudyCheck extends WorkspaceJob {

	private final IFile file;

	private SavedStudyCheck(IFile file) {
		super("Checking " + file.getName());
		this.file = file;
		setSystem(true);
		setRule(file.getWorkspace().getRuleFactory().markerRule(file));
	}

	static void schedule(IFile file) {
		new SavedStudyCheck(file).schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == StudyEditorIds.CHECK_JOB_FAMILY;
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return Status.OK_STATUS;
		}
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			return Status.OK_STATUS;
		}
		StudySnapshot snapshot;
		try {
			snapshot = StudyReconciler.check(text, 0, StudyDocument.forFile(file), monitor::isCanceled);
		} catch (OperationCanceledException | OperationCanceledError e) {
			return Status.CANCEL_STATUS;
		}
		if (snapshot != null) {
			new ProblemReporter.Markers(file).report(snapshot);
		}
		return Status.OK_STATUS;
	}
}
