package org.factorstudio.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import found, whether it succeeded or not: how the file was read, what was kept and excluded,
 * which cells were invalid and how complete the data are. It is the import's audit trail, meant to be
 * shown to the user and kept next to the analysis.
 *
 * @param file              the file
 * @param format            the importer that read it ({@code "csv"})
 * @param encoding          the encoding used; empty if the import failed before deciding
 * @param delimiter         the field delimiter used; empty if the import failed before deciding
 * @param decimalSeparator  the decimal separator used (declared, or found in the data; '.' when no
 *                          fractional number occurred); empty if the import failed before deciding
 * @param rowsRead          data rows read (header and blank lines not counted)
 * @param rowsKept          rows in the dataset (or that would have been, had the import not failed)
 * @param exclusions        rows that were excluded, in file order
 * @param cellProblems      invalid item cells in kept rows, in file order; at most
 *                          {@link #MAX_LISTED_CELL_PROBLEMS}, see {@code cellProblemCount}
 * @param cellProblemCount  number of invalid item cells in kept rows
 * @param items             per item, in specification order
 * @param respondentMissing per kept row, the number of missing items
 * @param unusedColumns     header columns that are neither items, auxiliary, id nor status
 * @param duplicateIds      ids shared by several kept rows
 * @param statusCounts      rows read per status value, in order of first appearance (empty without a
 *                          status column)
 */
public record ImportReport(Path file, String format, Optional<Charset> encoding, Optional<Character> delimiter,
        Optional<Character> decimalSeparator, long rowsRead, long rowsKept, List<Exclusion> exclusions,
        List<CellProblem> cellProblems, long cellProblemCount, List<ItemSummary> items,
        RespondentMissing respondentMissing, List<String> unusedColumns, List<DuplicateId> duplicateIds,
        Map<String, Long> statusCounts) {

    /** Cell problems listed one by one; a file with a broken column would otherwise list millions. */
    public static final int MAX_LISTED_CELL_PROBLEMS = 10_000;

    public ImportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(decimalSeparator, "decimalSeparator");
        Objects.requireNonNull(respondentMissing, "respondentMissing");
        exclusions = List.copyOf(exclusions);
        cellProblems = List.copyOf(cellProblems);
        items = List.copyOf(items);
        unusedColumns = List.copyOf(unusedColumns);
        duplicateIds = List.copyOf(duplicateIds);
        statusCounts = Collections.unmodifiableMap(new LinkedHashMap<>(statusCounts));
    }

    /** The report of an import that failed before it read any row. */
    public static ImportReport notRead(Path file, String format) {
        return new ImportReport(file, format, Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, List.of(),
                List.of(), 0, List.of(), RespondentMissing.none(), List.of(), List.of(), Map.of());
    }

    /** Number of excluded rows per reason (every reason present, possibly 0). */
    public Map<Exclusion.Reason, Long> exclusionCounts() {
        Map<Exclusion.Reason, Long> counts = new EnumMap<>(Exclusion.Reason.class);
        for (Exclusion.Reason r : Exclusion.Reason.values()) {
            counts.put(r, 0L);
        }
        for (Exclusion e : exclusions) {
            counts.merge(e.reason(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Number of rows excluded for a reason. */
    public long excluded(Exclusion.Reason reason) {
        return exclusionCounts().get(reason);
    }

    /** The summary of an item, by item name. */
    public Optional<ItemSummary> item(String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
