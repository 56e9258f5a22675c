package org.factorstudio.report.internal;

import java.util.List;

import org.factorstudio.report.spi.ReportFormat;

/** The formats the report bundle contributes (plugin.xml), for runs without the extension registry. */
public final class BuiltInFormats {

	private BuiltInFormats() {
	}

	public static List<ReportFormat> all() {
		return List.of(new HtmlFormat(), new MarkdownFormat(), new LatexFormat(), new CsvFormat(), new JsonFormat(),
				new TextFormat(), new DocxFormat(), new CodebookFormat());
	}
}
