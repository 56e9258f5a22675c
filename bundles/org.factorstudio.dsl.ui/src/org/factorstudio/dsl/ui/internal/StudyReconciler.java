package org.factorstudio.dsl.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.StudySnapshot.Highlight;
import org.factorstudio.dsl.ui.internal.checks.ExternalStudies;
import org.factorstudio.dsl.ui.internal.checks.StudyChecks;
import org.factorstudio.dsl.ui.internal.navigation.AssistSessions;
import org.factorstudio.dsl.ui.internal.navigation.OpenDeclarationAction;

/**
 * Reconciles a study editor off the UI thread: a short pause after the last keystroke, a job copies
 * the text (on the UI thread, so the copy is consistent), parses, links and validates it and computes
 * the semantic highlights, then publishes the snapshot on the UI thread if the text has not changed
 * meanwhile (otherwise the next run takes over), and reports the problems as markers.
 * <p>
 * Contributed to the generic editor through {@code org.eclipse.ui.genericeditor.reconcilers}; one
 * instance per editor.
 */
public class StudyReconciler implements IReconciler, IDocumentListener, ITextInputListener {

	/** Pause after a keystroke before reconciling; typing faster than this reconciles once. */
	public static final long DELAY_MILLIS = 250;

	private ITextViewer viewer;

	private IDocument document;

	private StudyDocument study;

	private ProblemReporter problems;

	/** For a study opened from outside the workspace: markers on its link in the workspace, once linked. */
	private volatile ProblemReporter.Markers linkedMarkers;

	private volatile IFile link;

	/** The reconcilers of the open study editors, to re-check them all when the check severities change. */
	private static final Set<StudyReconciler> LIVE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private final Job job = new Job("Checking study") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				reconcile(monitor);
				return Status.OK_STATUS;
			} catch (OperationCanceledException | OperationCanceledError e) {
				// Xtext's validator stops this way when the next keystroke cancels the run.
				return Status.CANCEL_STATUS;
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == StudyEditorIds.CHECK_JOB_FAMILY; // it writes the study's markers too
		}
	};

	public StudyReconciler() {
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		// the first study editor starts the workspace checks (they also start with the workbench)
		StudyChecks.start();
	}

	/** Checks the text of every open study editor again. */
	public static void reconcileAll() {
		List<StudyReconciler> reconcilers;
		synchronized (LIVE) {
			reconcilers = List.copyOf(LIVE);
		}
		for (StudyReconciler reconciler : reconcilers) {
			if (reconciler.document != null) {
				reconciler.job.schedule();
			}
		}
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		LIVE.add(this);
		viewer.addTextInputListener(this);
		connect(viewer.getDocument());
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
		}
		disconnect();
		LIVE.remove(this);
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		connect(newInput);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// nothing to do before the change
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		job.cancel();
		job.schedule(DELAY_MILLIS);
	}

	private void connect(IDocument newDocument) {
		if (newDocument == null || newDocument == document) {
			return;
		}
		document = newDocument;
		// The viewer has its content assistant once it has a document.
		AssistSessions.follow(viewer);
		OpenDeclarationAction.installLater(viewer);
		study = StudyDocument.attach(document);
		IFile file = study.file();
		problems = file != null ? new ProblemReporter.Markers(file)
				: viewer instanceof ISourceViewer sourceViewer && sourceViewer.getAnnotationModel() != null
						? new ProblemReporter.Annotations(sourceViewer.getAnnotationModel())
						: null;
		document.addDocumentListener(this);
		if (file == null && study.uri().isFile()) {
			linkOutsideStudy(study, Path.of(study.uri().toFileString()));
		}
		job.schedule();
	}

	/** Its problems go to the Problems view as markers on a workspace link to the file ({@link ExternalStudies}). */
	private void linkOutsideStudy(StudyDocument linking, Path location) {
		ExternalStudies.link(location, linked -> {
			synchronized (this) {
				if (study != linking) {
					return; // the editor closed or changed its input meanwhile
				}
				link = linked;
				linkedMarkers = new ProblemReporter.Markers(linked);
				ExternalStudies.shown(linked);
			}
			// the reconcile that is done (or under way) reports to the link too: no second check of the
			// study, which at start-up (--analyze) would compete with the analysis for the two cores
			StudySnapshot latest = linking.latest();
			ProblemReporter.Markers markers = linkedMarkers;
			if (latest != null && markers != null) {
				markers.report(latest);
			}
		});
	}

	private void disconnect() {
		if (document == null) {
			return;
		}
		document.removeDocumentListener(this);
		job.cancel();
		IFile file = study.file();
		if (file != null) {
			// The editor may close on unsaved text: show the problems of what is on disk again.
			SavedStudyCheck.schedule(file);
		}
		synchronized (this) {
			if (link != null) {
				ExternalStudies.hidden(link);
				SavedStudyCheck.schedule(link);
			}
			link = null;
			linkedMarkers = null;
			document = null;
			study = null;
			problems = null;
		}
	}

	private void reconcile(IProgressMonitor monitor) {
		IDocument target = document;
		StudyDocument state = study;
		ProblemReporter reporter = problems;
		Display display = display();
		if (target == null || state == null || display == null) {
			return;
		}
		String[] text = new String[1];
		long[] stamp = new long[1];
		display.syncExec(() -> {
			if (document == target) {
				text[0] = target.get();
				stamp[0] = StudyDocument.stamp(target);
			}
		});
		if (text[0] == null || monitor.isCanceled()) {
			return;
		}
		StudySnapshot snapshot = check(text[0], stamp[0], state, monitor::isCanceled);
		if (snapshot == null) {
			return;
		}
		boolean[] current = new boolean[1];
		display.syncExec(() -> {
			if (document == target && StudyDocument.stamp(target) == snapshot.stamp()) {
				current[0] = true;
				state.publish(snapshot);
				if (reporter instanceof ProblemReporter.Annotations) {
					reporter.report(snapshot);
				}
			}
		});
		if (current[0] && reporter instanceof ProblemReporter.Markers) {
			reporter.report(snapshot);
		}
		ProblemReporter linked = linkedMarkers;
		if (current[0] && linked != null) {
			linked.report(snapshot);
		}
	}

	/** Parses and validates a study file's saved text (the workspace checks); null when cancelled. */
	public static StudySnapshot checkFile(IFile file, String text, org.eclipse.xtext.util.CancelIndicator cancel) {
		return check(text, 0, StudyDocument.forFile(file), cancel);
	}

	/** Parses, validates and highlights one text; null when cancelled. */
	static StudySnapshot check(String text, long stamp, StudyDocument state,
			org.eclipse.xtext.util.CancelIndicator cancel) {
		XtextResource resource = StudyLanguage.parse(text, state.uri());
		List<Issue> issues = StudyLanguage.validate(resource, cancel);
		if (cancel.isCanceled()) {
			return null;
		}
		List<Highlight> highlights = new ArrayList<>();
		StudyLanguage.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					if (styles.length > 0) {
						highlights.add(new Highlight(offset, length, styles[styles.length - 1]));
					}
				}, cancel);
		return new StudySnapshot(stamp, text, resource, issues, highlights);
	}

	private Display display() {
		ITextViewer current = viewer;
		StyledText widget = current == null ? null : current.getTextWidget();
		return widget == null || widget.isDisposed() ? null : widget.getDisplay();
	}
}
