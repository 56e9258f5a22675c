package org.factorstudio.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeItem;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.ui.internal.widgets.DelimitedText;
import org.factorstudio.ui.internal.widgets.Exports;
import org.factorstudio.ui.internal.widgets.FrameworkTree;
import org.factorstudio.ui.results.AnalysisRun;

/** Areas, their factors with their results and recommendations. */
public final class FactorFrameworkView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.framework";

	private static final List<String> HEADER = List.of("Area", "Factor", "r", "p adj.", "Hypothesis", "Recommendation");

	private FrameworkTree tree;

	@Override
	protected Control createContent(Composite parent) {
		tree = new FrameworkTree(parent);
		return tree;
	}

	@Override
	protected void show(AnalysisRun run) {
		tree.setInput(run.study(), run.results());
	}

	@Override
	protected void formatChanged(NumberPolicy format) {
		tree.setFormat(format);
	}

	private List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (TreeItem area : tree.getTree().getItems()) {
			for (TreeItem factor : area.getItems()) {
				rows.add(List.of(area.getText(0), factor.getText(0), factor.getText(1), factor.getText(2),
						factor.getText(3), factor.getText(4)));
			}
		}
		return rows;
	}

	/** One line per factor: area, factor, and the columns shown. */
	public String toTsv() {
		return DelimitedText.tsv(HEADER, rows());
	}

	@Override
	public void copy() {
		Exports.copy(tree.getDisplay(), toTsv());
	}

	@Override
	public void export() {
		Exports.saveWithDialog(tree.getShell(), "factor-framework", studyFolder(), () -> DelimitedText.csv(HEADER, rows()));
	}

	public FrameworkTree tree() {
		return tree;
	}

	@Override
	public void setFocus() {
		tree.getTree().setFocus();
	}
}
