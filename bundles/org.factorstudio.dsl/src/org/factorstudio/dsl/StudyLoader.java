package org.factorstudio.dsl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.factorstudio.model.study.Study;

import com.google.inject.Injector;

/**
 * Loads a study file headless (CLI, tests, the engine's callers): parses, links and validates it
 * and returns the model with its problems as values. Reading never modifies the file.
 */
public final class StudyLoader {

	/**
	 * The largest study file loaded. A study of 10,000 statements with their texts and translations is about
	 * 2 MB; anything far beyond is not a study (a data file named by mistake, a device).
	 */
	public static final long MAX_STUDY_BYTES = 16L * 1024 * 1024;

	private static volatile Injector injector;
	/** What a set-up started by {@link #prepareInBackground()} threw, until an {@link #injector()} call throws it. */
	private static Throwable backgroundFailure;
	/** A set-up was started in the background and no thread has taken it up yet (the first to lock takes it). */
	private static boolean backgroundPending;
	/** Makes {@link #injector}: the runtime module alone unless {@link #shareInjector} chose a superset. */
	private static Supplier<Injector> setup = () -> new StudyStandaloneSetup().createInjectorAndDoEMFRegistration();
	private static boolean shared;

	private final Injector studyInjector;
	private final CheckMode checks;

	private StudyLoader(Injector studyInjector, CheckMode checks) {
		this.studyInjector = studyInjector;
		this.checks = checks;
	}

	/** A loader on the language's injector, created once per JVM. */
	public static StudyLoader create() {
		return new StudyLoader(injector(), CheckMode.ALL);
	}

	/**
	 * The injector loaders work with, created on first use (Guice and Xtext set-up: about 0.2 s of a CLI run, more in
	 * the IDE). When a set-up started by {@link #prepareInBackground()} failed, this call throws what it threw.
	 */
	public static Injector injector() {
		Injector current = injector;
		if (current == null) {
			synchronized (StudyLoader.class) {
				current = injector;
				// this call does the set-up now (or reports the background's failure): the background thread must not
				backgroundPending = false;
				if (current == null) {
					Throwable failed = backgroundFailure;
					if (failed != null) {
						backgroundFailure = null;
						if (failed instanceof RuntimeException runtime) {
							throw runtime;
						}
						if (failed instanceof Error error) {
							throw error;
						}
						throw new IllegalStateException(failed);
					}
					current = setup.get();
					injector = current;
				}
			}
		}
		return current;
	}

	/**
	 * Starts setting the language up on a thread of its own (a daemon), for a caller that has other work to do
	 * before its first {@link #create()}, which then waits for it instead of starting over. A set-up that fails
	 * there throws its exception from that call (and from that one only: the next tries again).
	 * <p>
	 * The language's metamodels are registered on the calling thread first ({@link StudyStandaloneSetup#registerModels()}
	 * says why): call it before this thread lets other threads use EMF. Until {@link #injector()} returns, the caller
	 * must leave EMF's global registries alone: the set-up adds to them (the validator, the study's resource factory).
	 */
	public static void prepareInBackground() {
		if (injector != null) {
			return;
		}
		StudyStandaloneSetup.registerModels();
		synchronized (StudyLoader.class) {
			backgroundPending = true;
		}
		Thread preparing = new Thread(() -> {
			synchronized (StudyLoader.class) {
				if (backgroundPending && injector == null) {
					backgroundPending = false;
					try {
						injector = setup.get();
					} catch (Throwable e) {
						// kept for the caller's injector() call, on the thread that reports it
						backgroundFailure = e;
					}
				}
			}
		}, "Study language set-up");
		preparing.setDaemon(true);
		preparing.start();
	}

	/**
	 * Lets loaders use the injector {@code superset} makes, one whose modules include the runtime module (the
	 * editor's: runtime and ide modules), so that a JVM with both an editor and loaders sets the language up once
	 * rather than twice. Has effect only before the first loader's injector exists; the first setup given wins.
	 *
	 * @return whether {@link #injector()} is (or will be) made by a setup given here, so its caller may use it
	 */
	public static synchronized boolean shareInjector(Supplier<Injector> superset) {
		if (injector == null && !shared) {
			setup = superset;
			shared = true;
		}
		return shared;
	}

	/**
	 * This loader without the checks that read the data file (columns, values outside the scale). An analysis
	 * run imports the data itself and reports the same problems with its import summary, so it loads the study
	 * this way; {@code validate} and the editor keep every check.
	 */
	public StudyLoader withoutDataChecks() {
		return new StudyLoader(studyInjector, CheckMode.NORMAL_AND_FAST);
	}

	public LoadedStudy load(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		String shown = file.toString();
		if (!Files.exists(absolute)) {
			return failed(file, shown, "study file does not exist");
		}
		if (Files.isDirectory(absolute)) {
			return failed(file, shown, "is a directory, not a study file");
		}
		if (!Files.isRegularFile(absolute)) {
			// a FIFO would block the load forever, /dev/zero would fill the memory
			return failed(file, shown, "is not a regular file (a pipe, device or socket): name the study file itself");
		}
		if (!Files.isReadable(absolute)) {
			return failed(file, shown, "study file is not readable");
		}
		try {
			long size = Files.size(absolute);
			if (size > MAX_STUDY_BYTES) {
				return failed(file, shown, String.format(java.util.Locale.ROOT,
						"study file is %.1f MB; a study file is at most %d MB (is this the study, not its data?)",
						size / (1024.0 * 1024), MAX_STUDY_BYTES / (1024 * 1024)));
			}
		} catch (IOException e) {
			return failed(file, shown, "could not be read: " + e.getMessage());
		}
		// EMF chooses the parser by the file's extension and reads any other file as XML ("Content is not allowed
		// in prolog"): the language's own extensions, as its generator declared them
		FileExtensionProvider extensions = studyInjector.getInstance(FileExtensionProvider.class);
		if (!extensions.isValid(URI.createFileURI(absolute.toString()).fileExtension())) {
			return failed(file, shown,
					"is not a study file: a study file's name ends in ." + extensions.getPrimaryFileExtension());
		}
		XtextResourceSet resourceSet = studyInjector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			return failed(file, shown, "could not be read: " + e.getMessage());
		}
		return validate(file, shown, (XtextResource) resource);
	}

	/** Parses and validates study text that is not (or not yet) saved, for example an editor's buffer. */
	public LoadedStudy load(Path file, String text) {
		Path absolute = file.toAbsolutePath().normalize();
		XtextResourceSet resourceSet = studyInjector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createFileURI(absolute.toString()));
		try {
			resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					resourceSet.getLoadOptions());
		} catch (IOException e) {
			return failed(file, file.toString(), "could not be parsed: " + e.getMessage());
		}
		return validate(file, file.toString(), resource);
	}

	private LoadedStudy validate(Path file, String shown, XtextResource resource) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> found = validator.validate(resource, checks, CancelIndicator.NullImpl);
		List<StudyIssue> issues = new ArrayList<>(found.size());
		for (Issue issue : found) {
			issues.add(new StudyIssue(severity(issue), issue.getCode(), issue.getMessage(), shown,
					orZero(issue.getLineNumber()), orZero(issue.getColumn()), orZero(issue.getOffset()),
					orZero(issue.getLength())));
		}
		Study study = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study s) ? null
				: s;
		return new LoadedStudy(file, study, issues);
	}

	private static LoadedStudy failed(Path file, String shown, String message) {
		return new LoadedStudy(file, null,
				List.of(new StudyIssue(StudyIssue.Severity.ERROR, null, message, shown, 0, 0, 0, 0)));
	}

	private static StudyIssue.Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> StudyIssue.Severity.ERROR;
		case WARNING -> StudyIssue.Severity.WARNING;
		default -> StudyIssue.Severity.INFO;
		};
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}
}
