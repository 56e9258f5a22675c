package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.quickfix.StudyQuickFixes;
import org.factorstudio.dsl.validation.ClosestNames;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes in the study editor: Ctrl+1 (the viewer's quick assist, as the key runs it) and the
 * marker resolutions the Problems view's Quick Fix offers, each applied to the example.
 */
class StudyQuickFixTest {

	private StudyEditorFixture fixture;

	@BeforeEach
	void open() throws Exception {
		fixture = StudyEditorFixture.openExample();
	}

	@AfterEach
	void close() throws Exception {
		fixture.close();
	}

	@Test
	void ctrl1OnAnUnknownIndicatorOffersTheClosestNamesAndFixesIt() throws Exception {
		int offset = fixture.offsetOf("q29\n");
		fixture.document.replace(offset, 3, "q299");
		fixture.awaitReconciled();
		IMarker marker = marker(Diagnostic.LINKING_DIAGNOSTIC);

		// Ctrl+1 at the unknown name: what the viewer's quick assist proposes there
		List<ICompletionProposal> proposals = quickAssist(offset + 1);
		List<String> labels = proposals.stream().map(ICompletionProposal::getDisplayString).toList();
		assertEquals("Change to 'q29'", labels.get(0), "nearest name first: " + labels);
		assertTrue(labels.size() <= 3, labels.toString());

		proposals.get(0).apply(fixture.document);
		assertTrue(fixture.document.get().contains("reversed q14, q29\n"), "the name is replaced in the editor");
		assertFalse(fixture.document.get().contains("q299"));
		fixture.awaitMarkers("the linking marker went away",
				list -> list.stream().noneMatch(m -> Diagnostic.LINKING_DIAGNOSTIC.equals(StudyEditorTest.code(m))));
		assertFalse(marker.exists() && Diagnostic.LINKING_DIAGNOSTIC.equals(StudyEditorTest.code(marker)));
		assertTrue(fixture.editor.isDirty(), "the fix is an edit in the editor, saved with the user's other edits");
	}

	@Test
	void anUndirectedHypothesisUnderOneTailedTestsGetsADirection() throws Exception {
		String line = "hypothesis H1: Gamle_IT_Systemer positive";
		int offset = fixture.offsetOf(line);
		fixture.document.replace(offset, line.length(), "hypothesis H1: Gamle_IT_Systemer");
		fixture.awaitReconciled();
		IMarker marker = marker(StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION);

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList();
		assertEquals(List.of("Make the hypothesis positive", "Make the hypothesis negative"), labels);
		fixes[1].run(marker);
		assertTrue(fixture.document.get().contains("hypothesis H1: Gamle_IT_Systemer negative\n"),
				fixture.document.get().substring(offset, offset + 60));
		fixture.awaitMarkers("the direction marker went away", list -> list.stream()
				.noneMatch(m -> StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION.equals(StudyEditorTest.code(m))));

		// "undirected" written out is replaced, not followed by a second direction
		offset = fixture.offsetOf("Gamle_IT_Systemer negative");
		fixture.document.replace(offset, "Gamle_IT_Systemer negative".length(), "Gamle_IT_Systemer undirected");
		fixture.awaitReconciled();
		marker = marker(StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION);
		IDE.getMarkerHelpRegistry().getResolutions(marker)[0].run(marker);
		assertTrue(fixture.document.get().contains("hypothesis H1: Gamle_IT_Systemer positive\n"));
	}

	@Test
	void aReversalOnAScaleWithoutRangeGetsTheRangeOfItsLabels() throws Exception {
		int offset = fixture.offsetOf("scale Likert5 1..5 {");
		fixture.document.replace(offset, "scale Likert5 1..5 {".length(), "scale Likert5 {");
		fixture.awaitReconciled();
		IMarker marker = marker(StudyIssueCodes.REVERSED_WITHOUT_RANGE);

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, fixes.length, Arrays.toString(fixes));
		assertEquals("Give scale Likert5 the range 1..5", fixes[0].getLabel());
		fixes[0].run(marker);
		assertTrue(fixture.document.get().contains("scale Likert5 1..5 {"));
		fixture.awaitMarkers("the reversal markers went away", list -> list.stream()
				.noneMatch(m -> StudyIssueCodes.REVERSED_WITHOUT_RANGE.equals(StudyEditorTest.code(m))));
	}

	@Test
	void theUnusedIndicatorsOfABlockAreOneWarningWhoseFixCommentsThemOut() throws Exception {
		// the example's eleven unused statements: fewer warnings than statements, each naming its block's
		List<IMarker> unused = fixture.awaitMarkers("the unused-indicator warnings", list -> list.stream()
				.anyMatch(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(StudyEditorTest.code(m))));
		unused = unused.stream().filter(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(StudyEditorTest.code(m))).toList();
		int named = unused.stream().mapToInt(m -> m.getAttribute(StudyEditorIds.ISSUE_DATA, "").split(",").length).sum();
		assertEquals(11, named, "every unused statement is named once");
		assertTrue(unused.size() < 11, unused.size() + " warnings");
		IMarker block = unused.stream().filter(m -> m.getAttribute(StudyEditorIds.ISSUE_DATA, "").contains(","))
				.findFirst().orElseThrow(() -> new AssertionError("no block with several unused statements"));
		assertEquals(IMarker.SEVERITY_WARNING, block.getAttribute(IMarker.SEVERITY, -1));
		List<String> names = List.of(block.getAttribute(StudyEditorIds.ISSUE_DATA, "").split(","));

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(block);
		List<String> labels = Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList();
		assertEquals(List.of("Comment out the " + names.size() + " unused indicators",
				"Ignore unused indicators in all studies"), labels);
		fixes[0].run(block);
		String text = fixture.document.get();
		for (String name : names) {
			assertTrue(text.contains("\t// " + name + " \""), name + " is commented out");
		}
		fixture.awaitMarkers("that block's warning went away", list -> list.stream()
				.filter(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(StudyEditorTest.code(m)))
				.noneMatch(m -> m.getAttribute(StudyEditorIds.ISSUE_DATA, "").contains(names.get(0))));
		assertTrue(fixture.markers().stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				"commenting out broke nothing");
		// one undo restores the statements
		((org.eclipse.jface.text.ITextOperationTarget) fixture.viewer).doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
		assertFalse(fixture.document.get().contains("// " + names.get(0) + " \""));
	}

	@Test
	void namesAreRankedByEditDistance() {
		assertEquals(0, ClosestNames.distance("q29", "q29"));
		assertEquals(1, ClosestNames.distance("q299", "q29"));
		assertEquals(3, ClosestNames.distance("kitten", "sitting"));
		assertEquals(List.of("q29", "q21", "q39"), StudyQuickFixes.closest("q299",
				List.of("q21", "q29", "q39", "Alignment", "q299")));
		assertEquals(List.of(), StudyQuickFixes.closest("Digitalisering", List.of("q1", "q2")), "nothing close: no proposal");
	}

	private IMarker marker(String code) {
		return fixture.awaitMarkers("a marker " + code,
				list -> list.stream().anyMatch(m -> code.equals(StudyEditorTest.code(m)))).stream()
				.filter(m -> code.equals(StudyEditorTest.code(m))).findFirst().orElseThrow();
	}

	/** The proposals Ctrl+1 shows at an offset, once the ruler has the markers' annotations. */
	private List<ICompletionProposal> quickAssist(int offset) {
		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) fixture.viewer).getQuickAssistAssistant();
		assertNotNull(assistant, "the editor has a quick assistant");
		ICompletionProposal[][] found = new ICompletionProposal[1][];
		StudyEditorFixture.waitUntil("Ctrl+1 proposes fixes", () -> {
			found[0] = assistant.getQuickAssistProcessor()
					.computeQuickAssistProposals(new TextInvocationContext(fixture.viewer, offset, 0));
			return found[0] != null && found[0].length > 0;
		}, 20_000);
		return List.of(found[0]);
	}
}
