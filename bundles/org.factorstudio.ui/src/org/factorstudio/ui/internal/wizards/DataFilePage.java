package org.factorstudio.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Chooses the survey data file (CSV) and shows which columns will become indicators. */
final class DataFilePage extends WizardPage {

	private Text path;
	private Label preview;

	DataFilePage() {
		super("data");
		setTitle("Survey data");
		setDescription("Choose the survey export (CSV). Its answer columns become the study's indicators; "
				+ "the file is copied into the project and never changed.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(3, false));
		new Label(composite, SWT.NONE).setText("Data file:");
		path = new Text(composite, SWT.BORDER);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		path.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(composite, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.tsv;*.txt", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				path.setText(chosen);
			}
		});
		preview = new Label(composite, SWT.WRAP);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		previewData.widthHint = 500;
		preview.setLayoutData(previewData);
		setControl(composite);
	}

	private void validate() {
		String text = path.getText().trim();
		if (text.isEmpty()) {
			setErrorMessage(null);
			preview.setText("");
			setPageComplete(false);
			return;
		}
		Path file = Path.of(text);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			setErrorMessage(text + ": no such readable file");
			preview.setText("");
			setPageComplete(false);
			return;
		}
		try {
			DataFileSample sample = DataFileSample.read(file);
			int answers = 0;
			for (int i = 0; i < sample.header().size(); i++) {
				if (sample.isWholeNumbers(i)) {
					answers++;
				}
			}
			String id = StudySkeleton.idColumn(sample.header());
			preview.setText(sample.header().size() + " columns; " + answers + " with whole numbers become indicators"
					+ (id == null ? "" : ", id column " + id) + ".\nColumns: " + String.join(", ", sample.header()));
			setErrorMessage(null);
			setPageComplete(true);
		} catch (IOException | RuntimeException e) {
			setErrorMessage(file + ": " + e.getMessage());
			setPageComplete(false);
		}
		preview.getParent().layout(true);
	}

	Path dataFile() {
		return Path.of(path.getText().trim());
	}

	/** For tests: sets the data file as if typed. */
	void setDataFile(String file) {
		path.setText(file);
	}
}
