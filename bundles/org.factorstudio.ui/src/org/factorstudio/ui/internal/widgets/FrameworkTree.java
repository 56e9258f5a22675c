package org.factorstudio.ui.internal.widgets;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
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
 */
public final class FrameworkTree extends Composite {

	private static final String[] COLUMNS = { "Area / factor", "r", "p adj.", "Hypothesis", "Recommendation" };
	private static final int[] WIDTHS = { 260, 70, 70, 160, 600 };

	private final Tree tree;
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
		}
		detailsPane = new Text(this, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
		GridData detailsData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		detailsData.heightHint = detailsPane.getLineHeight() * 3;
		detailsPane.setLayoutData(detailsData);
		tree.addListener(SWT.Selection, e -> {
			Object data = e.item == null ? null : e.item.getData();
			detailsPane.setText(data instanceof Factor factor ? details(factor) : "");
		});
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
