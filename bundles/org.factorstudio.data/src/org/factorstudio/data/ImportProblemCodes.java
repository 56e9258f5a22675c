package org.factorstudio.data;

/**
 * Codes of {@link ImportProblem}s. Stable identifiers: tests and quick fixes key on these, not on the
 * wording of messages.
 */
public final class ImportProblemCodes {

    private static final String PREFIX = "org.factorstudio.data.";

    /** The file does not exist (or vanished before it could be opened). */
    public static final String FILE_NOT_FOUND = PREFIX + "fileNotFound";
    /** The path is a directory or a device, not a regular file. */
    public static final String NOT_A_FILE = PREFIX + "notAFile";
    /** Reading failed part way (file deleted, disk or network error). */
    public static final String READ_FAILED = PREFIX + "readFailed";
    /** The file is empty or holds only blank lines. */
    public static final String EMPTY_FILE = PREFIX + "emptyFile";
    /** The file has a header but no data rows. */
    public static final String NO_DATA_ROWS = PREFIX + "noDataRows";
    /** The file holds binary data (NUL bytes, a ZIP/XLSX or OLE signature). */
    public static final String BINARY_FILE = PREFIX + "binaryFile";
    /**
     * The declared encoding does not fit the bytes, or an undeclared file is UTF-8 but for a few bytes
     * (the message names line, column and character of the first).
     */
    public static final String INVALID_ENCODING = PREFIX + "invalidEncoding";
    /** The file was not valid UTF-8, held no UTF-8 characters beyond ASCII, and was read as Windows-1252 (a warning). */
    public static final String ENCODING_FALLBACK = PREFIX + "encodingFallback";
    /** The file is not a readable workbook (not a ZIP archive, a damaged one, or one without a workbook). */
    public static final String NOT_A_WORKBOOK = PREFIX + "notAWorkbook";
    /** The workbook has no sheet of the declared name. */
    public static final String SHEET_NOT_FOUND = PREFIX + "sheetNotFound";
    /** The file's byte-order mark contradicts the declared encoding; the BOM won. */
    public static final String ENCODING_OVERRIDDEN = PREFIX + "encodingOverridden";
    /** A row has more or fewer fields than the header. */
    public static final String RAGGED_ROW = PREFIX + "raggedRow";
    /** A line or a field is longer than the import accepts. */
    public static final String OVERSIZED = PREFIX + "oversized";
    /** The CSV syntax is broken (for example text after a closing quote). */
    public static final String MALFORMED_CSV = PREFIX + "malformedCsv";
    /** The header splits into too few columns: the delimiter is probably another one. */
    public static final String WRONG_DELIMITER = PREFIX + "wrongDelimiter";
    /** Columns the specification needs are not in the header. */
    public static final String MISSING_COLUMNS = PREFIX + "missingColumns";
    /** A column the specification needs appears more than once in the header. */
    public static final String DUPLICATE_COLUMN = PREFIX + "duplicateColumn";
    /** Columns of the file that the specification does not use. */
    public static final String UNUSED_COLUMNS = PREFIX + "unusedColumns";
    /** A value outside the item's range. */
    public static final String OUT_OF_RANGE = PREFIX + "outOfRange";
    /** Text in an item column that is not a number. */
    public static final String NOT_NUMERIC = PREFIX + "notNumeric";
    /** More invalid cells than are listed one by one. */
    public static final String MORE_INVALID_VALUES = PREFIX + "moreInvalidValues";
    /** Both '.' and ',' were used as decimal separators. */
    public static final String MIXED_DECIMAL_SEPARATORS = PREFIX + "mixedDecimalSeparators";
    /** Two kept rows share a respondent id. */
    public static final String DUPLICATE_ID = PREFIX + "duplicateId";
    /** Kept rows without a respondent id. */
    public static final String MISSING_ID = PREFIX + "missingId";
    /**
     * A declared non-respondent status that no row of the status column holds; the message lists the
     * values the column does hold.
     */
    public static final String UNMATCHED_STATUS = PREFIX + "unmatchedStatus";
    /**
     * A declared user-missing code that no kept cell of the items declaring it holds; the message lists
     * the values those columns do hold.
     */
    public static final String UNMATCHED_MISSING_CODE = PREFIX + "unmatchedMissingCode";
    /**
     * Rows were kept, but not one of them answers any statement (item): every item cell is empty, a
     * missing code or invalid.
     */
    public static final String NO_ITEM_ANSWERS = PREFIX + "noItemAnswers";
    /** Every row was excluded. */
    public static final String NO_RESPONDENTS = PREFIX + "noRespondents";
    /** The specification itself is inconsistent. */
    public static final String INVALID_SPEC = PREFIX + "invalidSpec";
    /** No importer handles the declared format or the file's extension. */
    public static final String NO_IMPORTER = PREFIX + "noImporter";
    /** The file is too large for the import (rows beyond the Java array limit, heap exhausted). */
    public static final String TOO_LARGE = PREFIX + "tooLarge";
    /** The user cancelled. */
    public static final String CANCELLED = PREFIX + "cancelled";
    /** A bug: an unexpected exception, turned into a value rather than escaping. */
    public static final String INTERNAL_ERROR = PREFIX + "internalError";

    private ImportProblemCodes() {
    }
}
