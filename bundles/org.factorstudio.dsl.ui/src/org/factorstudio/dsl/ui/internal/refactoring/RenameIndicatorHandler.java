package org.factorstudio.dsl.ui.internal.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.factorstudio.dsl.ui.internal.StudySnapshot;
import org.factorstudio.dsl.ui.internal.editing.ActiveStudyEditor;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Indicator;

/**
 * Rename Indicator (Alt+Shift+R): asks for the new name and renames the indicator at the cursor
 * everywhere in the study in one undoable edit (see {@link IndicatorRename}).
 */
public class RenameIndicatorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ActiveStudyEditor active = ActiveStudyEditor.of(event);
		if (active == null) {
			return null;
		}
		StudySnapshot snapshot = active.study().current(active.document());
		Indicator indicator = IndicatorAtCursor.find(snapshot.resource(), active.selection().getOffset());
		if (indicator == null) {
			active.status("Rename: place the cursor on an indicator's name", true);
			return null;
		}
		RenameDialog dialog = new RenameDialog(active.editor().getSite().getShell(), indicator);
		if (dialog.open() != Window.OK) {
			return null;
		}
		active.apply(IndicatorRename.edit(snapshot.resource(), indicator, dialog.getValue(), dialog.keepColumn));
		return null;
	}

	/** The new name, checked as it is typed, and whether to keep the data column. */
	private static final class RenameDialog extends InputDialog {

		private final Indicator indicator;

		private Button keepColumnButton;

		boolean keepColumn;

		RenameDialog(Shell shell, Indicator indicator) {
			super(shell, "Rename Indicator", "New name of indicator '" + indicator.getName() + "':",
					indicator.getName(), name -> IndicatorRename.problem(indicator, name));
			this.indicator = indicator;
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			if (IndicatorRename.readsColumnByName(indicator)) {
				keepColumnButton = new Button(area, SWT.CHECK);
				keepColumnButton.setText("Keep reading data column '" + StudyQueries.column(indicator) + "'");
				keepColumnButton.setSelection(true);
				keepColumnButton.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
			}
			return area;
		}

		@Override
		protected void okPressed() {
			keepColumn = keepColumnButton != null && keepColumnButton.getSelection();
			super.okPressed();
		}
	}
}
