package org.factorstudio.dsl.conversion;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Xtext's STRING converter, which also reads a text whose closing quote is missing: its value is the text up to the
 * end of the line. The parser reports the missing quote ({@code StudyRecoveringParser}); the value is kept so the
 * rest of the study (a data file's name, a title) reads as the author meant while they add it. (A wrapper, not a
 * subclass: Xtext's converter class refers to log4j, which this bundle does not import.)
 */
final class StudyStringConverter implements IValueConverter<String>, IValueConverter.RuleSpecific {

	private final IValueConverter<String> quoted;

	StudyStringConverter(IValueConverter<String> quoted) {
		this.quoted = quoted;
	}

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		if (string != null && !string.isEmpty() && !QuotedText.isClosed(string)) {
			return quoted.toValue(string + string.charAt(0), node);
		}
		return quoted.toValue(string, node);
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		return quoted.toString(value);
	}

	@Override
	public void setRule(AbstractRule rule) {
		if (quoted instanceof IValueConverter.RuleSpecific specific) {
			specific.setRule(rule);
		}
	}
}
