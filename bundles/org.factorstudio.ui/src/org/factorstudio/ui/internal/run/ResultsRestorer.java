package org.factorstudio.ui.internal.run;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.factorstudio.ui.results.ResultsService;

/**
 * Brings back the last results of a study when its editor opens or comes to the front and this
 * session has none for it (after a restart), so the views are not empty until the next run. Reading
 * runs in a background job; a run of the study already scheduled wins (its results are newer).
 */
public final class ResultsRestorer implements IPartListener2 {

	/** Job family of the restoring jobs, for waiting on them. */
	public static final Object FAMILY = ResultsRestorer.class;

	private final ResultsService service;

	public ResultsRestorer(ResultsService service) {
		this.service = service;
	}

	/** Follows the window's editors, starting with the one in front. */
	public void install(IWorkbenchWindow window) {
		window.getPartService().addPartListener(this);
		IWorkbenchPage page = window.getActivePage();
		if (page != null && page.getActiveEditor() != null) {
			restoreFor(page.getActiveEditor());
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		restoreFor(reference.getPart(false));
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		restoreFor(reference.getPart(false));
	}

	private void restoreFor(IWorkbenchPart part) {
		if (part instanceof IEditorPart editor) {
			StudyTarget.ofEditor(editor).ifPresent(target -> schedule(target.file()));
		}
	}

	/** Restores a study's last results in the background unless this session has some or a run is under way. */
	public Job schedule(Path studyFile) {
		Path study = studyFile.toAbsolutePath().normalize();
		if (service.forStudy(study).isPresent() || runPending(study)) {
			return null;
		}
		Job job = new Job("Reading the last results of " + study.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (!runPending(study)) {
					service.restore(study);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
		return job;
	}

	private static boolean runPending(Path study) {
		for (Job job : Job.getJobManager().find(RunAnalysisJob.FAMILY)) {
			if (job instanceof RunAnalysisJob run && run.studyFile().equals(study)) {
				return true;
			}
		}
		return false;
	}
}
