package org.factorstudio.dsl.validation;

/**
 * Issue codes of the Study language's checks. Tests, quick fixes and the CLI refer to problems by
 * these codes, never by message text. Unresolved names carry Xtext's
 * {@code org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC}.
 */
public final class StudyIssueCodes {

	private static final String PREFIX = "org.factorstudio.dsl.";

	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	public static final String DUPLICATE_MEMBER = PREFIX + "duplicateMember";
	public static final String BACKWARD_RANGE = PREFIX + "backwardRange";
	public static final String REVERSED_WITHOUT_RANGE = PREFIX + "reversedWithoutRange";
	public static final String INVALID_SCALE_RANGE = PREFIX + "invalidScaleRange";
	public static final String MISSING_CODE_IN_RANGE = PREFIX + "missingCodeInRange";
	public static final String MIN_VALID_TOO_LARGE = PREFIX + "minValidTooLarge";
	public static final String MIN_VALID_TOO_SMALL = PREFIX + "minValidTooSmall";
	public static final String DEPENDENT_AS_FACTOR = PREFIX + "dependentAsFactor";
	public static final String NO_DEPENDENT = PREFIX + "noDependent";
	public static final String HYPOTHESIS_WITHOUT_DIRECTION = PREFIX + "hypothesisWithoutDirection";
	public static final String SINGLE_ITEM_RELIABILITY = PREFIX + "singleItemReliability";
	public static final String UNUSED_INDICATOR = PREFIX + "unusedIndicator";
	/** A {@code run} parameter of type index-variable names no index variable of the study. */
	public static final String UNKNOWN_INDEX_IN_PARAMETER = PREFIX + "unknownIndexInParameter";
	public static final String INDICATOR_WITHOUT_SCALE = PREFIX + "indicatorWithoutScale";
	public static final String DATA_FILE_MISSING = PREFIX + "dataFileMissing";
	public static final String DATA_COLUMN_MISSING = PREFIX + "dataColumnMissing";
	public static final String DATA_VALUE_OUT_OF_RANGE = PREFIX + "dataValueOutOfRange";
	public static final String DATA_VALUE_NOT_NUMERIC = PREFIX + "dataValueNotNumeric";
	public static final String DATA_UNREADABLE = PREFIX + "dataUnreadable";
	public static final String LEVEL_OUT_OF_RANGE = PREFIX + "levelOutOfRange";
	public static final String UNKNOWN_ANALYSIS = PREFIX + "unknownAnalysis";
	public static final String UNKNOWN_ANALYSIS_PARAMETER = PREFIX + "unknownAnalysisParameter";
	public static final String INVALID_ANALYSIS_PARAMETER = PREFIX + "invalidAnalysisParameter";

	public static final String NO_DATA_DECLARATION = PREFIX + "noDataDeclaration";
	public static final String DATA_FILE_NOT_REGULAR = PREFIX + "dataFileNotRegular";
	public static final String INVALID_DATA_OPTION = PREFIX + "invalidDataOption";
	public static final String CONTROL_CHARACTER = PREFIX + "controlCharacter";
	public static final String REPEATED_DECLARATION = PREFIX + "repeatedDeclaration";
	public static final String FACTORS_SHARE_INDEX = PREFIX + "factorsShareIndex";
	public static final String ONE_TAILED_WITHOUT_HYPOTHESIS = PREFIX + "oneTailedWithoutHypothesis";
	public static final String DUPLICATE_PLAN_NAME = PREFIX + "duplicatePlanName";
	public static final String PLAN_CYCLE = PREFIX + "planCycle";
	public static final String PRIMARY_PLAN_EXTENDS = PREFIX + "primaryPlanExtends";
	public static final String UNKNOWN_CONTROL = PREFIX + "unknownControl";
	/** Two controls of a plan name the same variable: a factor and the index measuring it. */
	public static final String REPEATED_CONTROL = PREFIX + "repeatedControl";
	public static final String DEPENDENT_AS_CONTROL = PREFIX + "dependentAsControl";
	public static final String KENDALL_PARTIAL = PREFIX + "kendallPartial";
	public static final String SCORING_OUT_OF_RANGE = PREFIX + "scoringOutOfRange";
	public static final String TEST_IN_TWO_FAMILIES = PREFIX + "testInTwoFamilies";
	public static final String FAMILY_WITHOUT_CORRECTION = PREFIX + "familyWithoutCorrection";
	public static final String FAMILY_PARTIAL_WITHOUT_PARTIAL = PREFIX + "familyPartialWithoutPartial";
	public static final String DUPLICATE_FAMILY_NAME = PREFIX + "duplicateFamilyName";
	public static final String TEXT_VALUE_LABEL = PREFIX + "textValueLabel";
	/** A {@code run} parameter names a column the data block does not declare as {@code background}. */
	public static final String UNKNOWN_BACKGROUND_COLUMN = PREFIX + "unknownBackgroundColumn";
	/** {@code labels} names a column that is not declared as {@code background}. */
	public static final String LABELS_FOR_UNDECLARED_COLUMN = PREFIX + "labelsForUndeclaredColumn";
	/** {@code labels} names the same column twice. */
	public static final String REPEATED_COLUMN_LABELS = PREFIX + "repeatedColumnLabels";
	/** {@code labels} refers to a scale that declares no value labels. */
	public static final String LABELS_WITHOUT_VALUES = PREFIX + "labelsWithoutValues";

	private StudyIssueCodes() {
	}
}
