package org.factorstudio.report.spi;

import java.util.List;

import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;

/**
 * A report format, contributed through the extension point {@code org.factorstudio.report.formats}
 * (schema/formats.exsd). The built-in formats (html, md, tex, csv, json) are contributed the same way.
 * <p>
 * A format renders into memory and never touches the disk: the caller writes all files of all chosen
 * formats atomically once every format has rendered, so a failure leaves the previous report intact.
 * Implementations must escape every text they take from the study or the data for their format: item
 * texts and labels are user input.
 */
public interface ReportFormat {

	/** The short name users give on the command line ({@code --format html,json}); also the extension's id. */
	String id();

	/** A human-readable name, e.g. "HTML report". */
	String label();

	/** The extension of the main file this format writes, without the dot. */
	String fileExtension();

	/**
	 * Whether the format writes a single file, which {@code --out -} can send to standard output; a format
	 * of several files (csv: one per table) says no, so the command line refuses it before a long run.
	 */
	default boolean writesOneFile() {
		return true;
	}

	/**
	 * Renders the report. Other formats may render the same input at the same time, so a format only reads
	 * the input and keeps no state between calls.
	 *
	 * @return the files, with paths relative to the report folder
	 * @throws RuntimeException when the results cannot be rendered; nothing has been written then
	 */
	List<ReportFile> render(ReportInput input);
}
