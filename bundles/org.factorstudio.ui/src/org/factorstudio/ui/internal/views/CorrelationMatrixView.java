package org.factorstudio.ui.internal.views;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.report.tables.NumberPolicy;
import org.factorstudio.ui.internal.widgets.HeatMap;
import org.factorstudio.ui.results.AnalysisRun;

/** The correlation matrix of the index variables as a heat map. */
public final class CorrelationMatrixView extends ResultsViewPart {

	public static final String ID = "org.factorstudio.ui.views.matrix";

	private HeatMap heatMap;

	@Override
	protected Control createContent(Composite parent) {
		heatMap = new HeatMap(parent);
		Action lowerTriangle = new Action("Lower Triangle Only", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				heatMap.setLowerTriangle(isChecked());
			}
		};
		lowerTriangle.setToolTipText("Draw each pair once, below the diagonal");
		getViewSite().getActionBars().getMenuManager().add(lowerTriangle);
		return heatMap;
	}

	@Override
	protected void show(AnalysisRun run) {
		CorrelationMatrix matrix = run.results().getMatrix();
		heatMap.setMatrix(matrix);
	}

	@Override
	protected void formatChanged(NumberPolicy format) {
		heatMap.setFormat(format);
	}

	@Override
	public void copy() {
		heatMap.copyToClipboard();
	}

	@Override
	public void export() {
		heatMap.exportWithDialog();
	}

	public HeatMap heatMap() {
		return heatMap;
	}

	@Override
	public void setFocus() {
		heatMap.getCanvas().setFocus();
	}
}
