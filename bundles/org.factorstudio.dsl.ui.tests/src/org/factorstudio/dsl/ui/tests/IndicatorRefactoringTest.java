package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IMarker;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.factorstudio.dsl.ui.StudyEditorIds;
import org.factorstudio.dsl.ui.internal.StudySnapshot;
import org.factorstudio.dsl.ui.internal.editing.ActiveStudyEditor;
import org.factorstudio.dsl.ui.internal.refactoring.IndicatorRename;
import org.factorstudio.dsl.ui.internal.refactoring.IndicatorUsages;
import org.factorstudio.dsl.ui.internal.refactoring.UsagesPage;
import org.factorstudio.dsl.ui.internal.refactoring.UsagesResult;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Indicator;
import org.junit.jupiter.api.Test;

/** Rename of an indicator everywhere in the study, and its usages in the Search view. */
class IndicatorRefactoringTest {

	private static final String RANGES = """
			study Ranges
			scale L 1..5
			indicators scale L {
				a1 "one"
				a2 "two"
				a3 "three"
			}
			index A = a1..a3 min 2
			index B = a2, reversed a3
			dependent A
			""";

	@Test
	void renameChangesEveryOccurrenceInOneUndoableEditAndKeepsTheDataColumn() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			String original = fixture.document.get();
			StudySnapshot snapshot = fixture.awaitReconciled();
			Indicator q14 = indicator(snapshot, "q14");
			assertEquals(2, count(original, "q14"), "declaration and one reference");

			ActiveStudyEditor active = ActiveStudyEditor.of(fixture.editor);
			active.apply(IndicatorRename.edit(snapshot.resource(), q14, "it_ansvar", true));

			String renamed = fixture.document.get();
			assertEquals(2, count(renamed, "it_ansvar"));
			assertTrue(renamed.contains("\tit_ansvar \"er digitalisering IT-avdelingens ansvar\""));
			assertTrue(renamed.contains("index Alignment = q11, reversed it_ansvar, q29"));
			assertTrue(renamed.contains("translation \"digitalisation is the IT department's responsibility\" column \"q14\""),
					"the data column is written out");
			assertEquals(1, count(renamed, "q14"), "only the data column keeps the old name");

			// The renamed study is as clean as before: no linking errors, the data column still found.
			List<IMarker> markers = fixture.awaitCurrentMarkers();
			assertTrue(markers.stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
					"errors after renaming: " + markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());

			fixture.editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
			assertEquals(original, fixture.document.get(), "one undo restores the study");
		}
	}

	@Test
	void theRenameCommandAsksForTheNameAndRejectsATakenOne() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			fixture.editor.selectAndReveal(fixture.offsetOf("reversed q14") + "reversed ".length() + 1, 0);
			Display display = fixture.editor.getSite().getShell().getDisplay();
			List<String> seen = new ArrayList<>();
			// The dialog runs its own event loop; answer it from there as a user would.
			display.asyncExec(() -> answer(display, seen));
			fixture.editor.getSite().getService(IHandlerService.class).executeCommand(StudyEditorIds.RENAME_COMMAND, null);
			assertEquals(List.of("An indicator called 'q15' already exists"), seen, "the dialog rejected a taken name");
			assertEquals(2, count(fixture.document.get(), "it_ansvar"));
			assertTrue(fixture.document.get().contains("column \"q14\""), "the data column is kept by default");
		}
	}

	/** Types a taken name (and records the dialog's complaint), then a free one, and presses OK. */
	private static void answer(Display display, List<String> seen) {
		Shell dialog = Arrays.stream(display.getShells()).filter(s -> "Rename Indicator".equals(s.getText()))
				.findFirst().orElse(null);
		if (dialog == null) {
			display.asyncExec(() -> answer(display, seen));
			return;
		}
		Text name = find(dialog, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) == 0 && text.getEditable());
		name.setText("q15");
		Text message = find(dialog, Text.class, text -> !text.getEditable() && !text.getText().isEmpty());
		seen.add(message.getText());
		name.setText("it_ansvar");
		Button ok = find(dialog, Button.class, button -> "OK".equals(button.getText()) && button.isEnabled());
		ok.notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void renamingWithoutKeepingTheColumnLosesTheDataColumn() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			StudySnapshot snapshot = fixture.awaitReconciled();
			ActiveStudyEditor.of(fixture.editor)
					.apply(IndicatorRename.edit(snapshot.resource(), indicator(snapshot, "q14"), "it_ansvar", false));
			int line = fixture.lineOf(fixture.offsetOf("\tit_ansvar "));
			IMarker missing = fixture.awaitMarkers("the data check reported the column",
					list -> list.stream().anyMatch(m -> StudyIssueCodes.DATA_COLUMN_MISSING.equals(StudyEditorTest.code(m))))
					.stream().filter(m -> StudyIssueCodes.DATA_COLUMN_MISSING.equals(StudyEditorTest.code(m))).findFirst()
					.orElseThrow();
			assertEquals(line, missing.getAttribute(IMarker.LINE_NUMBER, -1));
		}
	}

	@Test
	void aNewNameMustBeAFreeNameOfTheLanguage() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.openExample()) {
			Indicator q14 = indicator(fixture.awaitReconciled(), "q14");
			assertNull(IndicatorRename.problem(q14, "it_ansvar"));
			assertNull(IndicatorRename.problem(q14, "ansvar_før"));
			assertNotNull(IndicatorRename.problem(q14, "q15"), "taken by another indicator");
			assertNotNull(IndicatorRename.problem(q14, "index"), "a keyword");
			assertNotNull(IndicatorRename.problem(q14, "14q"), "not a name");
			assertNotNull(IndicatorRename.problem(q14, ""), "empty");
			assertNotNull(IndicatorRename.problem(q14, "q14"), "unchanged");
		}
	}

	@Test
	void usagesIncludeRangesThatContainTheIndicator() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.open("ranges.study", RANGES, false)) {
			StudySnapshot snapshot = fixture.awaitReconciled();
			List<IndicatorUsages.Usage> usages = IndicatorUsages.of(snapshot.resource(), indicator(snapshot, "a2"));
			assertEquals(List.of(IndicatorUsages.Kind.DECLARATION, IndicatorUsages.Kind.IN_RANGE,
					IndicatorUsages.Kind.REFERENCE), usages.stream().map(IndicatorUsages.Usage::kind).toList());
			assertEquals(fixture.offsetOf("a1..a3"), usages.get(1).offset());
			assertEquals("a1..a3".length(), usages.get(1).length());
		}
	}

	@Test
	void findUsagesListsThemInTheSearchView() throws Exception {
		try (StudyEditorFixture fixture = StudyEditorFixture.open("ranges.study", RANGES, false)) {
			fixture.editor.selectAndReveal(fixture.offsetOf("index B = a2") + "index B = ".length() + 1, 0);
			fixture.editor.getSite().getService(IHandlerService.class).executeCommand(StudyEditorIds.FIND_USAGES_COMMAND,
					null);
			long deadline = System.currentTimeMillis() + 20_000;
			while (!usagesShown(3) && System.currentTimeMillis() < deadline) {
				if (!fixture.editor.getSite().getShell().getDisplay().readAndDispatch()) {
					Thread.sleep(5);
				}
			}
			ISearchResultViewPart view = NewSearchUI.getSearchResultView();
			assertTrue(usagesShown(3), "Search view " + view + ", page " + (view == null ? null : view.getActivePage())
					+ ", status line " + fixture.editor.getEditorSite().getActionBars().getStatusLineManager());
			UsagesResult result = (UsagesResult) ((UsagesPage) NewSearchUI.getSearchResultView().getActivePage())
					.getInput();
			assertEquals("Usages of indicator 'a2' - 3 usages", result.getLabel());
			assertEquals(3, result.getElements().length, "one row per line");
		}
	}

	private static boolean usagesShown(int count) {
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		return view != null && view.getActivePage() instanceof UsagesPage page
				&& page.getInput() instanceof UsagesResult result && result.getMatchCount() == count;
	}

	private static Indicator indicator(StudySnapshot snapshot, String name) {
		return StudyQueries.indicators(snapshot.study()).stream().filter(i -> i.getName().equals(name)).findFirst()
				.orElseThrow();
	}

	private static int count(String text, String word) {
		Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
