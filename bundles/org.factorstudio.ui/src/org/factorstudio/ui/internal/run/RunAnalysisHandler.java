package org.factorstudio.ui.internal.run;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.factorstudio.ui.results.ResultsService;

/**
 * "Run Analysis": analyses the study in the active editor (its unsaved text, if any) or the study
 * selected in the Project Explorer, in a background job. Returns the scheduled job.
 */
public final class RunAnalysisHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.factorstudio.ui.commands.runAnalysis";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		Optional<StudyTarget> target = part instanceof IEditorPart active ? StudyTarget.ofEditor(active)
				: Optional.empty();
		if (target.isEmpty()) {
			target = StudyTarget.ofSelection(HandlerUtil.getCurrentSelection(event))
					.map(selected -> withOpenEditorText(event, selected));
		}
		if (target.isEmpty()) {
			target = StudyTarget.ofEditor(editor);
		}
		if (target.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Run Analysis",
					"Open a study (.study file) in the editor or select one in the Project Explorer, then run the analysis.");
			return null;
		}
		return schedule(target.get().file(), target.get().unsavedText());
	}

	/** A study selected in the Project Explorer but open with unsaved changes runs with the editor's text. */
	private static StudyTarget withOpenEditorText(ExecutionEvent event, StudyTarget selected) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return selected;
		}
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			Optional<StudyTarget> open = StudyTarget.ofEditor(reference.getEditor(false));
			if (open.isPresent() && open.get().file().equals(selected.file()) && open.get().unsavedText() != null) {
				return open.get();
			}
		}
		return selected;
	}

	/** Schedules a run of this study and makes sure its outcome is shown. */
	public static RunAnalysisJob schedule(Path studyFile, String unsavedText) {
		RunFailureReporter.install(Display.getDefault());
		RunAnalysisJob job = new RunAnalysisJob(studyFile, unsavedText, ResultsService.getDefault());
		job.schedule();
		return job;
	}
}
