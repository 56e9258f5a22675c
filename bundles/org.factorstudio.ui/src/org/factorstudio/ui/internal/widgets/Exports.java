package org.factorstudio.ui.internal.widgets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.factorstudio.report.ReportWriter;

/** Copy to the clipboard and export through a Save dialog, shared by the result widgets. */
public final class Exports {

	private Exports() {
	}

	public static void copy(Display display, String text) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Writes CSV text (UTF-8) through a temporary file moved into place. */
	public static void writeCsv(Path file, String csv) throws IOException {
		ReportWriter.writeFile(file, csv.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Asks for a file, starting in {@code folder} when it is given and exists, and writes the CSV to
	 * it; a failure is shown, never thrown.
	 */
	public static void saveWithDialog(Shell shell, String name, Path folder, Supplier<String> csv) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		if (folder != null && Files.isDirectory(folder)) {
			// the study's folder, not the working directory the IDE was started in
			dialog.setFilterPath(folder.toString());
		}
		dialog.setText("Export CSV");
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
		dialog.setFileName(name + ".csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			writeCsv(Path.of(chosen), csv.get());
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Export CSV", chosen + ": could not write the table: " + e.getMessage());
		}
	}
}
