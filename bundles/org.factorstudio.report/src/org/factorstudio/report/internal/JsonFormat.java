package org.factorstudio.report.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.ImportReport;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportFile;
import org.factorstudio.report.ReportInput;
import org.factorstudio.report.ReportTables;
import org.factorstudio.report.spi.ReportFormat;

/**
 * {@code results.json}: all results with the schema documented in docs/results-schema.md. The
 * {@code results} object mirrors the results model (results.ecore) feature by feature, in the model's
 * order, so nothing the engine computed is left out; the {@code study} object adds the framework and plan.
 * Numbers are written exactly (shortest round-trip form); missing numbers are {@code null}.
 */
public final class JsonFormat implements ReportFormat {

	public static final String FILE = "results.json";

	/**
	 * Raised when a field is removed or changes meaning; adding fields keeps the version (readers ignore
	 * fields they do not know).
	 */
	public static final int SCHEMA_VERSION = 2;

	@Override
	public String id() {
		return "json";
	}

	@Override
	public String label() {
		return "JSON of all results";
	}

	@Override
	public String fileExtension() {
		return "json";
	}

	@Override
	public List<ReportFile> render(ReportInput input) {
		Json json = new Json();
		json.beginObject();
		json.name("schema").value("https://factorstudio.org/schemas/results");
		json.name("schemaVersion").value(SCHEMA_VERSION);
		json.name("study");
		study(json, input);
		json.name("methods").value(ReportTables.methods(input));
		json.name("results");
		new Writer(json, input).object(input.results());
		json.endObject();
		return List.of(ReportFile.text(FILE, json.toString() + "\n"));
	}

	private static void study(Json json, ReportInput input) {
		Study study = input.study();
		if (study == null) {
			json.nullValue();
			return;
		}
		Framework framework = Framework.of(input);
		json.beginObject();
		json.name("name").value(study.getName());
		json.name("title").value(study.getTitle());
		json.name("dependent").value(framework.dependent());
		json.name("areas").beginArray();
		for (Framework.AreaView area : framework.areas()) {
			json.beginObject();
			json.name("name").value(area.name());
			json.name("label").value(area.label());
			json.name("factors").beginArray();
			for (Framework.FactorView factor : area.factors()) {
				json.beginObject();
				json.name("name").value(factor.name());
				json.name("label").value(factor.label());
				json.name("index").value(factor.index());
				json.name("items").beginArray();
				factor.items().forEach(json::value);
				json.endArray();
				json.name("sources").beginArray();
				factor.sources().forEach(json::value);
				json.endArray();
				json.name("description").value(factor.description());
				json.name("recommendation").value(factor.recommendation());
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.name("hypotheses").beginArray();
		for (Hypothesis hypothesis : study.getHypotheses()) {
			json.beginObject();
			json.name("name").value(hypothesis.getName());
			json.name("factor").value(hypothesis.getFactor() == null || hypothesis.getFactor().eIsProxy() ? null
					: hypothesis.getFactor().getName());
			json.name("direction").value(hypothesis.getDirection().getLiteral());
			json.name("text").value(hypothesis.getText());
			json.endObject();
		}
		json.endArray();
		json.name("plan");
		AnalysisPlan plan = study.getPlan();
		if (plan == null) {
			json.nullValue();
		} else {
			json.beginObject();
			json.name("method").value(plan.getMethod().getLiteral());
			json.name("tails").value(plan.getTails().getLiteral());
			json.name("missing").value(plan.getMissing().getLiteral());
			json.name("significanceLevel").value(plan.getSignificanceLevel());
			json.name("confidenceLevel").value(plan.getConfidenceLevel());
			json.name("correction").value(keyword(plan.getCorrection().getLiteral()));
			json.name("partial").value(plan.isPartial());
			json.name("reliabilityModel").value(plan.getReliabilityModel().getLiteral());
			json.name("compatibility").value(plan.getCompatibility().getLiteral());
			json.endObject();
		}
		json.endObject();
	}

	/** The study language's keyword of an enum literal ({@code benjamini_hochberg} is written {@code benjamini-hochberg}). */
	static String keyword(String literal) {
		return literal == null ? null : literal.replace('_', '-');
	}

	/**
	 * The results model as JSON objects, feature by feature, with what scripts need beyond the model: a
	 * correlation's factor, its tails as an enum, the data file as the study names it, no empty strings.
	 */
	private static final class Writer {

		private final Json json;
		private final Framework framework;
		private final ReportInput input;

		Writer(Json json, ReportInput input) {
			this.json = json;
			this.input = input;
			this.framework = Framework.of(input);
		}

		/** An EMF object as a JSON object, feature by feature. */
		void object(EObject object) {
			if (object == null) {
				json.nullValue();
				return;
			}
			json.beginObject();
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature instanceof EReference reference && !reference.isContainment()) {
					continue;
				}
				json.name(feature.getName());
				Object value = object.eGet(feature);
				if (object instanceof ImportReport && feature.getName().equals("file") && value instanceof String file) {
					json.value(dataFile(file));
				} else if (object instanceof Correlation c && feature.getName().equals("tails")) {
					json.value(tails(c));
				} else if (feature.isMany()) {
					json.beginArray();
					for (Object element : (List<?>) value) {
						value(feature, element);
					}
					json.endArray();
				} else {
					value(feature, value);
				}
			}
			if (object instanceof Correlation c) {
				json.name("factor").value(factor(c.getX()));
			} else if (object instanceof PartialCorrelation c) {
				json.name("factor").value(factor(c.getX()));
			}
			json.endObject();
		}

		private void value(EStructuralFeature feature, Object value) {
			if (feature instanceof EAttribute) {
				if (value == null || value instanceof String text && text.isEmpty()) {
					json.nullValue();
				} else if (value instanceof Number number) {
					json.value(number);
				} else if (value instanceof Boolean bool) {
					json.value(bool);
				} else if (value instanceof Enumerator enumerator) {
					json.value(enumerator.getLiteral());
				} else {
					json.value(value.toString());
				}
			} else {
				object((EObject) value);
			}
		}

		/** The factor measured by an index variable, null for the dependent and indices of no factor. */
		private String factor(String index) {
			return framework.factorOf(index).map(Framework.FactorView::name).orElse(null);
		}

		/**
		 * The data file as the study names it: relative to the study's folder when it lies below it (an absolute path
		 * tells a reader of the JSON only where the analyst's disk was).
		 */
		private String dataFile(String file) {
			String declared = input.optionalStudy().map(Study::getDataSource).map(d -> d.getFile()).orElse(null);
			try {
				Path data = Path.of(file).normalize();
				String studyFile = input.results().getStudyFile();
				Path folder = studyFile == null ? null : Path.of(studyFile).toAbsolutePath().normalize().getParent();
				if (data.isAbsolute() && folder != null && data.startsWith(folder)) {
					return folder.relativize(data).toString().replace('\\', '/');
				}
				if (!data.isAbsolute()) {
					return file;
				}
			} catch (InvalidPathException e) {
				// not a path of this system: as the study names it, else as recorded
			}
			return declared != null ? declared : file;
		}

		/**
		 * {@code two}, {@code one-positive}, {@code one-negative} (in the hypothesised direction, as R's alternative
		 * "greater"/"less"), or {@code one-halved} (SPSS ONETAIL: half the two-tailed p, no direction declared).
		 */
		private static String tails(Correlation c) {
			String text = c.getTails();
			if (text == null || text.isEmpty()) {
				return null;
			}
			String t = text.toLowerCase(java.util.Locale.ROOT);
			if (t.startsWith("two")) {
				return "two";
			}
			if (t.contains("positive")) {
				return "one-positive";
			}
			if (t.contains("negative")) {
				return "one-negative";
			}
			return "one-halved";
		}
	}

	/** A small indenting JSON writer; commas and indentation follow from the nesting. */
	static final class Json {

		private final StringBuilder out = new StringBuilder();
		private final java.util.ArrayDeque<boolean[]> firsts = new java.util.ArrayDeque<>();
		private boolean afterName;

		Json beginObject() {
			open('{');
			return this;
		}

		Json endObject() {
			close('}');
			return this;
		}

		Json beginArray() {
			open('[');
			return this;
		}

		Json endArray() {
			close(']');
			return this;
		}

		Json name(String name) {
			separate();
			out.append(Escape.json(name)).append(": ");
			afterName = true;
			return this;
		}

		Json value(String text) {
			return raw(Escape.json(text));
		}

		Json value(Number number) {
			double x = number.doubleValue();
			if (number instanceof Double || number instanceof Float) {
				return raw(Double.isNaN(x) || Double.isInfinite(x) ? "null" : Double.toString(x));
			}
			return raw(number.toString());
		}

		Json value(boolean bool) {
			return raw(Boolean.toString(bool));
		}

		Json nullValue() {
			return raw("null");
		}

		private Json raw(String text) {
			separate();
			out.append(text);
			return this;
		}

		private void open(char bracket) {
			separate();
			out.append(bracket);
			firsts.push(new boolean[] { true });
		}

		private void close(char bracket) {
			boolean empty = firsts.pop()[0];
			if (!empty) {
				newline();
			}
			out.append(bracket);
		}

		private void separate() {
			if (afterName) {
				afterName = false;
				return;
			}
			if (!firsts.isEmpty()) {
				boolean[] first = firsts.peek();
				if (!first[0]) {
					out.append(',');
				}
				first[0] = false;
				newline();
			}
		}

		private void newline() {
			out.append('\n').append("  ".repeat(firsts.size()));
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}
}
