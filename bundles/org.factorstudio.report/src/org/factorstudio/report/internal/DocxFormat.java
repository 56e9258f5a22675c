package org.factorstudio.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.report.ApaSentences;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * {@code report.docx}: one Word document with the methods paragraph and the APA sentence of each hypothesis as
 * text, the figures as pictures and every table as a real Word table in APA style (number in bold, title in
 * italics above, rules above and below the header and at the end, no vertical lines, a note below). Tables of
 * many columns (the correlation matrix) get a landscape page of their own. Written with Apache POI (XWPF).
 */
public final class DocxFormat implements ReportFormat {

	public static final String FILE = "report.docx";

	/** Tables with more columns than this are set on a landscape page. */
	static final int LANDSCAPE_COLUMNS = 10;

	private static final String FONT = "Times New Roman";
	/** A4 in twentieths of a point, 2.5 cm margins. */
	private static final long A4_SHORT = 11906;
	private static final long A4_LONG = 16838;
	private static final long MARGIN = 1418;

	@Override
	public String id() {
		return "docx";
	}

	@Override
	public String label() {
		return "Word document (APA tables)";
	}

	@Override
	public String fileExtension() {
		return "docx";
	}

	static {
		// POI logs through the Log4j API, which complains on standard error when no Log4j implementation is installed
		// (FactorStudio ships none): its own simple logger, errors only, is enough for POI's rare messages
		if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		// XMLBeans looks its schema types up through the context class loader: under OSGi that must be POI's
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
		try (XWPFDocument document = new XWPFDocument()) {
			new Writer(document, input).write();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return List.of(new ReportFile(FILE, out.toByteArray()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static final class Writer {

		private final XWPFDocument document;
		private final ReportInput input;
		private int tableNumber;
		private int figureNumber;

		Writer(XWPFDocument document, ReportInput input) {
			this.document = document;
			this.input = input;
		}

		void write() {
			StudyResults results = input.results();
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, Reports.title(input), 16).setBold(true);
			XWPFParagraph subtitle = document.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, Reports.subtitle(results), 10);

			heading("Method");
			for (String paragraph : ReportTables.methods(input).split("\\n\\s*\\n")) {
				run(document.createParagraph(), paragraph.strip().replace('\n', ' '), 12);
			}
			heading("Results");
			for (List<ApaSentences.Run> sentence : ApaSentences.hypotheses(input)) {
				XWPFParagraph paragraph = document.createParagraph();
				for (ApaSentences.Run part : sentence) {
					XWPFRun run = run(paragraph, part.text(), 12);
					if (part.style() == ApaSentences.Style.ITALIC) {
						run.setItalic(true);
					} else if (part.style() == ApaSentences.Style.SUBSCRIPT) {
						run.setSubscript(VerticalAlign.SUBSCRIPT);
					}
				}
			}
			figures();
			if (ReportTables.hasLargeMatrix(results)) {
				run(document.createParagraph(), ReportTables.largeMatrixNote(results), 12);
			}
			heading("Tables");
			for (ReportTable table : ReportTables.forDocuments(input)) {
				boolean landscape = table.columns().size() > LANDSCAPE_COLUMNS;
				if (landscape) {
					endSection(false);
				}
				table(table, landscape);
				if (landscape) {
					endSection(true);
				}
			}
			CTSectPr last = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
					: document.getDocument().getBody().addNewSectPr();
			page(last, false);
		}

		private void figures() {
			Figures.correlationBars(input).ifPresent(b -> figure(b.caption(),
					ChartImages.correlationBars(b.correlations(), b.framework(), b.alpha(), b.adjusted()), b.note()));
			Figures.heatMap(input).ifPresent(h -> figure(h.caption(), ChartImages.heatMap(h.matrix()), h.note()));
			for (Figures.Scree scree : Figures.screes(input)) {
				figure(scree.caption(), ChartImages.scree(scree), scree.note());
			}
		}

		private void figure(String caption, ChartImages.Picture picture, String note) {
			figureNumber++;
			XWPFParagraph number = document.createParagraph();
			keepNext(number);
			run(number, "Figure " + figureNumber, 12).setBold(true);
			XWPFParagraph title = document.createParagraph();
			keepNext(title);
			run(title, caption, 12).setItalic(true);
			XWPFParagraph image = document.createParagraph();
			keepNext(image);
			try {
				image.createRun().addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG,
						"figure-" + figureNumber + ".png", Units.toEMU(picture.widthPt()), Units.toEMU(picture.heightPt()));
			} catch (IOException | InvalidFormatException e) {
				throw new IllegalStateException("figure " + figureNumber + " could not be embedded: " + e.getMessage(), e);
			}
			note(note);
		}

		private void heading(String text) {
			XWPFParagraph paragraph = document.createParagraph();
			keepNext(paragraph);
			paragraph.setSpacingBefore(240);
			run(paragraph, text, 14).setBold(true);
		}

		private void note(String text) {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setSpacingAfter(240);
			run(paragraph, "Note. ", 10).setItalic(true);
			run(paragraph, text, 10);
		}

		private void table(ReportTable table, boolean landscape) {
			tableNumber++;
			int size = landscape ? 7 : table.columns().size() > 7 ? 9 : 10;
			XWPFParagraph number = document.createParagraph();
			keepNext(number);
			number.setSpacingBefore(240);
			run(number, "Table " + tableNumber, 12).setBold(true);
			XWPFParagraph title = document.createParagraph();
			keepNext(title);
			run(title, table.title(), 12).setItalic(true);

			int columns = table.columns().size();
			int rows = 1 + table.rows().size() + (int) table.rows().stream().map(Row::group).filter(Objects::nonNull).distinct().count();
			XWPFTable word = document.createTable(rows, columns);
			long[] widths = widths(table, size, landscape ? A4_LONG - 2 * MARGIN : A4_SHORT - 2 * MARGIN);
			word.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
			var grid = word.getCTTbl().getTblGrid() != null ? word.getCTTbl().getTblGrid() : word.getCTTbl().addNewTblGrid();
			while (grid.sizeOfGridColArray() < columns) {
				grid.addNewGridCol();
			}
			for (int i = 0; i < columns; i++) {
				grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
			}
			word.setCellMargins(0, 70, 0, 70);
			word.setTopBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
			word.setBottomBorder(XWPFBorderType.SINGLE, 8, 0, "000000");
			word.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
			word.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
			word.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
			word.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
			XWPFTableRow header = word.getRow(0);
			header.setRepeatHeader(true);
			for (int i = 0; i < columns; i++) {
				XWPFTableCell cell = header.getCell(i);
				cell.setWidth(String.valueOf(widths[i]));
				text(cell, table.columns().get(i).name(), size, table.columns().get(i).numeric()).setItalic(true);
				bottomRule(cell);
			}
			int r = 1;
			String group = null;
			for (Row row : table.rows()) {
				if (row.group() != null && !row.group().equals(group)) {
					group = row.group();
					XWPFTableRow groupRow = word.getRow(r++);
					groupRow.setCantSplitRow(true);
					text(groupRow.getCell(0), group, size, false).setItalic(true);
					span(groupRow, columns);
				}
				XWPFTableRow wordRow = word.getRow(r++);
				wordRow.setCantSplitRow(true);
				for (int i = 0; i < columns; i++) {
					ReportTable.Cell cell = row.cells().get(i);
					wordRow.getCell(i).setWidth(String.valueOf(widths[i]));
					text(wordRow.getCell(i), cell.text(), size, table.columns().get(i).numeric() || cell.isNumber());
				}
			}
			if (!table.notes().isEmpty()) {
				note(String.join(" ", table.notes()));
			} else {
				document.createParagraph();
			}
		}

		/**
		 * Column widths in twentieths of a point: each column as wide as its widest text (estimated), number columns
		 * never narrower; when the table is wider than the page, the text columns give up the difference in proportion.
		 */
		static long[] widths(ReportTable table, int size, long available) {
			int n = table.columns().size();
			double[] natural = new double[n];
			double numbers = 0;
			double texts = 0;
			for (int i = 0; i < n; i++) {
				double width = TextWidth.of(table.columns().get(i).name());
				for (Row row : table.rows()) {
					width = Math.max(width, TextWidth.of(row.cells().get(i).text()));
				}
				// 10 pt estimates (Times is a little narrower than Latin Modern); 3.5 pt cell margins each side and slack
				natural[i] = (width * size / 10.0 + 10) * 20;
				if (table.columns().get(i).numeric()) {
					numbers += natural[i];
				} else {
					texts += natural[i];
				}
			}
			// the widest text columns give up width first: all text columns are capped at one width, the largest that fits
			double room = available - numbers;
			double cap = Double.MAX_VALUE;
			if (numbers + texts > available) {
				double[] sorted = java.util.stream.IntStream.range(0, n).filter(i -> !table.columns().get(i).numeric())
						.mapToDouble(i -> natural[i]).sorted().toArray();
				double used = 0;
				cap = Math.max(room / Math.max(1, sorted.length), 400);
				for (int j = 0; j < sorted.length; j++) {
					double equal = (room - used) / (sorted.length - j);
					if (sorted[j] > equal) {
						cap = Math.max(equal, 400);
						break;
					}
					used += sorted[j];
				}
			}
			long[] widths = new long[n];
			for (int i = 0; i < n; i++) {
				double w = table.columns().get(i).numeric() ? natural[i] : Math.min(natural[i], cap);
				widths[i] = Math.max(400, Math.round(w));
			}
			return widths;
		}

		/** Keeps a paragraph on the page of the next (POI's setKeepNext fails on a paragraph without properties). */
		private static void keepNext(XWPFParagraph paragraph) {
			(paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr()).addNewKeepNext();
		}

		/** A group heading over the whole row: its first cell spans every column. */
		private static void span(XWPFTableRow row, int columns) {
			for (int i = columns - 1; i > 0; i--) {
				row.removeCell(i);
			}
			CTTcPr properties = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
					: row.getCell(0).getCTTc().addNewTcPr();
			properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
		}

		private static void bottomRule(XWPFTableCell cell) {
			CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			CTTcBorders borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
			CTBorder bottom = borders.addNewBottom();
			bottom.setVal(STBorder.SINGLE);
			bottom.setSz(BigInteger.valueOf(6));
			bottom.setColor("000000");
		}

		private static XWPFRun text(XWPFTableCell cell, String text, int size, boolean numeric) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setSpacingAfter(0);
			paragraph.setSpacingBefore(0);
			if (numeric) {
				paragraph.setAlignment(ParagraphAlignment.RIGHT);
			}
			return run(paragraph, text, size);
		}

		private static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
			XWPFRun run = paragraph.createRun();
			run.setFontFamily(FONT);
			run.setFontSize(size);
			run.setText(clean(text));
			return run;
		}

		/** Characters XML 1.0 forbids (a control character in a data file's text) cannot go into the document. */
		private static String clean(String text) {
			StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
			if (text != null) {
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					out.append(c < 0x20 && c != '\t' ? ' ' : c);
				}
			}
			return out.toString();
		}

		/** Ends the section so far with a section break; its pages are landscape or portrait A4. */
		private void endSection(boolean landscape) {
			XWPFParagraph paragraph = document.createParagraph();
			CTSectPr section = paragraph.getCTP().addNewPPr().addNewSectPr();
			page(section, landscape);
		}

		private static void page(CTSectPr section, boolean landscape) {
			CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
			size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
			size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
			if (landscape) {
				size.setOrient(STPageOrientation.LANDSCAPE);
			}
			CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(MARGIN));
			margins.setBottom(BigInteger.valueOf(MARGIN));
			margins.setLeft(BigInteger.valueOf(MARGIN));
			margins.setRight(BigInteger.valueOf(MARGIN));
		}
	}
}
