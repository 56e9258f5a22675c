package org.factorstudio.ui.internal.views;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * One row of the data file, one "column = value" line per cell with the problem cell marked; a
 * scrolling text, since survey exports have a hundred columns or more.
 */
final class DataRowDialog extends Dialog {

	private final String title;
	private final String text;

	DataRowDialog(Shell parent, String title, String text) {
		super(parent);
		this.title = title;
		this.text = text;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text rowText = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		rowText.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 520;
		data.heightHint = 420;
		rowText.setLayoutData(data);
		int marked = text.indexOf("<--");
		if (marked >= 0) {
			int lineStart = text.lastIndexOf('\n', marked) + 1;
			rowText.setSelection(lineStart, marked + 3);
			rowText.showSelection();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(600, 560);
	}
}
