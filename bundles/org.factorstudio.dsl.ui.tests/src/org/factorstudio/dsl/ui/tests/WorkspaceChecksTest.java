package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.checks.ExternalStudies;
import org.factorstudio.dsl.ui.internal.checks.StudyChecks;
import org.factorstudio.dsl.ui.internal.checks.StudySeverities;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Markers without an editor: every study of a project is checked when it is added or changed, and again when
 * its data change; the severities of the noisy checks follow the preferences in the editor and the workspace
 * checks; a study opened from outside the workspace has its problems in the Problems view through its link.
 */
class WorkspaceChecksTest {

	private static final String STUDY = """
			study Checked
			scale L 1..5
			indicators "Page" scale L {
				a1 "one"
				a2 "two"
				a3 "three"
				u1 "unused one"
				u2 "unused two"
			}
			index A = a1, a2
			index D = a3
			dependent D
			area Org { factor FA measured by A }
			hypothesis H1: FA positive
			data "answers.csv" { id respondent }
			analysis { tails one }
			""";

	private static final String ANSWERS = "respondent,a1,a2,a3,u1,u2\n1,1,2,3,4,5\n2,2,3,4,5,1\n3,3,4,5,1,2\n";

	private IProject project;

	@AfterEach
	void cleanUp() throws CoreException {
		StudySeverities.set(StudyIssueCodes.UNUSED_INDICATOR, null);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		StudyEditorFixture.drainEvents();
		if (project != null) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void aStudyNeverOpenedHasMarkersThatFollowItsTextAndItsData() throws Exception {
		project = project("workspace-checks-1");
		IFile answers = create(project, "answers.csv", ANSWERS);
		IFile study = create(project, "checked.study", STUDY.replace("index A = a1, a2", "index A = a1, a9"));

		// the markers of one check are written one by one (in one workspace operation, which a reader of the
		// marker table does not wait for): wait for the whole expected set, not for its first marker
		List<IMarker> markers = awaitMarkers(study, "the unknown indicator is marked without opening the study",
				list -> codes(list).contains(Diagnostic.LINKING_DIAGNOSTIC)
						&& codes(list).contains(StudyIssueCodes.UNUSED_INDICATOR));
		assertEquals(1, markers.stream().filter(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(code(m))).count(),
				"one warning for the block's unused indicators: " + codes(markers));

		study.setContents(new ByteArrayInputStream(STUDY.getBytes(StandardCharsets.UTF_8)), true, false, null);
		awaitMarkers(study, "the fixed study loses its error", list -> !codes(list).contains(Diagnostic.LINKING_DIAGNOSTIC));

		// the data are checked too: a value outside the scale appears in the data file, not in the study
		answers.setContents(new ByteArrayInputStream(ANSWERS.replace("3,4,5,1,2", "3,4,5,1,7").getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		awaitMarkers(study, "the value outside the scale is marked on the study",
				list -> codes(list).contains(StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE));
		assertEquals(STUDY, new String(study.getContents().readAllBytes(), StandardCharsets.UTF_8), "the study is only read");
	}

	@Test
	void theNoisyChecksFollowTheirSeverityInTheEditorAndWithoutIt() throws Exception {
		project = project("workspace-checks-2");
		create(project, "answers.csv", ANSWERS);
		IFile closed = create(project, "closed.study", STUDY);
		IFile open = create(project, "open.study", STUDY);
		IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), open, true);
		for (IFile study : List.of(closed, open)) {
			awaitMarkers(study, "a warning on the unused indicators of " + study.getName(),
					list -> severityOf(list, StudyIssueCodes.UNUSED_INDICATOR) == IMarker.SEVERITY_WARNING);
		}

		StudySeverities.set(StudyIssueCodes.UNUSED_INDICATOR, StudySeverities.ERROR);
		for (IFile study : List.of(closed, open)) {
			awaitMarkers(study, "an error on the unused indicators of " + study.getName(),
					list -> severityOf(list, StudyIssueCodes.UNUSED_INDICATOR) == IMarker.SEVERITY_ERROR);
		}
		StudySeverities.set(StudyIssueCodes.UNUSED_INDICATOR, StudySeverities.IGNORE);
		for (IFile study : List.of(closed, open)) {
			awaitMarkers(study, "no unused-indicator marker on " + study.getName(),
					list -> !codes(list).contains(StudyIssueCodes.UNUSED_INDICATOR));
		}
		StudySeverities.set(StudyIssueCodes.UNUSED_INDICATOR, null);
		awaitMarkers(closed, "the default again: a warning",
				list -> severityOf(list, StudyIssueCodes.UNUSED_INDICATOR) == IMarker.SEVERITY_WARNING);
	}

	@Test
	void aStudyOpenedFromOutsideTheWorkspaceHasItsProblemsInTheProblemsView() throws Exception {
		Path folder = Files.createTempDirectory("outside-markers");
		Path file = Files.writeString(folder.resolve("outside.study"), STUDY.replace("index A = a1, a2", "index A = a1, a9"),
				StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("answers.csv"), ANSWERS, StandardCharsets.UTF_8);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
		try {
			IProject external = ResourcesPlugin.getWorkspace().getRoot().getProject(ExternalStudies.PROJECT);
			IFile[] linked = new IFile[1];
			// the link to this file, whatever its name (a link of another study may have taken "outside.study")
			StudyEditorFixture.waitUntil("the study is linked into the workspace",
					() -> (linked[0] = linkTo(external, file)) != null, 20_000);
			IFile link = linked[0];
			assertTrue(link.isLinked());
			List<IMarker> markers = awaitMarkers(link, "the unknown indicator is a marker on the link",
					list -> codes(list).contains(Diagnostic.LINKING_DIAGNOSTIC));
			IMarker error = markers.stream().filter(m -> Diagnostic.LINKING_DIAGNOSTIC.equals(code(m))).findFirst()
					.orElseThrow();
			assertEquals(STUDY.replace("index A = a1, a2", "index A = a1, a9").indexOf("a9"),
					error.getAttribute(IMarker.CHAR_START, -1));
			// the data beside the study were read (no missing-file error), and nothing was written into its folder
			assertTrue(!codes(markers).contains(StudyIssueCodes.DATA_FILE_MISSING), codes(markers).toString());
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of("answers.csv", "outside.study"),
						files.map(p -> p.getFileName().toString()).sorted().toList());
			}
		} finally {
			page.closeEditor(editor, false);
			StudyEditorFixture.drainEvents();
			IProject external = ResourcesPlugin.getWorkspace().getRoot().getProject(ExternalStudies.PROJECT);
			if (external.exists()) {
				// deleting the project removes the link, never the linked file
				external.delete(true, true, new NullProgressMonitor());
			}
			assertTrue(Files.exists(file), "the outside study is still there");
			Files.delete(file);
			Files.delete(folder.resolve("answers.csv"));
			Files.delete(folder);
		}
	}

	/** The file of the project that links to {@code target}, or null. */
	private static IFile linkTo(IProject project, Path target) {
		if (!project.exists() || !project.isOpen()) {
			return null;
		}
		try {
			Path real = target.toRealPath();
			for (IResource member : project.members()) {
				if (member instanceof IFile candidate && candidate.getLocation() != null
						&& Files.exists(candidate.getLocation().toPath())
						&& candidate.getLocation().toPath().toRealPath().equals(real)) {
					return candidate;
				}
			}
		} catch (CoreException | IOException e) {
			return null;
		}
		return null;
	}

	private static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		StudyChecks.start();
		return project;
	}

	private static IFile create(IProject project, String name, String text) throws CoreException {
		return StudyEditorFixture.createStudy(project, name, text);
	}

	private static List<IMarker> awaitMarkers(IFile file, String what, Predicate<List<IMarker>> condition) {
		StudyEditorFixture.waitUntil(what, () -> condition.test(markers(file)), 30_000);
		return markers(file);
	}

	private static List<IMarker> markers(IFile file) {
		return StudyEditorFixture.markersOf(file);
	}

	private static List<String> codes(List<IMarker> markers) {
		return markers.stream().map(WorkspaceChecksTest::code).toList();
	}

	private static String code(IMarker marker) {
		return marker.getAttribute(StudyEditorIds.ISSUE_CODE, "");
	}

	private static int severityOf(List<IMarker> markers, String code) {
		return markers.stream().filter(m -> code.equals(code(m))).mapToInt(m -> m.getAttribute(IMarker.SEVERITY, -1))
				.findFirst().orElse(-1);
	}
}
