package org.factorstudio.dsl.ui;

/**
 * Identifiers of the study editor that other bundles and tests refer to: the content type of
 * {@code *.study} files, the problem marker and its attributes, and the editor's commands.
 */
public final class StudyEditorIds {

	/** Content type of study files (a subtype of plain text, opened by the generic editor). */
	public static final String CONTENT_TYPE = "org.factorstudio.dsl.ui.study";

	/** Problem marker of the Study language (a subtype of the platform's problem and text markers). */
	public static final String PROBLEM_MARKER = "org.factorstudio.dsl.ui.problem";

	/** Marker attribute holding the issue code of the problem (see {@code StudyIssueCodes}). */
	public static final String ISSUE_CODE = "issueCode";

	/** Marker attribute holding the issue's data, comma-separated (the unused indicators' names). */
	public static final String ISSUE_DATA = "issueData";

	/**
	 * The family of the background jobs that check studies and write their markers (the workspace's checks,
	 * the check of a study whose editor closed, the editors' checks as you type):
	 * {@code Job.getJobManager().find(...)} tells whether markers are still to come.
	 */
	public static final Object CHECK_JOB_FAMILY = PROBLEM_MARKER + ".checks";

	public static final String FORMAT_COMMAND = "org.factorstudio.dsl.ui.format";
	public static final String TOGGLE_COMMENT_COMMAND = "org.factorstudio.dsl.ui.toggleComment";
	public static final String RENAME_COMMAND = "org.factorstudio.dsl.ui.renameIndicator";
	/** Find usages reuses the generic editor's "Find References" command (Ctrl+Shift+G). */
	public static final String FIND_USAGES_COMMAND = "org.eclipse.ui.genericeditor.findReferences";

	private StudyEditorIds() {
	}
}
