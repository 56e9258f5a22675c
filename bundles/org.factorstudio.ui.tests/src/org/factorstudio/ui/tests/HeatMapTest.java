package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.ui.internal.widgets.HeatMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heat map painted in a real shell: values readable on every fill, strong correlations keep a
 * value in narrow cells, the legend, the lower triangle, tool tips of the cell under the mouse.
 */
class HeatMapTest {

	private static final int VARIABLES = 20;

	private Shell shell;
	private HeatMap heatMap;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		// about the Correlation Matrix view's share of a 1366x768 window
		shell.setSize(760, 520);
		heatMap = new HeatMap(shell);
		heatMap.setMatrix(matrix());
		shell.open();
		paint();
	}

	@AfterEach
	void close() {
		shell.dispose();
		// give the workbench window its focus back: its key bindings follow the active shell
		Shell window = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
		window.forceActive();
		Ui.waitUntil(() -> Display.getCurrent().getActiveShell() == window, 10_000, "the workbench window active again");
	}

	/** V1..V20; r falls from .95 next to the diagonal to about -.9 far from it, flags on the strong ones. */
	private static CorrelationMatrix matrix() {
		CorrelationMatrix matrix = ResultsFactory.eINSTANCE.createCorrelationMatrix();
		matrix.setMethod("spearman");
		for (int i = 1; i <= VARIABLES; i++) {
			matrix.getVariables().add("Variable_" + i);
		}
		for (int i = 0; i < VARIABLES; i++) {
			for (int j = i + 1; j < VARIABLES; j++) {
				Correlation c = ResultsFactory.eINSTANCE.createCorrelation();
				c.setX(matrix.getVariables().get(i));
				c.setY(matrix.getVariables().get(j));
				double r = 0.95 - 1.85 * (j - i - 1) / (VARIABLES - 2.0);
				c.setCoefficient(r);
				c.setN(70 + i);
				c.setP(Math.abs(r) > 0.4 ? 0.0001 : 0.2);
				c.setFlag(Math.abs(r) > 0.4 ? "***" : null);
				matrix.getCells().add(c);
			}
		}
		return matrix;
	}

	private void paint() {
		int before = heatMap.paints();
		heatMap.getCanvas().redraw();
		heatMap.getCanvas().update();
		Ui.waitUntil(() -> heatMap.paints() > before, 10_000, "the heat map painted");
	}

	@Test
	void everyFillGetsTheTextColourOfHigherContrast() {
		List<String> unreadable = new ArrayList<>();
		for (int i = -100; i <= 100; i++) {
			RGB fill = HeatMap.colour(i / 100.0);
			RGB text = HeatMap.textColour(fill);
			// WCAG AA for normal text: 4.5
			if (HeatMap.contrast(fill, text) < 4.5) {
				unreadable.add(i / 100.0 + ": " + HeatMap.contrast(fill, text));
			}
		}
		assertTrue(unreadable.isEmpty(), "contrast below 4.5 at r = " + unreadable);
		RGB white = new RGB(255, 255, 255);
		RGB black = new RGB(0, 0, 0);
		for (int i = -100; i <= 100; i++) {
			RGB fill = HeatMap.colour(i / 100.0);
			double best = Math.max(HeatMap.contrast(fill, white), HeatMap.contrast(fill, black));
			assertEquals(best, HeatMap.contrast(fill, HeatMap.textColour(fill)), 1e-12, "the better of black and white at " + i);
		}
		assertEquals(white, HeatMap.textColour(HeatMap.colour(0.95)), "white on the darkest red");
		assertEquals(black, HeatMap.textColour(HeatMap.colour(0.1)), "black on pale fills");
		// WCAG 2 relative luminance: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels
		assertEquals(0.0722, HeatMap.relativeLuminance(new RGB(0, 0, 255)), 1e-12);
		assertEquals(0.2158605001138992, HeatMap.relativeLuminance(new RGB(128, 128, 128)), 1e-9);
		assertEquals(21, HeatMap.contrast(new RGB(0, 0, 0), new RGB(255, 255, 255)), 1e-9);
	}

	@Test
	void everyComputedCellPrintsAValueEvenTheStrongest() {
		List<String> empty = new ArrayList<>();
		for (int r = 0; r < VARIABLES; r++) {
			for (int c = 0; c < VARIABLES; c++) {
				String painted = heatMap.paintedText(r, c);
				assertNotNull(painted, "painted");
				if (painted.isEmpty()) {
					empty.add(r + "," + c + " (" + heatMap.cellText(r, c) + ")");
				}
			}
		}
		assertTrue(empty.isEmpty(), "cells without a value: " + empty);
		// the strongest pair, in a cell too narrow for "0.950***": shortened, never blank
		String strongest = heatMap.paintedText(0, 1);
		assertTrue(strongest.startsWith("0.950") || strongest.startsWith(".95"), strongest);
		assertEquals(".95***", heatMap.cellText(0, 1), "the text of the matrix table");
		assertEquals(".95", HeatMap.fitting("0.950***", text -> text.length() <= 3));
		assertEquals("-.90", HeatMap.fitting("-0.900***", text -> text.length() <= 4));
		assertEquals("-.90", HeatMap.fitting("\u2212.90***", text -> !text.contains("\u2212") && text.length() <= 4),
				"where the minus sign does not fit, a hyphen, rather than an empty cell");
		assertEquals(".950***", HeatMap.fitting("0.950***", text -> text.length() <= 7));
	}

	@Test
	void aLegendExplainsTheColoursUnderTheCells() {
		Rectangle legend = heatMap.legendBounds();
		assertTrue(legend.width >= 120 && legend.height >= 10, "legend drawn: " + legend);
		Rectangle lastRow = heatMap.cellBounds(VARIABLES - 1, 0);
		assertTrue(legend.y >= lastRow.y + lastRow.height, "under the cells: " + legend + " vs " + lastRow);
		Rectangle area = heatMap.getCanvas().getClientArea();
		assertTrue(legend.y + legend.height <= area.height, "inside the canvas: " + legend + " in " + area);
	}

	@Test
	void theLowerTriangleDrawsEachPairOnce() {
		heatMap.setLowerTriangle(true);
		paint();
		assertEquals("", heatMap.paintedText(0, 5), "above the diagonal: nothing");
		assertFalse(heatMap.paintedText(5, 0).isEmpty(), "below: the value");
		assertEquals("1", heatMap.paintedText(3, 3));
		Rectangle upper = heatMap.cellBounds(0, 5);
		assertNull(heatMap.toolTipText(upper.x + upper.width / 2, upper.y + upper.height / 2));
		assertTrue(heatMap.toTsv().split("\n")[1].split("\t").length == VARIABLES + 1, "copies the whole matrix");
		heatMap.setLowerTriangle(false);
		paint();
		assertFalse(heatMap.paintedText(0, 5).isEmpty());
	}

	@Test
	void theToolTipIsTheCellUnderTheMouseNotTheLastClicked() {
		heatMap.select(0, 1);
		Rectangle cell = heatMap.cellBounds(2, 7);
		String text = heatMap.toolTipText(cell.x + cell.width / 2, cell.y + cell.height / 2);
		assertTrue(text.startsWith("Variable_3 / Variable_8"), text);
		assertTrue(text.contains("n = 72"), text);

		// through the real tool tip: hover shows it, moving to another cell replaces it
		hover(SWT.MouseHover, 2, 7);
		assertEquals(text, shownToolTip());
		hover(SWT.MouseMove, 9, 4);
		assertNull(shownToolTip(), "leaving the cell hides its tip");
		hover(SWT.MouseHover, 9, 4);
		String other = shownToolTip();
		assertNotNull(other);
		assertTrue(other.startsWith("Variable_5 / Variable_10"), other);
	}

	private void hover(int type, int row, int column) {
		Rectangle cell = heatMap.cellBounds(row, column);
		Event event = new Event();
		event.x = cell.x + cell.width / 2;
		event.y = cell.y + cell.height / 2;
		heatMap.getCanvas().notifyListeners(type, event);
		Ui.flush();
	}

	/** The text of the heat map's visible tool tip (a shell of the test's shell), or null. */
	private String shownToolTip() {
		for (Shell candidate : shell.getShells()) {
			if (!candidate.isDisposed() && candidate.isVisible()) {
				String text = labelText(candidate);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String labelText(Control control) {
		if (control instanceof CLabel label) {
			return label.getText();
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				String text = labelText(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}
}
