package org.factorstudio.data.study;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.InvalidValuePolicy;
import org.factorstudio.data.ItemSpec;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.DataSource;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.OutOfRangePolicy;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.ValueLabel;

/** Reads a study's data declaration as the importer's plain specification. */
public final class StudyImportSpecs {

	private StudyImportSpecs() {
	}

	/** The data file of the study, resolved against the folder of the study file. */
	public static Path dataFile(Study study, Path studyFolder) {
		Path declared = Path.of(study.getDataSource().getFile());
		return declared.isAbsolute() ? declared : studyFolder.resolve(declared).normalize();
	}

	/**
	 * The specification for importing the study's data: every indicator with its column, declared
	 * range and user-missing codes, and the declared reading rules.
	 *
	 * @throws IllegalArgumentException when the study declares no data, or an unknown encoding
	 */
	public static ImportSpec of(Study study, Path studyFolder) {
		DataSource source = study.getDataSource();
		if (source == null || source.getFile() == null) {
			throw new IllegalArgumentException("the study declares no data file (add: data \"file.csv\")");
		}
		List<ItemSpec> items = new ArrayList<>();
		for (Indicator indicator : StudyQueries.indicators(study)) {
			Optional<Scale> scale = StudyQueries.effectiveScale(indicator);
			Set<Integer> missing = new HashSet<>();
			Set<String> missingTexts = new java.util.LinkedHashSet<>();
			scale.ifPresent(s -> s.getMissingCodes().forEach(code -> {
				if (code.getText() != null) {
					missingTexts.add(code.getText().strip());
				} else {
					missing.add(code.getValue());
				}
			}));
			items.add(new ItemSpec(indicator.getName(), StudyQueries.column(indicator),
					scale.map(Scale::getMin).orElse(null), scale.map(Scale::getMax).orElse(null), missing, missingTexts));
		}
		ImportSpec spec = ImportSpec.of(dataFile(study, studyFolder), items)
				.withExcludeRowsWithoutAnswers(!source.isKeepUnanswered())
				.withInvalidValuePolicy(source.getOutOfRange() == OutOfRangePolicy.MISSING ? InvalidValuePolicy.MISSING
						: InvalidValuePolicy.STOP);
		if (notBlank(source.getFormat())) {
			spec = spec.withFormat(source.getFormat());
		}
		if (notBlank(source.getDelimiter())) {
			spec = spec.withDelimiter(character(source.getDelimiter(), "delimiter"));
		}
		if (notBlank(source.getDecimalSeparator())) {
			spec = spec.withDecimalSeparator(character(source.getDecimalSeparator(), "decimal separator"));
		}
		if (notBlank(source.getEncoding())) {
			try {
				spec = spec.withEncoding(Charset.forName(source.getEncoding()));
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("unknown encoding '" + source.getEncoding() + "'");
			}
		}
		if (notBlank(source.getSheet())) {
			spec = spec.withSheet(source.getSheet());
		}
		if (notBlank(source.getIdColumn())) {
			spec = spec.withIdColumn(source.getIdColumn());
		}
		if (!source.getBackgroundColumns().isEmpty()) {
			// background answers make a row a respondent even when no statement was answered
			spec = spec.withAuxiliaryColumns(List.copyOf(source.getBackgroundColumns()));
		}
		if (notBlank(source.getStatusColumn())) {
			spec = spec.withStatusColumn(source.getStatusColumn(), Set.copyOf(source.getNonRespondentStatuses()));
		}
		return spec;
	}

	private static char character(String text, String what) {
		String value = "\\t".equals(text) || "tab".equalsIgnoreCase(text) ? "\t" : text;
		if (value.length() != 1) {
			throw new IllegalArgumentException("the " + what + " must be one character, not \"" + text + "\"");
		}
		return value.charAt(0);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}
}
