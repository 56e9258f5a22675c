package org.factorstudio.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.factorstudio.dsl.ui.StudyEditorIds;

/**
 * Re-checks a study file as saved on disk, so that its markers describe the file and not the unsaved
 * text of an editor that was closed without saving.
 */
final class SavedStudyCheck extends Job {

	/** How often the check waits for an editor that still has the file: one closing lets go within moments. */
	private static final int WAITS = 10;
	private static final long WAIT_MILLIS = 300;

	private final IFile file;
	private int waits;

	private SavedStudyCheck(IFile file) {
		super("Checking " + file.getName());
		this.file = file;
		// a plain job, not a workspace job: the check reads the file and parses it without the workspace lock
		// (as a workspace job it held the lock for the whole check, and a workspace change in the UI waited for
		// it); only writing the markers takes the lock
		setSystem(true);
	}

	static void schedule(IFile file) {
		new SavedStudyCheck(file).schedule();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == StudyEditorIds.CHECK_JOB_FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (!file.exists()) {
			return Status.OK_STATUS;
		}
		if (StudyDocument.isOpenInEditor(file)) {
			// the editor that was closing may still hold the file: look again shortly, before checking anything;
			// an editor that holds it longer (the user opened it again) reports its own text
			if (waits++ < WAITS) {
				schedule(WAIT_MILLIS);
			}
			return Status.OK_STATUS;
		}
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException | CoreException e) {
			return Status.OK_STATUS; // deleted or unreadable meanwhile
		}
		StudySnapshot snapshot;
		try {
			snapshot = StudyReconciler.check(text, 0, StudyDocument.forFile(file), monitor::isCanceled);
		} catch (OperationCanceledException | OperationCanceledError e) {
			return Status.CANCEL_STATUS;
		}
		if (snapshot == null) {
			return Status.OK_STATUS;
		}
		// written only if no editor opened the file while it was checked
		new ProblemReporter.Markers(file, () -> !StudyDocument.isOpenInEditor(file)).report(snapshot);
		return Status.OK_STATUS;
	}
}
