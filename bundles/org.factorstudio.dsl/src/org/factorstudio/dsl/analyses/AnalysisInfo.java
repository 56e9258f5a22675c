package org.factorstudio.dsl.analyses;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An installed analysis as its plugin declares it.
 *
 * @param id          what a study writes after {@code run}
 * @param name        a short name for people
 * @param description one sentence, or null
 * @param runsAlways  whether it runs on every study without being asked for
 * @param pluginId    the plugin that contributes it
 * @param parameters  the parameters a study may give
 */
public record AnalysisInfo(String id, String name, String description, boolean runsAlways, String pluginId,
		List<ParameterInfo> parameters) {

	public AnalysisInfo {
		Objects.requireNonNull(id, "id");
		name = name == null ? id : name;
		parameters = List.copyOf(parameters);
	}

	public Optional<ParameterInfo> parameter(String parameterName) {
		return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
	}

	/** The kinds of value a parameter takes. */
	public enum ParameterType {
		INTEGER, NUMBER, TEXT,
		/** The name of a column the study declares with {@code background}. */
		BACKGROUND_COLUMN,
		/** {@code all}, or the names of index variables of the study separated by commas. */
		INDEX_VARIABLE;

		static ParameterType of(String declared) {
			return declared == null ? TEXT : switch (declared) {
			case "integer" -> INTEGER;
			case "number" -> NUMBER;
			case "background-column" -> BACKGROUND_COLUMN;
			case "index-variable" -> INDEX_VARIABLE;
			default -> TEXT;
			};
		}
	}

	/** A declared parameter; {@code min}, {@code max} and {@code defaultValue} may be null. */
	public record ParameterInfo(String name, ParameterType type, String defaultValue, String min, String max,
			String description) {

		/**
		 * Why {@code value} is not acceptable for this parameter, or empty when it is.
		 */
		public Optional<String> problemWith(String value) {
			if (type == ParameterType.TEXT || type == ParameterType.BACKGROUND_COLUMN
					|| type == ParameterType.INDEX_VARIABLE) {
				// a column or index name is checked against the study's declarations by the validator
				return Optional.empty();
			}
			BigDecimal number;
			try {
				number = new BigDecimal(value.trim());
			} catch (NumberFormatException e) {
				return Optional.of("expected " + (type == ParameterType.INTEGER ? "a whole number" : "a number")
						+ ", not '" + value + "'");
			}
			if (type == ParameterType.INTEGER && number.stripTrailingZeros().scale() > 0) {
				return Optional.of("expected a whole number, not '" + value + "'");
			}
			if (min != null && number.compareTo(new BigDecimal(min)) < 0) {
				return Optional.of("expected at least " + min + ", not " + value);
			}
			if (max != null && number.compareTo(new BigDecimal(max)) > 0) {
				return Optional.of("expected at most " + max + ", not " + value);
			}
			return Optional.empty();
		}
	}
}
