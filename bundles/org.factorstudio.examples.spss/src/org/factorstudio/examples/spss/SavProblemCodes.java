package org.factorstudio.examples.spss;

/**
 * Codes of the problems only the .sav importer reports; everything else it reports with the data bundle's
 * {@link org.factorstudio.data.ImportProblemCodes}, as the CSV importer does.
 */
public final class SavProblemCodes {

	private static final String PREFIX = "org.factorstudio.examples.spss.";

	/** Error: the file is not a .sav (wrong signature, or a .zsav). */
	public static final String NOT_SAV = PREFIX + "notSav";
	/** Error: the file ends inside its dictionary or before its last case. */
	public static final String TRUNCATED = PREFIX + "truncated";
	/** Error: the library could not read the dictionary. */
	public static final String DAMAGED = PREFIX + "damaged";
	/** Warning: a value label on a code outside the study's scale that is not missing. */
	public static final String LABEL_OUTSIDE_SCALE = PREFIX + "labelOutsideScale";
	/** Warning: a user-missing code of the file inside the study's scale. */
	public static final String MISSING_INSIDE_SCALE = PREFIX + "missingInsideScale";

	private SavProblemCodes() {
	}
}
