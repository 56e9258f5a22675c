package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.HypothesisOutcome;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ApaSentences;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTable;
import org.factorstudio.report.ReportTable.Cell;
import org.factorstudio.report.ReportTable.Column;
import org.factorstudio.report.ReportTable.Row;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;
import org.factorstudio.report.tables.NumberPolicy;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external resource)
 * structured by the study's framework, with APA-style tables, a bar chart of the correlations with the
 * dependent variable and a heat map of the correlation matrix. Every number has its provenance in a
 * {@code title} attribute (or an SVG {@code <title>}), shown on hover. The page is also well-formed XML, so
 * tools and tests can parse it.
 */
public final class HtmlFormat implements ReportFormat {

	/** Tables of more rows than this have no per-cell hover texts (see {@code table}). */
	static final int HOVER_ROWS = 300;


	public static final String FILE = "report.html";

	/** Tables that go to the appendix rather than the main text. */
	private static final List<String> APPENDIX = List.of(ReportTables.ITEM_DESCRIPTIVES, ReportTables.ITEM_RELIABILITY,
			ReportTables.PROBLEMS);
	private static final List<String> DATA = List.of(ReportTables.IMPORT, ReportTables.CELL_PROBLEMS);

	private static final String CSS = """
			body{font-family:"Liberation Serif","Times New Roman",serif;color:#111;background:#fff;margin:0 auto;max-width:1180px;padding:24px 32px;line-height:1.45}
			h1{font-size:1.7em;margin:0 0 .2em}h2{border-bottom:1px solid #999;padding-bottom:.15em;margin-top:2em}
			h3{margin-top:1.6em}h4{margin:.2em 0}
			.meta{color:#444;margin-top:0}
			nav ol{columns:2;font-size:.95em}
			.apa-table{margin:1.6em 0 2em}
			.table-number{font-weight:bold;margin:0}
			.table-title{font-style:italic;margin:0 0 .4em}
			table{border-collapse:collapse;font-size:.92em}
			thead th{border-top:2px solid #111;border-bottom:1px solid #111;padding:4px 10px;text-align:left;font-weight:normal;font-style:italic}
			thead th.num{text-align:right}
			tbody td{padding:2px 10px;vertical-align:top}
			tbody tr:last-child td{border-bottom:2px solid #111}
			td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
			tr.group th{text-align:left;font-style:italic;font-weight:normal;padding:8px 10px 2px}
			[title]{cursor:help}
			td[title]:hover,span[title]:hover{background:#fff3c4}
			.note{font-size:.88em;margin:.4em 0 0;max-width:1000px}
			.factor{border-left:3px solid #2b6cb0;padding:4px 14px;margin:12px 0;background:#f7f9fc}
			.factor .numbers{margin:.3em 0}
			.factor .numbers span{white-space:nowrap}
			.recommendation{margin:.3em 0}
			.supported{color:#1d6b2f;font-weight:bold}.unsupported{color:#8a1c1c;font-weight:bold}
			figure{margin:1.6em 0}figcaption{margin-bottom:.4em}
			.chart{max-width:100%;height:auto}
			footer{margin-top:3em;color:#555;font-size:.85em}
			.table-scroll{overflow-x:auto;max-width:100%}
			a.download{font-size:.85em;display:inline-block;margin-top:.3em}
			.apa i{font-style:italic}
			@media print{nav,a.download{display:none}body{max-width:none;padding:0;font-size:10pt}.table-scroll{overflow:visible}
			.apa-table,figure,.factor{break-inside:avoid}h2,h3,.table-title{break-after:avoid}[title]:hover{background:none}
			.chart{max-width:100%}section{break-before:auto}}
			""";

	@Override
	public String id() {
		return "html";
	}

	@Override
	public String label() {
		return "HTML report with charts";
	}

	@Override
	public String fileExtension() {
		return "html";
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		return List.of(ReportFile.text(FILE, new Page(input).render()));
	}

	/** One rendering; numbers tables and figures in reading order. */
	private static final class Page {

		private final ReportInput input;
		private final StudyResults results;
		private final Framework framework;
		/** The p-values of the sentences, by the rule of the tables (with the study's declared levels). */
		private final NumberPolicy policy;
		private final Map<String, ReportTable> tables = new LinkedHashMap<>();
		private final StringBuilder html = new StringBuilder(256 * 1024);
		private int tableNumber;
		private int figureNumber;

		Page(ReportInput input) {
			this.input = input;
			this.policy = NumberPolicy.APA.withLevelsOfInput(input);
			this.results = input.results();
			this.framework = Framework.of(input);
			for (ReportTable table : ReportTables.forDocuments(input)) {
				tables.put(table.id(), table);
			}
		}

		String render() {
			String title = Reports.title(input);
			html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
					.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
					.append("<meta name=\"generator\" content=\"FactorStudio\"/>\n")
					.append("<link rel=\"icon\" href=\"data:,\"/>\n")
					.append("<title>").append(Escape.html(title)).append("</title>\n<style>\n").append(CSS)
					.append("</style>\n</head>\n<body>\n");
			html.append("<header>\n<h1>").append(Escape.html(title)).append("</h1>\n<p class=\"meta\">")
					.append(Escape.html(Reports.subtitle(results))).append(" Hover a number to see where it comes from.</p>\n</header>\n");
			contents();
			section("method", "Method");
			html.append("<p id=\"methods-text\">").append(Escape.html(ReportTables.methods(input))).append("</p>\n");
			html.append("</section>\n");
			List<List<ApaSentences.Run>> sentences = ApaSentences.hypotheses(input);
			if (!sentences.isEmpty()) {
				section("results", "Results");
				for (List<ApaSentences.Run> sentence : sentences) {
					html.append("<p class=\"apa\">").append(runs(sentence)).append("</p>\n");
				}
				html.append("</section>\n");
			}

			section("data", "Data");
			for (String id : DATA) {
				table(tables.get(id));
			}
			html.append("</section>\n");

			section("figures", "Figures");
			figures();
			html.append("</section>\n");

			if (!framework.areas().isEmpty()) {
				section("framework", "Results by factor");
				frameworkSection();
				html.append("</section>\n");
			}

			section("tables", "Tables");
			for (ReportTable table : tables.values()) {
				if (!DATA.contains(table.id()) && !APPENDIX.contains(table.id())) {
					table(table);
				}
			}
			html.append("</section>\n");

			section("appendix", "Appendix");
			for (String id : APPENDIX) {
				table(tables.get(id));
			}
			html.append("</section>\n");
			html.append("<footer>").append(Escape.html("Generated by FactorStudio from " + Objects.toString(results.getStudyFile(), "the results")
					+ ". Self-contained: no scripts, no external resources.")).append("</footer>\n");
			html.append("</body>\n</html>\n");
			return html.toString();
		}

		private void contents() {
			html.append("<nav>\n<h2>Contents</h2>\n<ol>\n");
			html.append("<li><a href=\"#method\">Method</a></li>\n");
			if (!results.getHypotheses().isEmpty()) {
				html.append("<li><a href=\"#results\">Results</a></li>\n");
			}
			html.append("<li><a href=\"#data\">Data</a></li>\n");
			html.append("<li><a href=\"#figures\">Figures</a></li>\n");
			if (!framework.areas().isEmpty()) {
				html.append("<li><a href=\"#framework\">Results by factor</a></li>\n");
			}
			html.append("<li><a href=\"#tables\">Tables</a></li>\n")
					.append("<li><a href=\"#appendix\">Appendix</a></li>\n</ol>\n</nav>\n");
		}

		private void section(String id, String heading) {
			html.append("<section id=\"").append(id).append("\">\n<h2>").append(Escape.html(heading)).append("</h2>\n");
		}

		private void frameworkSection() {
			if (framework.dependent() != null) {
				html.append("<p>Dependent variable: <strong>").append(Escape.html(framework.dependent())).append("</strong>");
				descriptives(framework.dependent()).ifPresent(d -> html.append(" (").append(descriptiveSpans(d)).append(')'));
				html.append(".</p>\n");
			}
			for (Framework.AreaView area : framework.areas()) {
				html.append("<h3 class=\"area\" id=\"area-").append(Escape.html(Anchors.slug(area.name()))).append("\">")
						.append(Escape.html(area.heading())).append("</h3>\n");
				for (Framework.FactorView factor : area.factors()) {
					factor(factor);
				}
			}
		}

		private void factor(Framework.FactorView factor) {
			html.append("<article class=\"factor\" id=\"factor-").append(Escape.html(Anchors.slug(factor.name())))
					.append("\">\n<h4>").append(Escape.html(factor.heading())).append("</h4>\n");
			if (factor.description() != null && !factor.description().isBlank()) {
				html.append("<p>").append(Escape.html(factor.description())).append("</p>\n");
			}
			String index = factor.index();
			html.append("<p class=\"numbers\">Measured by <strong>").append(Escape.html(index == null ? "(no index)" : index))
					.append("</strong>");
			if (!factor.items().isEmpty()) {
				html.append(" (").append(Escape.html(String.join(", ", factor.items()))).append(')');
			}
			html.append(". ");
			List<String> parts = new ArrayList<>();
			descriptives(index).ifPresent(d -> parts.add(descriptiveSpans(d)));
			reliability(index).filter(r -> r.getAlpha() != null).ifPresent(r -> parts.add(span("α = " + Numbers.bounded(r.getAlpha(), 2),
					Provenances.describe("Cronbach's alpha of " + index, r.getAlpha(), r.getProvenance(), r.getModel()))));
			correlation(index).ifPresent(c -> parts.add(correlationSpans(c)));
			partial(index).filter(p -> p.getR() != null).ifPresent(p -> parts.add(span("partial r = " + Numbers.bounded(p.getR(), 3)
					+ Objects.toString(p.getFlag(), ""), Provenances.describe("partial r of " + index + " with " + p.getY(), p.getR(),
							p.getProvenance(), p.getP() == null ? null : "p = " + Numbers.exact(p.getP()),
							p.getPAdjusted() == null ? null : "adjusted p = " + Numbers.exact(p.getPAdjusted())))));
			html.append(String.join("; ", parts)).append('.');
			for (HypothesisOutcome h : hypotheses(factor.name())) {
				boolean tested = h.getCoefficient() != null;
				String outcome = !tested ? "not tested" : h.isSupported() ? "supported" : "not supported";
				String why = h.getHypothesis() + ": " + outcome + (h.getNote() == null ? "" : " (" + h.getNote() + ")")
						+ (h.getPAdjusted() != null ? "; adjusted p = " + Numbers.exact(h.getPAdjusted())
								: h.getP() != null ? "; p = " + Numbers.exact(h.getP()) : "");
				html.append(" <span class=\"hypothesis\" title=\"").append(Escape.html(why)).append("\">")
						.append(Escape.html(h.getHypothesis())).append(h.getText() == null ? "" : ": " + Escape.html(h.getText()))
						.append(" (").append(Escape.html(h.getDirection())).append("): <strong class=\"")
						.append(h.isSupported() ? "supported" : "unsupported").append("\">").append(outcome)
						.append("</strong>.</span>");
			}
			html.append("</p>\n");
			if (factor.recommendation() != null && !factor.recommendation().isBlank()) {
				html.append("<p class=\"recommendation\"><em>Recommendation.</em> ").append(Escape.html(factor.recommendation()))
						.append("</p>\n");
			}
			if (!factor.sources().isEmpty()) {
				html.append("<p class=\"note\">Sources: ").append(Escape.html(String.join(", ", factor.sources()))).append("</p>\n");
			}
			html.append("</article>\n");
		}

		private String descriptiveSpans(Descriptives d) {
			return span("N = " + d.getN(), Provenances.describe("N of " + d.getVariable(), d.getN(), d.getProvenance())) + ", "
					+ span("M = " + Numbers.fixed(d.getMean(), 2), Provenances.describe("mean of " + d.getVariable(), d.getMean(), d.getProvenance()))
					+ ", " + span("SD = " + Numbers.fixed(d.getSd(), 2), Provenances.describe("SD of " + d.getVariable(), d.getSd(), d.getProvenance()));
		}

		private String correlationSpans(Correlation c) {
			String symbol = ReportTables.symbol(c.getMethod());
			if (c.getCoefficient() == null) {
				return span(symbol + " not computable", Objects.toString(c.getNote(), ""));
			}
			String what = symbol + "(" + c.getX() + ", " + c.getY() + ")";
			StringBuilder text = new StringBuilder();
			text.append(span(symbol + " = " + Numbers.bounded(c.getCoefficient(), 3) + Objects.toString(c.getFlag(), ""),
					Provenances.describe(what, c.getCoefficient(), c.getProvenance())));
			text.append(", ").append(span("p " + policy.pRelation(c.getP()), Provenances.describe("p of " + what, c.getP(), c.getProvenance(), c.getTails())));
			if (c.getPAdjusted() != null) {
				text.append(", ").append(span("p adj. " + policy.pRelation(c.getPAdjusted()),
						Provenances.describe("adjusted p of " + what, c.getPAdjusted(), c.getProvenance())));
			}
			if (c.getCiLower() != null) {
				text.append(", ").append(span("CI [" + Numbers.bounded(c.getCiLower(), 2) + ", " + Numbers.bounded(c.getCiUpper(), 2) + "]",
						Provenances.describe("confidence interval of " + what, null, c.getProvenance(),
								"[" + Numbers.exact(c.getCiLower()) + ", " + Numbers.exact(c.getCiUpper()) + "]", "Fisher z")));
			}
			return text.toString();
		}

		private static String span(String text, String title) {
			return "<span title=\"" + Escape.html(title) + "\">" + Escape.html(text) + "</span>";
		}

		private void figures() {
			AnalysisPlan plan = input.optionalStudy().map(Study::getPlan).orElse(null);
			double alpha = plan == null ? 0.05 : plan.getSignificanceLevel();
			boolean adjusted = plan != null && plan.getCorrection() != Correction.NONE;
			List<Correlation> correlations = new ArrayList<>(results.getDependentCorrelations());
			correlations.sort(java.util.Comparator.comparingInt(c -> framework.order(c.getX())));
			List<SvgCharts.Bar> bars = new ArrayList<>();
			String group = null;
			for (Correlation c : correlations) {
				String g = framework.groupOf(c.getX());
				if (g != null && !g.equals(group)) {
					bars.add(new SvgCharts.Bar(g, null, false));
					group = g;
				}
				Double decisive = adjusted ? c.getPAdjusted() : c.getP();
				bars.add(new SvgCharts.Bar(g, c, decisive != null && decisive < alpha));
			}
			String rule = "significant (" + (adjusted ? "adjusted " : "") + "p < " + Numbers.bounded(alpha, 2).replaceAll("0+$", "") + ")";
			String dependent = framework.dependent() == null ? "the dependent variable" : framework.dependent();
			String bar = SvgCharts.correlationBars(bars, dependent, rule);
			if (!bar.isEmpty()) {
				figure("figure-correlations", "Correlation of each factor with " + dependent + ", with "
						+ (plan == null ? 95 : Math.round(plan.getConfidenceLevel() * 100)) + "% confidence intervals", bar);
			}
			if (results.getMatrix() != null) {
				boolean large = ReportTables.hasLargeMatrix(results);
				String heat = large ? SvgCharts.heatMapRaster(results.getMatrix()) : SvgCharts.heatMap(results.getMatrix());
				if (!heat.isEmpty()) {
					figure("figure-heatmap", "Correlation matrix of the index variables" + (results.getMatrix().getMethod() == null ? ""
							: " (" + results.getMatrix().getMethod() + ")") + (large ? "; one pixel row and column per variable, in the"
									+ " order of the CSV table" : "; numbers as in the correlation matrix table"), heat);
				}
				if (large) {
					html.append("<p class=\"note\" id=\"large-matrix\">").append(Escape.html(ReportTables.largeMatrixNote(results)))
							.append("</p>\n");
				}
			}
			int scree = 0;
			for (Figures.Scree s : Figures.screes(input)) {
				scree++;
				figure("figure-scree" + (scree == 1 ? "" : "-" + scree), s.caption(), SvgCharts.scree(s,
						"chart-scree" + (scree == 1 ? "" : "-" + scree)));
				html.append("<p class=\"note\"><em>Note.</em> ").append(Escape.html(s.note())).append("</p>\n");
			}
			if (figureNumber == 0) {
				html.append("<p>No correlations to chart.</p>\n");
			}
		}

		private void figure(String id, String caption, String svg) {
			figureNumber++;
			html.append("<figure id=\"").append(id).append("\">\n<figcaption><strong>Figure ").append(figureNumber)
					.append("</strong><br/><em>").append(Escape.html(caption)).append("</em></figcaption>\n").append(svg);
			if (svg.startsWith("<svg")) {
				// the figure as a file of its own, for a paper or slides; a data URI keeps the page self-contained
				String file = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg;
				html.append("\n<br/><a class=\"download\" download=\"figure-").append(figureNumber).append('-')
						.append(Escape.html(id.replace("figure-", ""))).append(".svg\" href=\"data:image/svg+xml;base64,")
						.append(java.util.Base64.getEncoder().encodeToString(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
						.append("\">Download Figure ").append(figureNumber).append(" (SVG)</a>");
			}
			html.append("\n</figure>\n");
		}

		private static String runs(List<ApaSentences.Run> runs) {
			StringBuilder out = new StringBuilder();
			for (ApaSentences.Run run : runs) {
				String text = Escape.html(run.text());
				switch (run.style()) {
				case ITALIC -> out.append("<i>").append(text).append("</i>");
				case SUBSCRIPT -> out.append("<sub>").append(text).append("</sub>");
				default -> out.append(text);
				}
			}
			return out.toString();
		}

		private void table(ReportTable table) {
			if (table == null) {
				return;
			}
			tableNumber++;
			List<Column> columns = table.columns();
			html.append("<div class=\"apa-table\" id=\"table-").append(Escape.html(table.id())).append("\" data-table=\"")
					.append(Escape.html(table.id())).append("\">\n");
			html.append("<p class=\"table-number\">Table ").append(tableNumber).append("</p>\n<p class=\"table-title\">")
					.append(Escape.html(table.title())).append("</p>\n<div class=\"table-scroll\">\n<table>\n<thead>\n<tr>");
			for (Column column : columns) {
				html.append("<th scope=\"col\"").append(column.numeric() ? " class=\"num\"" : "").append('>')
						.append(Escape.html(column.name())).append("</th>");
			}
			html.append("</tr>\n</thead>\n<tbody>\n");
			String group = null;
			// a hover text per cell is what a reader of a short table wants, and megabytes in a long one
			boolean hover = table.rows().size() <= HOVER_ROWS;
			for (Row row : table.rows()) {
				if (row.group() != null && !row.group().equals(group)) {
					group = row.group();
					html.append("<tr class=\"group\"><th colspan=\"").append(columns.size()).append("\" scope=\"colgroup\">")
							.append(Escape.html(group)).append("</th></tr>\n");
				}
				html.append("<tr>");
				for (int i = 0; i < columns.size(); i++) {
					Cell cell = row.cells().get(i);
					boolean numeric = columns.get(i).numeric() || cell.isNumber();
					html.append("<td");
					if (numeric) {
						html.append(" class=\"num\"");
					}
					if (hover && cell.provenance() != null && !cell.provenance().isBlank()) {
						html.append(" title=\"").append(Escape.html(cell.provenance())).append('"');
					}
					html.append('>').append(Escape.html(cell.text())).append("</td>");
				}
				html.append("</tr>\n");
			}
			html.append("</tbody>\n</table>\n</div>\n");
			List<String> notes = new ArrayList<>(table.notes());
			if (!hover) {
				notes.add("Tables of more than " + HOVER_ROWS + " rows show no hover texts; results.json holds the provenance"
						+ " of every number.");
			}
			if (!notes.isEmpty()) {
				html.append("<p class=\"note\"><em>Note.</em> ").append(Escape.html(String.join(" ", notes)))
						.append("</p>\n");
			}
			html.append("</div>\n");
		}

		private Optional<Descriptives> descriptives(String index) {
			return results.getDescriptives().stream()
					.filter(d -> d.getKind() == VariableKind.INDEX && Objects.equals(d.getVariable(), index)).findFirst();
		}

		private Optional<Reliability> reliability(String index) {
			return results.getReliabilities().stream().filter(r -> Objects.equals(r.getIndex(), index)).findFirst();
		}

		private Optional<Correlation> correlation(String index) {
			return results.getDependentCorrelations().stream().filter(c -> Objects.equals(c.getX(), index)).findFirst();
		}

		private Optional<PartialCorrelation> partial(String index) {
			return results.getPartialCorrelations().stream().filter(c -> Objects.equals(c.getX(), index)).findFirst();
		}

		private List<HypothesisOutcome> hypotheses(String factor) {
			return results.getHypotheses().stream().filter(h -> Objects.equals(h.getFactor(), factor)).toList();
		}
	}

	/** Ids for anchors. */
	static final class Anchors {

		static String slug(String text) {
			String slug = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
					.replaceAll("(^-+|-+$)", "");
			return slug.isEmpty() ? "x" : slug;
		}
	}
}
