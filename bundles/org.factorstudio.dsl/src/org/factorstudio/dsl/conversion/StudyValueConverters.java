package org.factorstudio.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Converters for the Study language's number rules (signed integers and decimals) and its texts in quotes. */
public class StudyValueConverters extends DefaultTerminalConverters {

	/** Texts in quotes, also one whose closing quote is missing (see {@link StudyStringConverter}). */
	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return new StudyStringConverter(super.STRING());
	}

	private static final IValueConverter<Integer> INTEGER = new AbstractNullSafeConverter<>() {
		@Override
		protected Integer internalToValue(String string, INode node) {
			String digits = strip(string);
			try {
				return Integer.valueOf(digits);
			} catch (NumberFormatException e) {
				// no cause: Xtext's syntax error message would be the cause's ("For input string: ...")
				if (digits.matches("-?[0-9]+")) {
					throw new ValueConverterException("'" + digits + "' is too large: whole numbers here lie between "
							+ Integer.MIN_VALUE + " and " + Integer.MAX_VALUE, node, null);
				}
				throw new ValueConverterException("'" + string + "' is not a whole number", node, null);
			}
		}

		@Override
		protected String internalToString(Integer value) {
			return value.toString();
		}
	};

	private static final IValueConverter<Double> DECIMAL = new AbstractNullSafeConverter<>() {
		@Override
		protected Double internalToValue(String string, INode node) {
			try {
				return Double.valueOf(strip(string));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number", node, null);
			}
		}

		@Override
		protected String internalToString(Double value) {
			String text = Double.toString(value);
			return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
		}
	};

	/** The rules are sequences of tokens, so hidden white space may sit between sign and digits. */
	private static String strip(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** Column names are written as IDs or keywords; a leading '^' only escapes a keyword. */
	@ValueConverter(rule = "ColumnName")
	public IValueConverter<String> ColumnName() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.startsWith("^") ? string.substring(1) : string;
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> SignedInt() {
		return INTEGER;
	}

	@ValueConverter(rule = "OptionalInt")
	public IValueConverter<Integer> OptionalInt() {
		return INTEGER;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return DECIMAL;
	}
}
