package org.factorstudio.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.factorstudio.dsl.ui.internal.StudyDocument;
import org.junit.jupiter.api.Test;

/**
 * Typing stays responsive on a study of 2,000 indicators: a keystroke costs the UI thread only the
 * text change and its repaint, because parsing, linking, validation and highlighting run in the
 * reconciler's job. Prints the measurement (docs/benchmarks.md quotes it).
 */
class TypingResponsivenessTest {

	private static final int KEYSTROKES = 60;

	@Test
	void aKeystrokeOnA2000IndicatorStudyTakesMilliseconds() throws Exception {
		String study = generate(2000, 200);
		try (StudyEditorFixture fixture = StudyEditorFixture.open("large.study", study, false)) {
			StyledText widget = fixture.viewer.getTextWidget();
			Display display = widget.getDisplay();
			int offset = fixture.offsetOf("\tq1999 \"") + "\tq1999 \"".length();
			fixture.editor.selectAndReveal(offset, 0);
			StudyEditorFixture.drainEvents();

			long[] keystrokes = new long[KEYSTROKES];
			for (int i = 0; i < KEYSTROKES; i++) {
				long start = System.nanoTime();
				type(widget, 'x');
				StudyEditorFixture.drainEvents();
				keystrokes[i] = System.nanoTime() - start;
				// Keystrokes 100 ms apart, so the reconciler runs now and then in between.
				long pause = System.currentTimeMillis() + (i % 10 == 9 ? 400 : 100);
				while (System.currentTimeMillis() < pause) {
					if (!display.readAndDispatch()) {
						Thread.sleep(2);
					}
				}
			}
			// From one more keystroke until its text is parsed, validated, coloured and in the outline.
			fixture.awaitReconciled();
			long typed = System.nanoTime();
			type(widget, 'x');
			fixture.awaitReconciled();
			long reconciled = System.nanoTime() - typed;
			assertTrue(fixture.document.get().contains("\tq1999 \"" + "x".repeat(KEYSTROKES + 1)));
			assertTrue(StudyDocument.find(fixture.document).latest().issues().stream()
					// the generated study declares no data on purpose (no data checks while typing): that error only
					.noneMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
							&& !org.factorstudio.dsl.validation.StudyIssueCodes.NO_DATA_DECLARATION.equals(issue.getCode())));

			Arrays.sort(keystrokes);
			double median = keystrokes[KEYSTROKES / 2] / 1e6;
			double p95 = keystrokes[(int) (KEYSTROKES * 0.95)] / 1e6;
			double max = keystrokes[KEYSTROKES - 1] / 1e6;
			System.out.printf(
					"TYPING 2000 indicators / 200 indices (%d chars): keystroke on the UI thread median %.1f ms, p95 %.1f ms, max %.1f ms over %d keystrokes; keystroke to reconciled study %.0f ms (%d ms pause included)%n",
					study.length(), median, p95, max, KEYSTROKES, reconciled / 1e6, org.factorstudio.dsl.ui.internal.StudyReconciler.DELAY_MILLIS);
			// A measurement, not a timed assertion (timings belong in docs/benchmarks.md, where these are); the
			// test checks that typing on a large study ends in a reconciled, error-free model.
		}
	}

	/** Types a character as the keyboard does: a key-down event through StyledText's key handling. */
	private static void type(StyledText widget, char character) {
		Event down = new Event();
		down.character = character;
		down.keyCode = character;
		widget.notifyListeners(SWT.KeyDown, down);
		Event up = new Event();
		up.character = character;
		up.keyCode = character;
		widget.notifyListeners(SWT.KeyUp, up);
	}

	/** The benchmark study of StudyLoadBenchmark (dsl.tests): 10 members per index, ranges and reversed members. */
	static String generate(int indicators, int indices) {
		StringBuilder text = new StringBuilder("study Generated \"Benchmark study\"\n\nscale Likert5 1..5 {\n")
				.append("\t1 = \"helt uenig\"\n\t5 = \"helt enig\"\n\tmissing 9 = \"vet ikke\"\n}\n");
		for (int i = 0; i < indicators; i++) {
			if (i % 100 == 0) {
				text.append(i == 0 ? "" : "}\n").append("\nindicators \"Side ").append(i / 100 + 1)
						.append("\" scale Likert5 {\n");
			}
			text.append("\tq").append(i).append(" \"I vår kommune følger vi påstand nummer ").append(i).append("\"\n");
		}
		text.append("}\n\n");
		int perIndex = indicators / indices;
		for (int j = 0; j < indices; j++) {
			int first = j * perIndex;
			text.append("index I").append(j).append(" = q").append(first).append("..q").append(first + perIndex - 3)
					.append(", reversed q").append(first + perIndex - 2).append(", q").append(first + perIndex - 1)
					.append(" min ").append(perIndex / 2).append('\n');
		}
		text.append("\ndependent I0\n\narea A {\n");
		for (int j = 1; j < indices; j++) {
			text.append("\tfactor F").append(j).append(" measured by I").append(j).append(" sources literature\n");
		}
		text.append("}\n\n");
		for (int j = 1; j < indices; j++) {
			text.append("hypothesis H").append(j).append(": F").append(j).append(" positive\n");
		}
		text.append("\nanalysis {\n\ttails one\n\tpartial\n\treliability listwise for all\n}\n");
		return text.toString();
	}
}
