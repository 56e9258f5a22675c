package org.factorstudio.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.PreferenceValuesByLanguage;

import org.eclipse.xtext.preferences.PreferenceKey;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.ConfigurableIssueCodesProvider;
import org.eclipse.xtext.validation.SeverityConverter;

import com.google.inject.Singleton;

/**
 * The checks whose severity a user may set (ignore, info, warning or error): the warnings that are often
 * noise in a real questionnaire. The keys are the issue codes; the defaults are what the CLI uses, since it
 * reads no preferences. The IDE gives each resource set it validates in the values of its preference page
 * ({@link #attach}): Xtext's default preference values provider reads them from there, whichever injector
 * created the validator (validators are registered once per class in the global registry).
 */
@Singleton
public class StudyConfigurableIssueCodes extends ConfigurableIssueCodesProvider {

	/** The configurable codes, in the order the preference page lists them. */
	public static final List<String> CODES = List.of(StudyIssueCodes.UNUSED_INDICATOR,
			StudyIssueCodes.SINGLE_ITEM_RELIABILITY, StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS);

	/** The language name Xtext keys preference values by. */
	public static final String LANGUAGE_NAME = "org.factorstudio.dsl.Study";

	/**
	 * Makes studies validated in {@code resourceSet} use these severities: issue code to {@code ignore},
	 * {@code info}, {@code warning} or {@code error}; codes not given keep their default.
	 */
	public static void attach(ResourceSet resourceSet, Map<String, String> severities) {
		PreferenceValuesByLanguage byLanguage = PreferenceValuesByLanguage.findInEmfObject(resourceSet);
		if (byLanguage == null) {
			byLanguage = new PreferenceValuesByLanguage();
			byLanguage.attachToEmfObject(resourceSet);
		}
		byLanguage.put(LANGUAGE_NAME, new MapBasedPreferenceValues(Map.copyOf(severities)));
	}

	@Override
	protected void initialize(IAcceptor<PreferenceKey> acceptor) {
		super.initialize(acceptor);
		for (String code : CODES) {
			acceptor.accept(create(code, SeverityConverter.SEVERITY_WARNING));
		}
	}
}
