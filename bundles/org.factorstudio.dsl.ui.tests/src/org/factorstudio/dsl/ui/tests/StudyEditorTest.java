package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.ide.highlighting.StudyHighlighting;
import org.factorstudio.dsl.ide.outline.OutlineNode;
import org.factorstudio.dsl.parser.StudySyntaxErrorMessages;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.StudyBracketMatcher;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.dsl.ui.internal.highlighting.StudyColors;
import org.factorstudio.dsl.ui.internal.navigation.StudyContentAssistProcessor;
import org.factorstudio.dsl.ui.internal.navigation.StudyTextHover;
import org.factorstudio.dsl.ui.internal.outline.StudyOutlinePage;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The study editor on a copy of the example study, driven through SWT, JFace Text and the workbench's
 * command service as a user would drive it.
 */
class StudyEditorTest {

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
	void theStudyOpensInTheGenericEditorWithoutProblemsOfItsOwn() {
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", fixture.editor.getSite().getId());
		// The example is clean apart from warnings; no error marker.
		List<IMarker> markers = fixture.awaitCurrentMarkers();
		assertTrue(!markers.isEmpty(), "the example's warnings are markers");
		assertTrue(markers.stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				"errors on the example: " + markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
	}

	@Test
	void aSeededErrorShowsAMarkerAndARulerAnnotationOnItsLine() throws Exception {
		int offset = fixture.offsetOf("index Alignment = q11, reversed q14, q29");
		int line = fixture.lineOf(offset);
		int end = offset + "index Alignment = q11, reversed q14, q29".length();
		fixture.document.replace(end, 0, ", q11");

		List<IMarker> markers = fixture.awaitMarkers("a duplicate-member marker appeared",
				list -> list.stream().anyMatch(m -> StudyIssueCodes.DUPLICATE_MEMBER.equals(code(m))));
		IMarker marker = markers.stream().filter(m -> StudyIssueCodes.DUPLICATE_MEMBER.equals(code(m))).findFirst()
				.orElseThrow();
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(end + 2, marker.getAttribute(IMarker.CHAR_START, -1));
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));

		IAnnotationModel annotations = fixture.editor.getDocumentProvider()
				.getAnnotationModel(fixture.editor.getEditorInput());
		StudyEditorFixture.waitUntil("the ruler shows the marker", () -> annotationOn(annotations, marker) != null,
				10_000);
		assertEquals(end + 2, annotations.getPosition(annotationOn(annotations, marker)).getOffset());

		// Fixing the text removes the marker again.
		fixture.document.replace(end, ", q11".length(), "");
		fixture.awaitMarkers("the marker went away",
				list -> list.stream().noneMatch(m -> StudyIssueCodes.DUPLICATE_MEMBER.equals(code(m))));
	}

	@Test
	void anUnknownIndicatorIsALinkingError() throws Exception {
		int offset = fixture.offsetOf("q29\n");
		fixture.document.replace(offset, 3, "q999");
		IMarker marker = fixture.awaitMarkers("a linking marker appeared",
				list -> list.stream().anyMatch(m -> Diagnostic.LINKING_DIAGNOSTIC.equals(code(m)))).stream()
				.filter(m -> Diagnostic.LINKING_DIAGNOSTIC.equals(code(m))).findFirst().orElseThrow();
		assertEquals(fixture.lineOf(offset), marker.getAttribute(IMarker.LINE_NUMBER, -1));
	}

	@Test
	void contentAssistProposesIndicatorsWhereAMemberGoes() throws Exception {
		String probe = "\nindex Probe = q1";
		fixture.document.replace(fixture.document.getLength(), 0, probe);
		int offset = fixture.document.getLength();
		List<String> proposals = proposals(offset);
		assertTrue(proposals.contains("q14"), "proposals: " + proposals);
		assertFalse(proposals.contains("q29"), "q29 does not start with q1: " + proposals);

		ICompletionProposal q14 = Arrays.stream(new StudyContentAssistProcessor().computeCompletionProposals(
				fixture.viewer, offset)).filter(p -> p.getDisplayString().startsWith("q14")).findFirst().orElseThrow();
		q14.apply(fixture.document);
		assertTrue(fixture.document.get().endsWith("\nindex Probe = q14"), fixture.document.get().substring(
				fixture.document.getLength() - 30));
	}

	@Test
	void ctrlSpaceOpensThePopupWithTheProposals() throws Exception {
		fixture.document.replace(fixture.document.getLength(), 0, "\nindex Probe = q1");
		fixture.editor.selectAndReveal(fixture.document.getLength(), 0);
		execute("org.eclipse.ui.edit.text.contentAssist.proposals");
		StudyEditorFixture.waitUntil("the proposal popup lists q14",
				() -> popupRows(fixture.editor.getSite().getShell().getDisplay()).stream().anyMatch(row -> row.startsWith("q14")),
				20_000);
	}

	private static List<String> popupRows(org.eclipse.swt.widgets.Display display) {
		List<String> rows = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				collectRows(shell, rows);
			}
		}
		return rows;
	}

	private static void collectRows(org.eclipse.swt.widgets.Composite parent, List<String> rows) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Table table) {
				for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
					rows.add(item.getText());
				}
			} else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collectRows(composite, rows);
			}
		}
	}

	@Test
	void contentAssistProposesKeywordsAtTheTopLevel() throws Exception {
		fixture.document.replace(fixture.document.getLength(), 0, "\n");
		List<String> proposals = proposals(fixture.document.getLength());
		assertTrue(proposals.containsAll(List.of("index", "area", "hypothesis", "indicators")), "proposals: " + proposals);
	}

	@Test
	void hoverShowsTheQuestionAndTheIndexMembership() {
		int offset = fixture.offsetOf("reversed q14") + "reversed ".length();
		StudyTextHover hover = new StudyTextHover();
		IRegion region = hover.getHoverRegion(fixture.viewer, offset + 1);
		assertEquals(offset, region.getOffset());
		assertEquals(3, region.getLength());
		String text = hover.getHoverInfo(fixture.viewer, region);
		assertNotNull(text);
		assertTrue(text.contains("er digitalisering IT-avdelingens ansvar"), text);
		assertTrue(text.contains("Alignment (reversed)"), text);
	}

	@Test
	void openDeclarationMovesTheSelectionToTheIndicator() throws Exception {
		int reference = fixture.offsetOf("reversed q14") + "reversed ".length() + 1;
		fixture.editor.selectAndReveal(reference, 0);
		execute("org.eclipse.ui.edit.text.open.hyperlink");
		ITextSelection selection = selection();
		assertEquals(fixture.offsetOf("\tq14 \"") + 1, selection.getOffset());
		assertEquals(3, selection.getLength());

		// Alt+Left (Navigate > Back) returns to the reference, Alt+Right goes to the declaration again
		Binding back = fixture.editor.getSite().getService(IBindingService.class)
				.getPerfectMatch(KeySequence.getInstance("M3+ARROW_LEFT"));
		assertNotNull(back, "Alt+Left is bound");
		assertEquals("org.eclipse.ui.navigate.backwardHistory", back.getParameterizedCommand().getId());
		execute("org.eclipse.ui.navigate.backwardHistory");
		StudyEditorFixture.drainEvents();
		assertEquals(reference, selection().getOffset(), "back at the reference");
		execute("org.eclipse.ui.navigate.forwardHistory");
		StudyEditorFixture.drainEvents();
		assertEquals(fixture.offsetOf("\tq14 \"") + 1, selection().getOffset(), "forward at the declaration");
	}

	@Test
	void theF3KeyOnANonReferenceOpensNoDialog() throws Exception {
		org.eclipse.swt.widgets.Display display = fixture.viewer.getTextWidget().getDisplay();
		org.eclipse.swt.widgets.Shell window = fixture.editor.getSite().getShell();
		java.util.List<String> dialogs = new java.util.ArrayList<>();
		// a modal dialog would run its own event loop inside the key press: close it from there, noting its title
		Runnable closeDialogs = new Runnable() {
			@Override
			public void run() {
				for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
					if (shell != window && shell.isVisible() && (shell.getStyle() & org.eclipse.swt.SWT.APPLICATION_MODAL) != 0) {
						dialogs.add(shell.getText());
						shell.close();
					}
				}
				if (!window.isDisposed()) {
					display.timerExec(300, this);
				}
			}
		};
		display.timerExec(300, closeDialogs);
		try {
			window.forceActive();
			fixture.editor.setFocus();
			// the real key on a reference: the selection moves to the declaration (the key reaches the editor)
			int reference = fixture.offsetOf("reversed q14") + "reversed ".length() + 1;
			fixture.editor.selectAndReveal(reference, 0);
			pressF3(display);
			StudyEditorFixture.waitUntil("F3 moved to the declaration",
					() -> selection().getOffset() == fixture.offsetOf("\tq14 \"") + 1, 10_000);
			// on a keyword: nothing happens, and no dialog says so
			int keyword = fixture.offsetOf("index Alignment") + 2;
			fixture.editor.selectAndReveal(keyword, 0);
			pressF3(display);
			long end = System.currentTimeMillis() + 1_500;
			while (System.currentTimeMillis() < end) {
				StudyEditorFixture.drainEvents();
				Thread.sleep(20);
			}
			assertEquals(List.of(), dialogs, "dialogs opened by F3");
			assertEquals(keyword, selection().getOffset());
		} finally {
			display.timerExec(-1, closeDialogs);
		}
	}

	private static void pressF3(org.eclipse.swt.widgets.Display display) {
		for (int type : new int[] { org.eclipse.swt.SWT.KeyDown, org.eclipse.swt.SWT.KeyUp }) {
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.type = type;
			event.keyCode = org.eclipse.swt.SWT.F3;
			display.post(event);
		}
		StudyEditorFixture.drainEvents();
	}

	@Test
	void formatLaysOutABadlyIndentedBlock() throws Exception {
		String tidy = "{\n\tfactor Gamle_IT_Systemer measured by Gamle_IT_Systemer\n\t\tsources literature, interviews\n";
		String messy = "{factor Gamle_IT_Systemer measured by Gamle_IT_Systemer\n      sources literature ,interviews\n";
		int offset = fixture.offsetOf(tidy);
		fixture.document.replace(offset, tidy.length(), messy);
		fixture.editor.selectAndReveal(0, 0);
		execute(StudyEditorIds.FORMAT_COMMAND);
		assertTrue(fixture.document.get().contains(tidy),
				"not formatted: " + fixture.document.get().substring(offset - 10, offset + tidy.length() + 10));
		assertFalse(fixture.document.get().contains(messy));
		// One undo step restores the messy text.
		execute("org.eclipse.ui.edit.undo");
		assertTrue(fixture.document.get().contains(messy));
	}

	@Test
	void toggleCommentCommentsAndUncommentsTheSelectedLines() throws Exception {
		String line = "index Alignment = q11, reversed q14, q29";
		int offset = fixture.offsetOf(line);
		fixture.editor.selectAndReveal(offset + 3, 0);
		execute(StudyEditorIds.TOGGLE_COMMENT_COMMAND);
		assertTrue(fixture.document.get().contains("\n//" + line + "\n"));
		execute(StudyEditorIds.TOGGLE_COMMENT_COMMAND);
		assertTrue(fixture.document.get().contains("\n" + line + "\n"));
		assertFalse(fixture.document.get().contains("//" + line));
	}

	@Test
	void theEditorsKeysRunItsCommands() throws Exception {
		IBindingService bindings = fixture.editor.getSite().getService(IBindingService.class);
		java.util.Map<String, String> expected = java.util.Map.of(
				"M1+M2+F", StudyEditorIds.FORMAT_COMMAND,
				"M1+/", StudyEditorIds.TOGGLE_COMMENT_COMMAND,
				"M2+M3+R", StudyEditorIds.RENAME_COMMAND,
				"M1+M2+G", StudyEditorIds.FIND_USAGES_COMMAND,
				"F3", "org.eclipse.ui.edit.text.open.hyperlink",
				"M1+SPACE", "org.eclipse.ui.edit.text.contentAssist.proposals");
		for (var key : expected.entrySet()) {
			Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(key.getKey()));
			assertNotNull(binding, "no binding for " + key.getKey());
			assertEquals(key.getValue(), binding.getParameterizedCommand().getId(), key.getKey());
		}
	}

	@Test
	void bracketsMatchAcrossABlock() {
		String area = "area Technological \"Teknologiske faktorer\" ";
		int open = fixture.offsetOf(area + "{") + area.length();
		int close = fixture.document.get().indexOf("\n}", open) + 1;
		IRegion match = new StudyBracketMatcher().match(fixture.document, open + 1);
		assertNotNull(match);
		assertEquals(open, match.getOffset());
		assertEquals(close - open + 1, match.getLength());
	}

	@Test
	void semanticColoursFollowTheKindOfName() {
		StudyEditorFixture.waitUntil("the semantic colours were painted",
				() -> colourAt(fixture.offsetOf("reversed q14") + "reversed ".length()) != null, 10_000);
		StyleRange indicator = fixture.viewer.getTextWidget()
				.getStyleRangeAtOffset(fixture.offsetOf("reversed q14") + "reversed ".length());
		assertEquals(StudyColors.semantic(StudyHighlighting.INDICATOR).getForeground().getRGB(),
				indicator.foreground.getRGB());
		StyleRange keyword = fixture.viewer.getTextWidget().getStyleRangeAtOffset(fixture.offsetOf("index Alignment"));
		assertEquals(StudyColors.KEYWORD.getForeground().getRGB(), keyword.foreground.getRGB());
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		StyleRange comment = fixture.viewer.getTextWidget().getStyleRangeAtOffset(3);
		assertEquals(StudyColors.COMMENT.getForeground().getRGB(), comment.foreground.getRGB());
	}

	@Test
	void theEditorAndTheAnalysisRunsShareOneInjector() {
		// the language is set up once per session (about a second of Guice and Xtext work at start-up): the loader
		// of analysis runs uses the editor's injector, which has the ide module's bindings too
		assertSame(StudyLanguage.injector(), StudyLoader.injector());
		assertInstanceOf(StudyHighlighting.class,
				StudyLoader.injector().getInstance(org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator.class));
	}

	@Test
	void aStrayCharacterIsOneErrorAndTheRestOfTheStudyKeepsItsColours() throws Exception {
		int stray = fixture.offsetOf("\nindex Samarbeid =") + 1;
		fixture.document.replace(stray, 0, "x");
		List<IMarker> markers = fixture.awaitMarkers("the syntax error was marked",
				list -> list.stream().anyMatch(m -> StudySyntaxErrorMessages.SYNTAX.equals(code(m))));
		List<IMarker> errors = markers.stream()
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		// one syntax error on the stray word's line; the only other errors are the references to the index it hid
		assertEquals(1, errors.stream().filter(m -> StudySyntaxErrorMessages.SYNTAX.equals(code(m))).count());
		assertEquals(fixture.lineOf(stray), errors.stream().filter(m -> StudySyntaxErrorMessages.SYNTAX.equals(code(m)))
				.findFirst().orElseThrow().getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(errors.stream().allMatch(m -> StudySyntaxErrorMessages.SYNTAX.equals(code(m))
				|| m.getAttribute(IMarker.MESSAGE, "").contains("'Samarbeid'")), () -> errors.stream()
						.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList().toString());
		assertTrue(markers.stream().noneMatch(m -> StudyIssueCodes.UNUSED_INDICATOR.equals(code(m))),
				"no unused-indicator warnings while the study does not parse");

		// names after the error keep their semantic colours: an indicator in a later index, a factor in a hypothesis
		int laterIndicator = fixture.offsetOf("reversed q67") + "reversed ".length();
		int laterFactor = fixture.offsetOf("hypothesis H9: Strukturert") + "hypothesis H9: ".length();
		StudyEditorFixture.waitUntil("the colours after the error were painted",
				() -> colourAt(laterFactor) != null && colourAt(laterFactor).getRGB()
						.equals(StudyColors.semantic(StudyHighlighting.FACTOR).getForeground().getRGB()),
				10_000);
		assertEquals(StudyColors.semantic(StudyHighlighting.INDICATOR).getForeground().getRGB(),
				colourAt(laterIndicator).getRGB());
		assertEquals(StudyColors.semantic(StudyHighlighting.FACTOR).getForeground().getRGB(),
				colourAt(laterFactor).getRGB());
	}

	@Test
	void theOutlineShowsTheFrameworkAndFollowsTheCursor() throws Exception {
		IWorkbenchPage page = fixture.editor.getSite().getPage();
		page.showView(IPageLayout.ID_OUTLINE);
		page.activate(fixture.editor);
		IContentOutlinePage outline = fixture.editor.getAdapter(IContentOutlinePage.class);
		assertInstanceOf(StudyOutlinePage.class, outline);

		StudyOutlinePage shown = (StudyOutlinePage) outlineInView(page);
		page.activate(fixture.editor);
		OutlineNode root = shown.root();
		assertEquals(OutlineNode.Kind.STUDY, root.kind());
		OutlineNode technological = root.children().get(0);
		assertEquals("Technological", technological.label());
		assertEquals(OutlineNode.Kind.FACTOR, technological.children().get(0).kind());
		assertEquals(OutlineNode.Kind.INDEX, technological.children().get(0).children().get(0).kind());

		fixture.editor.selectAndReveal(fixture.offsetOf("\tq14 \"") + 2, 0);
		assertEquals(fixture.editor, page.getActivePart(), "the editor is the active part");
		StudyEditorFixture.waitUntil("the outline followed the cursor",
				() -> shown.getSelection() instanceof IStructuredSelection s && shown.nodeOf(s.getFirstElement()) != null
						&& shown.nodeOf(s.getFirstElement()).label().equals("q14"),
				10_000);

		// Selecting an entry moves the editor to the declaration's name.
		OutlineNode alignmentFactor = root.children().stream().flatMap(area -> area.children().stream())
				.filter(n -> n.label().equals("Alignment")).findFirst().orElseThrow();
		shown.setSelection(new org.eclipse.jface.viewers.StructuredSelection(shown.elementOf(alignmentFactor)));
		ITextSelection moved = selection();
		assertEquals(fixture.offsetOf("factor Alignment") + "factor ".length(), moved.getOffset());
	}

	private IContentOutlinePage outlineInView(IWorkbenchPage page) {
		var view = (org.eclipse.ui.part.PageBookView) page.findView(IPageLayout.ID_OUTLINE);
		StudyEditorFixture.waitUntil("the Outline view shows the study",
				() -> view.getCurrentPage() instanceof StudyOutlinePage p && p.root() != null, 10_000);
		return (IContentOutlinePage) view.getCurrentPage();
	}

	private org.eclipse.swt.graphics.Color colourAt(int offset) {
		StyleRange range = fixture.viewer.getTextWidget().getStyleRangeAtOffset(offset);
		return range == null ? null : range.foreground;
	}

	private List<String> proposals(int offset) {
		return Arrays.stream(new StudyContentAssistProcessor().computeCompletionProposals(fixture.viewer, offset))
				.map(p -> p.getDisplayString().split(" ")[0]).toList();
	}

	private ITextSelection selection() {
		return (ITextSelection) fixture.editor.getSelectionProvider().getSelection();
	}

	private void execute(String command) throws Exception {
		IHandlerService handlers = fixture.editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand(command, null);
		StudyEditorFixture.drainEvents();
	}

	static String code(IMarker marker) {
		return marker.getAttribute(StudyEditorIds.ISSUE_CODE, null);
	}

	private static Annotation annotationOn(IAnnotationModel model, IMarker marker) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof MarkerAnnotation markerAnnotation && markerAnnotation.getMarker().equals(marker)) {
				return annotation;
			}
		}
		return null;
	}
}
