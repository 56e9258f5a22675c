package org.factorstudio.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an import needs to know, as a plain immutable value: the file, how to read it where
 * detection should be overridden, and how its columns bind to the study. The study model is mapped to
 * this by the caller; the import never sees the model.
 *
 * <p>Optional components are {@link Optional} rather than nullable because "not declared, detect it" is
 * a normal, meaningful state here, and an {@code Optional} makes callers say which one they mean.
 *
 * @param file                      the data file
 * @param format                    declared format id ({@code "csv"}); empty: chosen by file extension
 * @param delimiter                 declared field delimiter; empty: detected among {@code , ; TAB}
 * @param encoding                  declared encoding; empty: detected (BOM, else UTF-8 if valid, else
 *                                  Windows-1252)
 * @param decimalSeparator          declared decimal separator ({@code .} or {@code ,}); empty: {@code .}
 *                                  always, and {@code ,} too when the delimiter is not a comma
 * @param idColumn                  column holding respondent ids
 * @param statusColumn              column holding the platform's response status
 * @param nonRespondentStatuses     status values of rows that are not respondents (for example
 *                                  {@code Distribuert}, invited but never answered)
 * @param excludeRowsWithoutAnswers whether rows where no item and no auxiliary column holds a value are
 *                                  excluded; user-missing codes do not count as answers
 * @param items                     the study's items, in the order the dataset should have them
 * @param auxiliaryColumns          further columns carried into the dataset unvalidated (background
 *                                  variables such as county); numeric when every cell is a number, else
 *                                  text
 * @param invalidValuePolicy        what to do with out-of-range and non-numeric item cells
 * @param sheet                     the sheet of a workbook to read; empty: the first sheet. Ignored by
 *                                  formats without sheets (CSV)
 */
public record ImportSpec(Path file, Optional<String> format, Optional<Character> delimiter,
        Optional<Charset> encoding, Optional<Character> decimalSeparator, Optional<String> idColumn,
        Optional<String> statusColumn, Set<String> nonRespondentStatuses, boolean excludeRowsWithoutAnswers,
        List<ItemSpec> items, List<String> auxiliaryColumns, InvalidValuePolicy invalidValuePolicy,
        Optional<String> sheet) {

    public ImportSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(decimalSeparator, "decimalSeparator");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(statusColumn, "statusColumn");
        Objects.requireNonNull(invalidValuePolicy, "invalidValuePolicy");
        Objects.requireNonNull(sheet, "sheet");
        nonRespondentStatuses = Collections.unmodifiableSet(new LinkedHashSet<>(nonRespondentStatuses));
        items = List.copyOf(items);
        auxiliaryColumns = List.copyOf(auxiliaryColumns);
    }

    /**
     * A specification with everything detected: no id or status column, rows without answers
     * excluded, no auxiliary columns, {@link InvalidValuePolicy#STOP}.
     */
    public static ImportSpec of(Path file, List<ItemSpec> items) {
        return new ImportSpec(file, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), true, items, List.of(), InvalidValuePolicy.STOP,
                Optional.empty());
    }

    public ImportSpec withFile(Path newFile) {
        return new ImportSpec(newFile, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns, invalidValuePolicy, sheet);
    }

    public ImportSpec withFormat(String formatId) {
        return new ImportSpec(file, Optional.of(formatId), delimiter, encoding, decimalSeparator, idColumn,
                statusColumn, nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns,
                invalidValuePolicy, sheet);
    }

    public ImportSpec withDelimiter(char newDelimiter) {
        return new ImportSpec(file, format, Optional.of(newDelimiter), encoding, decimalSeparator, idColumn,
                statusColumn, nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns,
                invalidValuePolicy, sheet);
    }

    public ImportSpec withEncoding(Charset newEncoding) {
        return new ImportSpec(file, format, delimiter, Optional.of(newEncoding), decimalSeparator, idColumn,
                statusColumn, nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns,
                invalidValuePolicy, sheet);
    }

    public ImportSpec withDecimalSeparator(char separator) {
        return new ImportSpec(file, format, delimiter, encoding, Optional.of(separator), idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns, invalidValuePolicy, sheet);
    }

    public ImportSpec withIdColumn(String column) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, Optional.of(column),
                statusColumn, nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns,
                invalidValuePolicy, sheet);
    }

    public ImportSpec withStatusColumn(String column, Set<String> nonRespondentValues) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, Optional.of(column),
                nonRespondentValues, excludeRowsWithoutAnswers, items, auxiliaryColumns, invalidValuePolicy, sheet);
    }

    public ImportSpec withExcludeRowsWithoutAnswers(boolean exclude) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, exclude, items, auxiliaryColumns, invalidValuePolicy, sheet);
    }

    /** The same reading rules for other items (an importer that learns more about them from the file). */
    public ImportSpec withItems(List<ItemSpec> newItems) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, newItems, auxiliaryColumns, invalidValuePolicy, sheet);
    }

    public ImportSpec withAuxiliaryColumns(List<String> columns) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, items, columns, invalidValuePolicy, sheet);
    }

    public ImportSpec withInvalidValuePolicy(InvalidValuePolicy policy) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns, policy, sheet);
    }

    /** Reads this sheet of a workbook instead of the first one. */
    public ImportSpec withSheet(String sheetName) {
        return new ImportSpec(file, format, delimiter, encoding, decimalSeparator, idColumn, statusColumn,
                nonRespondentStatuses, excludeRowsWithoutAnswers, items, auxiliaryColumns, invalidValuePolicy,
                Optional.of(sheetName));
    }
}
