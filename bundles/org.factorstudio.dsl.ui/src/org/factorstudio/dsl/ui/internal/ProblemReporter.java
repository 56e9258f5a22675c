package org.factorstudio.dsl.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.ui.StudyEditorIds;

/**
 * Shows a study's problems: as {@link StudyEditorIds#PROBLEM_MARKER} markers on a workspace file
 * (Problems view, ruler and overview ruler through the file's marker annotation model), or as plain
 * annotations for a file outside the workspace. Unchanged problem lists are not rewritten, so
 * reconciling an unchanged study touches no marker.
 */
public abstract sealed class ProblemReporter {

	/** A problem as shown: enough to tell whether anything changed since the last report. */
	record Problem(int severity, String code, String message, int line, int offset, int length, String data) {

		static Problem of(Issue issue, int documentLength) {
			int offset = clamp(issue.getOffset(), documentLength);
			int length = Math.min(issue.getLength() == null ? 0 : issue.getLength(), documentLength - offset);
			int severity = issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
					: issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
			String[] data = issue.getData();
			return new Problem(severity, issue.getCode(), issue.getMessage(),
					issue.getLineNumber() == null ? 1 : issue.getLineNumber(), offset, Math.max(length, 0),
					data == null || data.length == 0 ? null : String.join(",", data));
		}

		private static int clamp(Integer offset, int documentLength) {
			return offset == null ? 0 : Math.max(0, Math.min(offset, documentLength));
		}
	}

	/** Null until the first report: a first report of no problems must still clear earlier markers. */
	private List<Problem> reported;

	/** Reports the problems of a validated snapshot unless they equal the last report. */
	public final void report(StudySnapshot snapshot) {
		List<Problem> problems = new ArrayList<>(snapshot.issues().size());
		for (Issue issue : snapshot.issues()) {
			problems.add(Problem.of(issue, snapshot.text().length()));
		}
		synchronized (this) {
			if (problems.equals(reported)) {
				return;
			}
			reported = List.copyOf(problems);
		}
		show(problems);
	}

	protected abstract void show(List<Problem> problems);

	/** Workspace files: markers (any thread; the workspace serialises the change). */
	public static final class Markers extends ProblemReporter {

		private final IFile file;

		/** Asked under the workspace lock, just before the markers are written; false leaves them as they are. */
		private final BooleanSupplier stillWanted;

		public Markers(IFile file) {
			this(file, () -> true);
		}

		/**
		 * Markers that are written only while {@code stillWanted} holds: a check of the saved file must not
		 * overwrite the markers of an editor that opened the file while the check ran.
		 */
		public Markers(IFile file, BooleanSupplier stillWanted) {
			this.file = file;
			this.stillWanted = stillWanted;
		}

		@Override
		protected void show(List<Problem> problems) {
			if (!file.exists()) {
				return;
			}
			IWorkspace workspace = file.getWorkspace();
			try {
				workspace.run(monitor -> {
					if (!stillWanted.getAsBoolean()) {
						return;
					}
					file.deleteMarkers(StudyEditorIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
					for (Problem problem : problems) {
						file.createMarker(StudyEditorIds.PROBLEM_MARKER, attributes(problem));
					}
				}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, new NullProgressMonitor());
			} catch (CoreException e) {
				ILog.of(ProblemReporter.class).log(e.getStatus());
			}
		}

		private static Map<String, Object> attributes(Problem problem) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.SEVERITY, problem.severity());
			attributes.put(IMarker.MESSAGE, problem.message());
			attributes.put(IMarker.LINE_NUMBER, problem.line());
			attributes.put(IMarker.LOCATION, "line " + problem.line());
			attributes.put(IMarker.CHAR_START, problem.offset());
			attributes.put(IMarker.CHAR_END, problem.offset() + problem.length());
			if (problem.code() != null) {
				attributes.put(StudyEditorIds.ISSUE_CODE, problem.code());
			}
			if (problem.data() != null) {
				attributes.put(StudyEditorIds.ISSUE_DATA, problem.data());
			}
			return attributes;
		}
	}

	/** Files outside the workspace: annotations in the viewer's model; call on the UI thread. */
	public static final class Annotations extends ProblemReporter {

		private static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
		private static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
		private static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

		private final IAnnotationModel model;

		private Annotation[] shown = new Annotation[0];

		public Annotations(IAnnotationModel model) {
			this.model = model;
		}

		@Override
		protected void show(List<Problem> problems) {
			Map<Annotation, Position> added = new HashMap<>();
			for (Problem problem : problems) {
				String type = problem.severity() == IMarker.SEVERITY_ERROR ? ERROR
						: problem.severity() == IMarker.SEVERITY_WARNING ? WARNING : INFO;
				added.put(new Annotation(type, false, problem.message()),
						new Position(problem.offset(), problem.length()));
			}
			if (model instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(shown, added);
			} else {
				for (Annotation annotation : shown) {
					model.removeAnnotation(annotation);
				}
				added.forEach(model::addAnnotation);
			}
			shown = added.keySet().toArray(Annotation[]::new);
		}
	}
}
