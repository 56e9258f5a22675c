package org.factorstudio.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.results.Descriptives;
import org.factorstudio.model.results.Frequency;
import org.factorstudio.model.results.Reliability;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.IndicatorGroup;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.ValueLabel;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.spi.ReportFormat;

/**
 * {@code codebook.html}: the codebook of the study, as R's codebook package makes one: each statement with its
 * text and translation, scale and value labels, data column, reversal, the index variables it belongs to, N,
 * missing, mean and SD and its distribution as a small bar chart; each index variable with its members, the
 * rule that computes it and its reliability. One self-contained page (no script), well-formed XML like the
 * report. Without the study (results read back alone) it lists the statements the results describe.
 */
public final class CodebookFormat implements ReportFormat {

	public static final String FILE = "codebook.html";

	private static final String CSS = """
			body{font-family:"Liberation Serif","Times New Roman",serif;color:#111;background:#fff;margin:0 auto;max-width:1100px;padding:24px 32px;line-height:1.4}
			h1{font-size:1.6em}h2{border-bottom:1px solid #999;margin-top:2em}
			.statement,.index{border-top:1px solid #ddd;padding:8px 0;display:grid;grid-template-columns:90px 1fr 260px;gap:4px 18px}
			.statement h4,.index h4{margin:0;font-size:1.05em}
			dl{margin:0;display:grid;grid-template-columns:110px 1fr;gap:1px 10px;font-size:.93em}
			dt{color:#555}dd{margin:0}
			.translation{font-style:italic}
			.distribution svg{display:block}
			.note{font-size:.88em;color:#444}
			@media print{.statement,.index{break-inside:avoid}body{max-width:none;padding:0}}
			""";

	@Override
	public String id() {
		return "codebook";
	}

	@Override
	public String label() {
		return "Codebook of the statements and index variables";
	}

	@Override
	public String fileExtension() {
		return "html";
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		StudyResults results = input.results();
		Map<String, Descriptives> items = new LinkedHashMap<>();
		for (Descriptives d : results.getDescriptives()) {
			if (d.getKind() == VariableKind.INDICATOR) {
				items.put(d.getVariable(), d);
			}
		}
		StringBuilder html = new StringBuilder(128 * 1024);
		String title = "Codebook: " + Reports.title(input);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"FactorStudio\"/>\n")
				.append("<link rel=\"icon\" href=\"data:,\"/>\n<title>").append(Escape.html(title)).append("</title>\n<style>\n")
				.append(CSS).append("</style>\n</head>\n<body>\n<h1>").append(Escape.html(title)).append("</h1>\n<p class=\"note\">")
				.append(Escape.html(Reports.subtitle(results))).append(" Counts are of the answers as given, before reverse coding;"
						+ " missing: no answer, a user-missing code or an invalid value.</p>\n");
		Optional<Study> study = input.optionalStudy();
		if (study.isPresent()) {
			Study s = study.get();
			List<Indicator> indicators = StudyQueries.indicators(s);
			html.append("<p>").append(indicators.size()).append(" statements in ").append(s.getIndicatorGroups().size())
					.append(" groups, ").append(s.getIndexVariables().size()).append(" index variables.</p>\n");
			html.append("<h2 id=\"statements\">Statements</h2>\n");
			for (IndicatorGroup group : s.getIndicatorGroups()) {
				html.append("<h3>").append(Escape.html(Objects.toString(group.getLabel(), "Statements"))).append("</h3>\n");
				for (Indicator indicator : group.getIndicators()) {
					statement(html, s, indicator, items.get(indicator.getName()));
				}
			}
			html.append("<h2 id=\"indices\">Index variables</h2>\n");
			for (IndexVariable index : s.getIndexVariables()) {
				index(html, index, results);
			}
		} else {
			html.append("<p>").append(items.size()).append(" statements (the study is not at hand: texts, scales and indices"
					+ " are not shown).</p>\n<h2 id=\"statements\">Statements</h2>\n");
			for (Descriptives d : items.values()) {
				html.append("<article class=\"statement\" id=\"item-").append(Escape.html(d.getVariable())).append("\" data-item=\"")
						.append(Escape.html(d.getVariable())).append("\">\n<h4>").append(Escape.html(d.getVariable())).append("</h4>\n<dl>");
				definition(html, "Text", Escape.html(d.getLabel()));
				counts(html, d);
				html.append("</dl>\n<div class=\"distribution\">").append(distribution(d, null)).append("</div>\n</article>\n");
			}
		}
		html.append("</body>\n</html>\n");
		return List.of(ReportFile.text(FILE, html));
	}

	private static void statement(StringBuilder html, Study study, Indicator indicator, Descriptives d) {
		String name = indicator.getName();
		html.append("<article class=\"statement\" id=\"item-").append(Escape.html(name)).append("\" data-item=\"")
				.append(Escape.html(name)).append("\">\n<h4>").append(Escape.html(name)).append("</h4>\n<dl>");
		definition(html, "Text", Escape.html(indicator.getText()));
		if (indicator.getTranslation() != null) {
			definition(html, "Translation", "<span class=\"translation\">" + Escape.html(indicator.getTranslation()) + "</span>");
		}
		Scale scale = StudyQueries.effectiveScale(indicator).orElse(null);
		definition(html, "Scale", Escape.html(scale == null ? "not declared" : describe(scale)));
		definition(html, "Column", Escape.html(StudyQueries.column(indicator)));
		List<String> memberships = new ArrayList<>();
		List<String> reversedIn = new ArrayList<>();
		for (IndexVariable index : study.getIndexVariables()) {
			for (StudyQueries.Member member : StudyQueries.members(index)) {
				if (member.indicator() == indicator) {
					memberships.add(index.getName());
					if (member.reversed()) {
						reversedIn.add(index.getName());
					}
				}
			}
		}
		definition(html, "Index variables", Escape.html(memberships.isEmpty() ? "none" : String.join(", ", memberships)));
		definition(html, "Reversed", Escape.html(reversedIn.isEmpty() ? "no"
				: "yes, in " + String.join(", ", reversedIn) + (scale == null || scale.getMin() == null || scale.getMax() == null ? ""
						: " (" + (scale.getMin() + scale.getMax()) + " - x)")));
		if (d != null) {
			counts(html, d);
		} else {
			definition(html, "N", "not in the results");
		}
		html.append("</dl>\n<div class=\"distribution\">").append(d == null ? "" : distribution(d, scale)).append("</div>\n</article>\n");
	}

	private static void counts(StringBuilder html, Descriptives d) {
		definition(html, "N / missing", d.getN() + " / " + d.getMissing());
		if (d.getMean() != null) {
			definition(html, "M (SD)", Escape.html(Numbers.fixed(d.getMean(), 2) + " (" + Numbers.fixed(d.getSd(), 2) + ")"));
		}
	}

	private static void index(StringBuilder html, IndexVariable index, StudyResults results) {
		List<StudyQueries.Member> members = StudyQueries.members(index);
		html.append("<article class=\"index\" id=\"index-").append(Escape.html(index.getName())).append("\" data-index=\"")
				.append(Escape.html(index.getName())).append("\">\n<h4>").append(Escape.html(index.getName())).append("</h4>\n<dl>");
		if (index.getLabel() != null) {
			definition(html, "Label", Escape.html(index.getLabel()));
		}
		definition(html, "Members", Escape.html(String.join(", ", members.stream()
				.map(m -> (m.reversed() ? "reversed " : "") + m.indicator().getName()).toList())));
		int k = members.size();
		int min = StudyQueries.minValid(index);
		definition(html, "Rule", Escape.html("mean of the " + k + " statement" + (k == 1 ? "" : "s") + " after reverse coding; "
				+ (min >= k ? "missing unless every statement is answered" : "missing when fewer than " + min + " are answered")));
		Reliability reliability = results.getReliabilities().stream().filter(r -> Objects.equals(r.getIndex(), index.getName()))
				.findFirst().orElse(null);
		definition(html, "Reliability", Escape.html(reliability == null || reliability.getAlpha() == null
				? (k < 2 ? "one statement: no alpha" : "not computed")
				: "Cronbach's α = " + Numbers.bounded(reliability.getAlpha(), 2) + " (k = " + reliability.getK() + ", n = "
						+ reliability.getN() + (reliability.getModel() == null ? "" : ", " + reliability.getModel()) + ")"));
		results.getDescriptives().stream()
				.filter(d -> d.getKind() == VariableKind.INDEX && Objects.equals(d.getVariable(), index.getName())).findFirst()
				.ifPresent(d -> counts(html, d));
		html.append("</dl>\n<div></div>\n</article>\n");
	}

	private static void definition(StringBuilder html, String term, String escapedValue) {
		html.append("<dt>").append(Escape.html(term)).append("</dt><dd>").append(escapedValue == null ? "" : escapedValue).append("</dd>");
	}

	static String describe(Scale scale) {
		StringBuilder text = new StringBuilder(Objects.toString(scale.getName(), "scale"));
		if (scale.getMin() != null && scale.getMax() != null) {
			text.append(", ").append(scale.getMin()).append("–").append(scale.getMax());
		}
		if (!scale.getLabels().isEmpty()) {
			text.append(": ");
			List<String> labels = new ArrayList<>();
			for (ValueLabel label : scale.getLabels()) {
				labels.add(label.getValue() + " = " + label.getLabel());
			}
			text.append(String.join(", ", labels));
		}
		if (!scale.getMissingCodes().isEmpty()) {
			text.append("; missing codes ").append(String.join(", ",
					scale.getMissingCodes().stream().map(v -> v.getValue() + (v.getLabel() == null ? "" : " = " + v.getLabel())).toList()));
		}
		return text.toString();
	}

	/** The answers' distribution as bars, one per scale value (values without answers included), with counts. */
	static String distribution(Descriptives d, Scale scale) {
		Map<Double, Integer> counts = new LinkedHashMap<>();
		if (scale != null && scale.getMin() != null && scale.getMax() != null && scale.getMax() - scale.getMin() <= 20) {
			for (int v = scale.getMin(); v <= scale.getMax(); v++) {
				counts.put((double) v, 0);
			}
		}
		for (Frequency f : d.getFrequencies()) {
			counts.merge(f.getValue(), f.getCount(), Integer::sum);
		}
		if (counts.isEmpty()) {
			return "";
		}
		int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		int barWidth = 34;
		int height = 70;
		int width = barWidth * counts.size() + 4;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height + 30)
				.append("\" font-family=\"sans-serif\" font-size=\"10\" role=\"img\" aria-label=\"")
				.append(Escape.html("Distribution of " + d.getVariable())).append("\">");
		int i = 0;
		for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
			int bar = max == 0 ? 0 : (int) Math.round(entry.getValue() * (double) height / max);
			int x = 2 + i * barWidth;
			String value = entry.getKey() == Math.rint(entry.getKey()) ? String.valueOf(entry.getKey().longValue())
					: String.format(Locale.ROOT, "%s", entry.getKey());
			svg.append("<rect x=\"").append(x + 4).append("\" y=\"").append(12 + height - bar).append("\" width=\"")
					.append(barWidth - 8).append("\" height=\"").append(bar).append("\" fill=\"#4a5d7e\"><title>")
					.append(Escape.html(value + ": " + entry.getValue() + " answers")).append("</title></rect>");
			svg.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(10 + height - bar)
					.append("\" text-anchor=\"middle\">").append(entry.getValue()).append("</text>");
			svg.append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(height + 26)
					.append("\" text-anchor=\"middle\">").append(Escape.html(value)).append("</text>");
			i++;
		}
		svg.append("</svg>");
		return svg.toString();
	}
}
