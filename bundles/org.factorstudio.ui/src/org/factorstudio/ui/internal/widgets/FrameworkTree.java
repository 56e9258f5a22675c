package org.factorstudio.ui.internal.widgets;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Area;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportTable.Kind;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * The factor framework: areas, their factors, each factor's correlation with the dependent variable,
 * its hypothesis outcome and its recommendation. Selecting a factor shows the recommendation in full,
 * its sources and where its numbers come from.
 * <p>
 * The columns fit their text: the first one the widest area label and factor name with the tree's indentation (it
 * is measured where the tree draws the text), the numbers and outcomes their widest cell; the recommendations take
 * the rest of the view. A cell whose text does not fit (a long recommendation) shows it in full in its tooltip.
 */
public final class FrameworkTree extends Composite {

	private static final String[] COLUMNS = { "Area / factor", "r", "p adj.", "Hypothesis", "Recommendation" };
	/** Widths before there is anything to fit, and the least each column keeps. */
	private static final int[] WIDTHS = { 260, 70, 70, 160, 600 };
	private static final int[] MIN_WIDTHS = { 120, 50, 50, 100, 240 };
	private static final int RECOMMENDATION = 4;
	/** Room beside a cell's text (GTK's cell padding and the column separator). */
	private static final int PADDING = 12;

	private final Tree tree;
	/** True while {@link #fitColumns} sets the widths: the columns' resize events then are not the user's. */
	private boolean fitting;
	/** The columns whose width the user set by dragging: the fit leaves them as the user wants them. */
	private final boolean[] sizedByUser = new boolean[COLUMNS.length];
	/** The cell whose tooltip the tree shows (see {@link #hover}): null and -1 when none. */
	private TreeItem hoveredItem;
	private int hoveredColumn = -1;
	private final Text detailsPane;
	private NumberPolicy format = NumberPolicy.APA;
	private Study study;
	private StudyResults results;

	public FrameworkTree(Composite parent) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		tree = new Tree(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (int i = 0; i < COLUMNS.length; i++) {
			TreeColumn column = new TreeColumn(tree, i == 1 || i == 2 ? SWT.RIGHT : SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
			int index = i;
			column.addListener(SWT.Resize, e -> {
				if (!fitting) {
					sizedByUser[index] = true;
				}
			});
		}
		detailsPane = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.heightHint = detailsPane.getLineHeight() * 3;
		detailsPane.setLayoutData(detailsData);
		tree.addListener(SWT.Selection, e -> {
			Object data = e.item == null ? null : e.item.getData();
			detailsPane.setText(data instanceof Factor factor ? details(factor) : "");
		});
		tree.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
		tree.addListener(SWT.MouseExit, e -> forgetHoveredCell());
		if (tree.getHorizontalBar() != null) {
			// scrolling changes which cells are cut
			tree.getHorizontalBar().addListener(SWT.Selection, e -> forgetHoveredCell());
		}
		// the items' bounds are known once the tree has its size: the first column is measured again then
		tree.addListener(SWT.Resize, e -> fitColumns());
	}

	/**
	 * The tooltip of the cell at a point of the tree: its whole text when the cell cuts it (a long recommendation),
	 * else null.
	 */
	public String toolTipAt(int x, int y) {
		TreeItem item = tree.getItem(new Point(x, y));
		int column = item == null ? -1 : columnAt(item, x, y);
		return column < 0 ? null : toolTip(item, column);
	}

	/** Sets the tooltip of the cell under the mouse; it is measured only when the mouse enters another cell. */
	private void hover(int x, int y) {
		TreeItem item = tree.getItem(new Point(x, y));
		int column = item == null ? -1 : columnAt(item, x, y);
		if (item == hoveredItem && column == hoveredColumn) {
			return;
		}
		hoveredItem = item;
		hoveredColumn = column;
		tree.setToolTipText(column < 0 ? null : toolTip(item, column));
	}

	/** After the mouse leaves, or the columns change their widths: the next move measures its cell again. */
	private void forgetHoveredCell() {
		hoveredItem = null;
		hoveredColumn = -1;
		tree.setToolTipText(null);
	}

	private static int columnAt(TreeItem item, int x, int y) {
		for (int column = 0; column < COLUMNS.length; column++) {
			if (item.getBounds(column).contains(x, y)) {
				return column;
			}
		}
		return -1;
	}

	private String toolTip(TreeItem item, int column) {
		String text = item.getText(column);
		return text.isEmpty() || fits(item, column) ? null : text;
	}

	/** Whether a cell shows the whole of its text: its end lies inside the cell and the visible part of the tree. */
	private boolean fits(TreeItem item, int column) {
		Rectangle cell = item.getBounds(column);
		Rectangle text = item.getTextBounds(column);
		int visibleRight = Math.min(cell.x + cell.width, tree.getClientArea().x + tree.getClientArea().width);
		GC gc = new GC(tree);
		try {
			return text.x + gc.textExtent(item.getText(column)).x <= visibleRight;
		} finally {
			gc.dispose();
		}
	}

	/**
	 * Widens the columns to their text: the first to the widest area label and factor name as the tree draws them
	 * (indented under their area, after the expander), the others to their widest cell; the recommendations fill
	 * the rest. A column the user has sized keeps the user's width.
	 */
	private void fitColumns() {
		forgetHoveredCell();
		fitting = true;
		try {
			fitColumnsToText();
		} finally {
			fitting = false;
		}
	}

	private void fitColumnsToText() {
		TreeColumn[] columns = tree.getColumns();
		GC gc = new GC(tree);
		try {
			for (int i = 0; i < RECOMMENDATION; i++) {
				if (sizedByUser[i]) {
					continue;
				}
				columns[i].pack();
				int width = Math.max(columns[i].getWidth(), gc.textExtent(COLUMNS[i]).x + PADDING);
				if (i == 0) {
					width = Math.max(width, widestName(gc));
				}
				columns[i].setWidth(Math.max(MIN_WIDTHS[i], width + PADDING));
			}
		} finally {
			gc.dispose();
		}
		fillWithRecommendations();
	}

	/** The right end of the widest area label or factor name where the tree draws it (0 before it is shown). */
	private int widestName(GC gc) {
		int widest = 0;
		for (TreeItem area : tree.getItems()) {
			widest = Math.max(widest, textEnd(gc, area));
			for (TreeItem factor : area.getItems()) {
				widest = Math.max(widest, textEnd(gc, factor));
			}
		}
		return widest;
	}

	/** Where the first column's text of an item ends, from the column's left edge (the first column starts at 0). */
	private int textEnd(GC gc, TreeItem item) {
		Rectangle text = item.getTextBounds(0);
		if (text.width == 0 && text.height == 0) {
			return 0; // not laid out yet: measured again when the tree gets its size
		}
		int scrolled = tree.getHorizontalBar() == null ? 0 : tree.getHorizontalBar().getSelection();
		return text.x + scrolled + gc.textExtent(item.getText(0)).x;
	}

	/** The recommendations take the width the other columns leave (no less than they need to be read at all). */
	private void fillWithRecommendations() {
		TreeColumn[] columns = tree.getColumns();
		if (sizedByUser[RECOMMENDATION]) {
			return;
		}
		int others = 0;
		for (int i = 0; i < RECOMMENDATION; i++) {
			others += columns[i].getWidth();
		}
		int rest = tree.getClientArea().width - others;
		columns[RECOMMENDATION].setWidth(Math.max(MIN_WIDTHS[RECOMMENDATION], rest));
	}

	public Tree getTree() {
		return tree;
	}

	public String detailsText() {
		return detailsPane.getText();
	}

	public void setFormat(NumberPolicy newFormat) {
		format = newFormat;
		refresh();
	}

	public void setInput(Study newStudy, StudyResults newResults) {
		study = newStudy;
		results = newResults;
		refresh();
	}

	private void refresh() {
		tree.removeAll();
		detailsPane.setText("");
		if (study == null) {
			return;
		}
		Map<String, Correlation> correlations = new HashMap<>();
		Map<String, HypothesisOutcome> hypotheses = new HashMap<>();
		if (results != null) {
			results.getDependentCorrelations().forEach(c -> correlations.put(c.getX(), c));
			results.getHypotheses().forEach(h -> hypotheses.put(h.getFactor(), h));
		}
		for (Area area : study.getAreas()) {
			TreeItem areaItem = new TreeItem(tree, SWT.NONE);
			areaItem.setText(0, area.getLabel() == null ? area.getName() : area.getName() + " - " + area.getLabel());
			areaItem.setData(area);
			for (Factor factor : area.getFactors()) {
				TreeItem item = new TreeItem(areaItem, SWT.NONE);
				item.setData(factor);
				item.setText(0, factor.getName());
				Correlation correlation = factor.getIndex() == null ? null : correlations.get(factor.getIndex().getName());
				if (correlation != null) {
					// stars on the p the decisions use, which is the p shown beside them
					Double decision = correlation.getPAdjusted() != null ? correlation.getPAdjusted() : correlation.getP();
					item.setText(1, format.format(Kind.COEFFICIENT, correlation.getCoefficient()) + NumberPolicy.stars(decision));
					item.setText(2, format.p(decision));
				}
				HypothesisOutcome outcome = hypotheses.get(factor.getName());
				if (outcome != null) {
					item.setText(3, outcome.getHypothesis() + ": " + (outcome.isSupported() ? "supported" : "not supported"));
				}
				item.setText(4, Objects.toString(factor.getRecommendation(), ""));
			}
			areaItem.setExpanded(true);
		}
		fitColumns();
	}

	private String details(Factor factor) {
		StringBuilder text = new StringBuilder(factor.getName());
		if (factor.getIndex() != null) {
			text.append(", measured by ").append(factor.getIndex().getName());
		}
		if (!factor.getSources().isEmpty()) {
			text.append("; sources: ").append(factor.getSources().stream().map(Object::toString).collect(Collectors.joining(", ")));
		}
		if (factor.getRecommendation() != null) {
			text.append("\nRecommendation: ").append(factor.getRecommendation());
		}
		if (results != null && factor.getIndex() != null) {
			results.getDependentCorrelations().stream().filter(c -> factor.getIndex().getName().equals(c.getX())).findFirst()
					.ifPresent(c -> text.append("\n").append(ProvenanceText.of(c.getProvenance())));
		}
		return text.toString();
	}
}
