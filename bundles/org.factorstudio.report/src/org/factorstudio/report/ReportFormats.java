package org.factorstudio.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factorstudio.report.internal.BuiltInFormats;
import org.factorstudio.report.internal.TextFormat;
import org.factorstudio.report.spi.ReportFormat;

/**
 * A set of report formats by id, and rendering with several of them at once. The formats come in by
 * constructor: from {@link ReportFormatRegistry} in the IDE and the CLI, or {@link #builtIn()} in plain Java.
 */
public final class ReportFormats {

	private final Map<String, ReportFormat> formats = new LinkedHashMap<>();

	public ReportFormats(List<? extends ReportFormat> formats) {
		for (ReportFormat format : formats) {
			// the first contribution of an id wins, as in the registry
			this.formats.putIfAbsent(format.id(), format);
		}
	}

	/** The id of the plain-text format, the tables the command line prints. */
	public static final String TEXT = "text";

	/**
	 * The tables as the terminal shows them: the {@value #TEXT} format's text, as wide as the terminal
	 * ({@code COLUMNS}, else 100 characters).
	 */
	public static String terminalText(ReportInput input) {
		return new TextFormat().text(input);
	}

	/** The import summary and the problem cells as the terminal shows them, for a run stopped by its data. */
	public static String terminalImportText(ReportInput input) {
		return new TextFormat().importText(input);
	}

	/** {@link #terminalText(ReportInput)} for a terminal of the given width. */
	public static String terminalText(ReportInput input, int width) {
		return new TextFormat(width).text(input);
	}

	/** The formats of the report bundle: html, md, tex, csv, json, text, docx, codebook. */
	public static ReportFormats builtIn() {
		return new ReportFormats(BuiltInFormats.all());
	}

	public List<String> ids() {
		return List.copyOf(formats.keySet());
	}

	public List<ReportFormat> all() {
		return List.copyOf(formats.values());
	}

	public Optional<ReportFormat> find(String id) {
		return Optional.ofNullable(formats.get(id));
	}

	public boolean isEmpty() {
		return formats.isEmpty();
	}

	/**
	 * Renders the report in each of the given formats, in memory. A format that fails stops the whole
	 * rendering, so that nothing is written for a half-made report. The formats render at the same time (each
	 * only reads the input, see {@link ReportFormat#render}); the files come back in the order of the ids.
	 *
	 * @throws IllegalArgumentException for an unknown id
	 * @throws ReportException          when a format fails
	 */
	public List<ReportFile> render(ReportInput input, List<String> ids) {
		List<ReportFormat> chosen = new ArrayList<>();
		for (String id : ids) {
			chosen.add(find(id).orElseThrow(() -> new IllegalArgumentException(
					"unknown report format '" + id + "' (known: " + String.join(", ", ids()) + ")")));
		}
		List<List<ReportFile>> rendered = chosen.parallelStream().map(format -> {
			try {
				return format.render(input);
			} catch (RuntimeException | LinkageError e) {
				throw new ReportException("the " + format.id() + " report could not be rendered: " + e, e);
			}
		}).toList();
		List<ReportFile> files = new ArrayList<>();
		rendered.forEach(files::addAll);
		return files;
	}
}
