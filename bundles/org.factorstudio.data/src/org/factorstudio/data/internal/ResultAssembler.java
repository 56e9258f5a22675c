package org.factorstudio.data.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.Dataset;
import org.factorstudio.data.DuplicateId;
import org.factorstudio.data.Exclusion;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.InvalidValuePolicy;
import org.factorstudio.data.ItemSummary;
import org.factorstudio.data.RespondentMissing;

/**
 * Turns what a reading path bound into the result: dataset, report, problems. Shared by both paths so
 * that the checks made after reading (duplicate ids, nothing kept) and the wording are the same.
 */
final class ResultAssembler {

    /** Invalid cells listed as separate problems; the report lists up to 10,000. */
    static final int MAX_CELL_PROBLEMS_AS_PROBLEMS = 20;
    /** Duplicate ids listed as separate problems. */
    static final int MAX_DUPLICATES_AS_PROBLEMS = 20;

    private ResultAssembler() {
    }

    static ImportResult assemble(ImportSpec spec, String format, Charset charset, char delimiter, ColumnPlan plan,
            BoundData d, List<ImportProblem> notes) {
        return assemble(spec, format, Optional.of(charset), Optional.of(delimiter), plan, d, notes);
    }

    /** For formats without a text encoding or delimiter (spreadsheets): those stay empty in the report. */
    static ImportResult assemble(ImportSpec spec, String format, Optional<Charset> charset,
            Optional<Character> delimiter, ColumnPlan plan, BoundData d, List<ImportProblem> notes) {
        return assemble(spec, format, charset, delimiter, plan, d, notes, Locator.LINES);
    }

    /** @param locator how messages name rows (lines of a text file, rows of a sheet) */
    static ImportResult assemble(ImportSpec spec, String format, Optional<Charset> charset,
            Optional<Character> delimiter, ColumnPlan plan, BoundData d, List<ImportProblem> notes, Locator locator) {
        return assemble(spec, format, charset, delimiter, plan, d, notes, locator, true);
    }

    /**
     * @param codesAsDeclared whether the items' missing codes are the study's declaration as it is, so that
     *                        one matching nothing is worth a warning; false for plugin importers, which may
     *                        add the codes their file declares (SPSS's MISSING VALUES)
     */
    static ImportResult assemble(ImportSpec spec, String format, Optional<Charset> charset,
            Optional<Character> delimiter, ColumnPlan plan, BoundData d, List<ImportProblem> notes, Locator locator,
            boolean codesAsDeclared) {
        Path file = spec.file();
        String name = HeaderBinder.fileName(file);
        List<ImportProblem> problems = new ArrayList<>(notes);
        problems.addAll(d.problems);

        if (d.rowsRead == 0 && problems.stream().noneMatch(ImportProblem::isError)) {
            problems.add(ImportProblem.error(ImportProblemCodes.NO_DATA_ROWS, locator.file(name) + " has a header ("
                    + locator.line(plan.headerLine) + ", " + plan.width() + " columns) but no data rows. Expected at least one row of"
                    + " answers below the header.", file));
        }

        boolean stop = spec.invalidValuePolicy() == InvalidValuePolicy.STOP;
        ImportProblem.Severity cellSeverity = stop ? ImportProblem.Severity.ERROR : ImportProblem.Severity.WARNING;
        for (int i = 0; i < d.cellProblems.size() && i < MAX_CELL_PROBLEMS_AS_PROBLEMS; i++) {
            CellProblem c = d.cellProblems.get(i);
            problems.add(new ImportProblem(cellSeverity, c.kind() == CellProblem.Kind.OUT_OF_RANGE
                    ? ImportProblemCodes.OUT_OF_RANGE : ImportProblemCodes.NOT_NUMERIC, c.message(), file,
                    OptionalLong.of(c.line()), Optional.of(c.column())));
        }
        if (d.cellProblemCount > MAX_CELL_PROBLEMS_AS_PROBLEMS) {
            problems.add(new ImportProblem(cellSeverity, ImportProblemCodes.MORE_INVALID_VALUES, name + ": "
                    + Texts.count(d.cellProblemCount - MAX_CELL_PROBLEMS_AS_PROBLEMS) + " more invalid item cells ("
                    + Texts.count(d.cellProblemCount) + " in all), listed in the import report. " + (stop
                            ? "The import stops (invalid-value policy STOP)." : "They were set to missing."),
                    file, OptionalLong.empty(), Optional.empty()));
        }

        int rows = d.rows;
        int[] lines = trim(d.lines, rows);
        Object[] itemColumns = new Object[plan.items.length];
        for (int k = 0; k < itemColumns.length; k++) {
            itemColumns[k] = trimAny(d.itemColumns[k], rows);
        }
        Object[] auxColumns = new Object[plan.auxColumns.size()];
        for (int a = 0; a < auxColumns.length; a++) {
            auxColumns[a] = trimAny(d.auxColumns[a], rows);
        }
        long[] numericIds = d.numericIds == null ? null : trim(d.numericIds, rows);
        String[] textIds = d.textIds == null ? null : trim(d.textIds, rows);

        List<DuplicateId> duplicates = plan.idField >= 0 ? duplicates(numericIds, textIds, lines, rows) : List.of();
        for (int i = 0; i < duplicates.size() && i < MAX_DUPLICATES_AS_PROBLEMS; i++) {
            DuplicateId dup = duplicates.get(i);
            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.DUPLICATE_ID,
                    locator.at(name, dup.lines().get(0)) + ": respondent id " + Texts.quote(dup.respondentId()) + " is used by "
                            + dup.lines().size() + " rows (" + locator.lines(dup.lines()) + "). Expected each respondent once; remove the repeated rows or check the id column '"
                            + Texts.quoteName(spec.idColumn().orElse("")) + "'.",
                    file, OptionalLong.of(dup.lines().get(0)), spec.idColumn()));
        }
        if (duplicates.size() > MAX_DUPLICATES_AS_PROBLEMS) {
            problems.add(ImportProblem.error(ImportProblemCodes.DUPLICATE_ID, name + ": "
                    + (duplicates.size() - MAX_DUPLICATES_AS_PROBLEMS) + " more respondent ids are used by several"
                    + " rows (" + duplicates.size() + " in all), listed in the import report.", file));
        }
        if (plan.idField >= 0) {
            missingIds(numericIds, textIds, lines, rows, name, file, spec, locator).ifPresent(problems::add);
        }

        problems.addAll(unmatchedStatuses(spec, d, name, file, locator));
        if (rows == 0 && d.rowsRead > 0 && problems.stream().noneMatch(ImportProblem::isError)) {
            Map<Exclusion.Reason, Long> byReason = d.exclusions.stream()
                    .collect(Collectors.groupingBy(Exclusion::reason, LinkedHashMap::new, Collectors.counting()));
            boolean noAnswers = byReason.containsKey(Exclusion.Reason.NO_ANSWERS);
            problems.add(ImportProblem.error(ImportProblemCodes.NO_RESPONDENTS, locator.file(name) + ": all "
                    + Texts.count(d.rowsRead) + " rows were excluded (" + byReason.entrySet().stream()
                            .map(e -> Texts.count(e.getValue()) + (e.getKey() == Exclusion.Reason.NO_ANSWERS
                                    ? " without answers" : " with a non-respondent status"))
                            .collect(Collectors.joining(", "))
                    + ")" + (noAnswers ? ": no row has an answer to any statement" : "")
                    + ". Expected at least one respondent; check the status values and that the item columns"
                    + " hold the answers.", file));
        }

        List<ItemSummary> summaries = new ArrayList<>();
        for (int k = 0; k < plan.items.length; k++) {
            long sys = d.systemMissing == null ? 0 : d.systemMissing[k];
            long user = d.userMissing == null ? 0 : d.userMissing[k];
            long inv = d.invalid == null ? 0 : d.invalid[k];
            summaries.add(new ItemSummary(plan.items[k].spec.name(), plan.items[k].spec.column(),
                    rows - sys - user - inv, sys, user, inv));
        }
        long answered = summaries.stream().mapToLong(ItemSummary::valid).sum();
        if (rows > 0 && answered == 0 && problems.stream().noneMatch(ImportProblem::isError)) {
            problems.add(noItemAnswers(spec, d, rows, name, file, locator));
        }
        if (rows > 0 && codesAsDeclared) {
            problems.addAll(unmatchedMissingCodes(spec, plan, d, itemColumns, rows, name, file, locator));
        }
        Character decimal = spec.decimalSeparator().orElse(d.decimalUsed == 0 ? '.' : d.decimalUsed);
        ImportReport report = new ImportReport(file, format, charset, delimiter,
                Optional.of(decimal), d.rowsRead, rows, d.exclusions, d.cellProblems, d.cellProblemCount, summaries,
                RespondentMissing.of(plan.items.length, d.rowMissing == null ? new int[0] : trim(d.rowMissing, rows),
                        lines, numericIds, textIds, rows),
                plan.unusedColumns, duplicates, d.statusCounts);

        if (problems.stream().anyMatch(ImportProblem::isError)) {
            return ImportResult.failure(report, problems);
        }
        Dataset.Builder b = Dataset.builder(rows, lines);
        for (int k = 0; k < plan.items.length; k++) {
            ItemRule rule = plan.items[k];
            if (itemColumns[k] instanceof byte[]) {
                b.coded(rule.spec.name(), (byte[]) itemColumns[k], rule.offset);
            } else {
                b.numeric(rule.spec.name(), (double[]) itemColumns[k]);
            }
        }
        for (int a = 0; a < auxColumns.length; a++) {
            if (auxColumns[a] instanceof double[]) {
                b.numeric(plan.auxColumns.get(a), (double[]) auxColumns[a]);
            } else {
                b.text(plan.auxColumns.get(a), (String[]) auxColumns[a]);
            }
        }
        if (numericIds != null) {
            b.respondentIds(numericIds);
        } else if (textIds != null) {
            b.respondentIds(textIds);
        }
        return ImportResult.success(b.build(), report, problems);
    }

    /**
     * Kept rows, but no answer to any statement: an analysis of them would be empty, and an empty report
     * with exit code 0 reads as "nothing to see". Rows are kept without an answer when a background column
     * holds a value or when unanswered rows are kept on purpose.
     */
    private static ImportProblem noItemAnswers(ImportSpec spec, BoundData d, int rows, String name, Path file,
            Locator locator) {
        long excluded = d.exclusions.size();
        String why = !spec.excludeRowsWithoutAnswers() ? "unanswered rows are kept on purpose (keep-unanswered)"
                : "their background columns hold values";
        return ImportProblem.error(ImportProblemCodes.NO_ITEM_ANSWERS, locator.file(name) + ": no row has an answer"
                + " to any statement: " + Texts.count(d.rowsRead) + " rows read, " + Texts.count(excluded)
                + " excluded, " + Texts.count(rows) + " kept because " + why + ", but "
                + (spec.items().size() == 1 ? "the statement column" : "each of the " + spec.items().size()
                        + " statement columns")
                + " is empty, a missing code or invalid in every kept row."
                + " Expected answers in the statement columns; check that the study's columns are the ones that"
                + " hold the answers (an export of the wrong questionnaire, or one without answers?).", file);
    }

    /** Declared non-respondent statuses no row holds: the rows they were meant to exclude are still in. */
    private static List<ImportProblem> unmatchedStatuses(ImportSpec spec, BoundData d, String name, Path file,
            Locator locator) {
        if (spec.statusColumn().isEmpty() || d.rowsRead == 0) {
            return List.of();
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String value : d.statusCounts.keySet()) {
            seen.add(RecordBinder.normalize(value == null ? "" : value));
        }
        List<ImportProblem> out = new ArrayList<>();
        String column = spec.statusColumn().get();
        for (String status : spec.nonRespondentStatuses()) {
            if (seen.contains(RecordBinder.normalize(status))) {
                continue;
            }
            out.add(new ImportProblem(ImportProblem.Severity.WARNING, ImportProblemCodes.UNMATCHED_STATUS,
                    locator.file(name) + ": the non-respondent status '" + Texts.quote(status) + "' matches none of"
                            + " the " + Texts.count(d.rowsRead) + " rows, so no row was excluded for it. Column '"
                            + Texts.quoteName(column) + "' holds " + topValues(d.statusCounts, 10) + ". Expected the"
                            + " status exactly as the file writes it (spelling, accents and case count; a file read in"
                            + " the wrong encoding garbles accents).",
                    file, OptionalLong.empty(), Optional.of(column)));
        }
        return out;
    }

    /**
     * Declared missing codes that no kept cell holds, one warning per code over all items that declare it
     * (a scale's "missing 9" is declared for each of its items; a code some items use is fine).
     */
    private static List<ImportProblem> unmatchedMissingCodes(ImportSpec spec, ColumnPlan plan, BoundData d,
            Object[] itemColumns, int rows, String name, Path file, Locator locator) {
        Map<Long, List<Integer>> declaredBy = new LinkedHashMap<>();
        Map<Long, Long> hits = new HashMap<>();
        for (int k = 0; k < plan.items.length; k++) {
            long[] codes = plan.items[k].declaredMissingCodes;
            for (int m = 0; m < codes.length; m++) {
                declaredBy.computeIfAbsent(codes[m], c -> new ArrayList<>()).add(k);
                long n = d.missingCodeHits == null ? 0 : d.missingCodeHits[k][m];
                hits.merge(codes[m], n, Long::sum);
            }
        }
        List<ImportProblem> out = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> e : declaredBy.entrySet()) {
            if (hits.get(e.getKey()) > 0) {
                continue;
            }
            List<Integer> items = e.getValue();
            List<String> names = items.stream().map(k -> plan.items[k].spec.column()).toList();
            Map<String, Long> values = new LinkedHashMap<>();
            for (int k : items) {
                countValues(plan.items[k], itemColumns[k], rows, values);
            }
            java.util.Set<String> columns = new java.util.HashSet<>(names);
            for (CellProblem c : d.cellProblems) {
                if (columns.contains(c.column())) {
                    values.merge(c.value(), 1L, Long::sum);
                }
            }
            out.add(new ImportProblem(ImportProblem.Severity.WARNING, ImportProblemCodes.UNMATCHED_MISSING_CODE,
                    locator.file(name) + ": the missing code " + e.getKey() + " matches no cell of the "
                            + Texts.count(rows) + " kept rows in the " + (items.size() == 1 ? "column" : items.size()
                            + " columns") + " that declare it (" + Texts.names(names, 5) + "), so no answer was set"
                            + " missing by it. The " + (items.size() == 1 ? "column holds " : "columns hold ")
                            + topValues(values, 10) + ". Expected the code as the file writes it: if the export"
                            + " writes \"don't know\" another way, declare that code; if nobody chose it, nothing is"
                            + " wrong.",
                    file, OptionalLong.empty(), items.size() == 1 ? Optional.of(names.get(0)) : Optional.empty()));
        }
        return out;
    }

    /** Adds the valid values of a kept item column to a frequency table, as the file would write them. */
    private static void countValues(ItemRule rule, Object column, int rows, Map<String, Long> values) {
        if (column instanceof byte[]) {
            byte[] codes = (byte[]) column;
            long[] counts = new long[256];
            for (int r = 0; r < rows; r++) {
                counts[codes[r] & 0xFF]++;
            }
            for (int c = 1; c < counts.length; c++) {
                if (counts[c] > 0) {
                    values.merge(Long.toString(c + (long) rule.offset), counts[c], Long::sum);
                }
            }
        } else if (column instanceof double[]) {
            double[] v = (double[]) column;
            for (int r = 0; r < rows; r++) {
                if (!Double.isNaN(v[r])) {
                    values.merge(v[r] == Math.rint(v[r]) && Math.abs(v[r]) < 1e15 ? Long.toString((long) v[r])
                            : Double.toString(v[r]), 1L, Long::sum);
                }
            }
        }
    }

    /**
     * "'Gjennomført' (71), 'Distribuert' (315)": the most frequent values first, at most {@code max},
     * each quoted safely; "no value (every cell is empty)" for none.
     */
    static String topValues(Map<String, Long> counts, int max) {
        if (counts.isEmpty()) {
            return "no value (every cell is empty)";
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        // stable: equally frequent values stay in order of first appearance
        sorted.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        String shown = sorted.stream().limit(max)
                .map(e -> (e.getKey() == null || e.getKey().isEmpty() ? "(empty)" : "'" + Texts.excerpt(e.getKey(), 60)
                        + "'") + " (" + Texts.count(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        return (sorted.size() == 1 ? "one value: " : sorted.size() + " distinct values: ") + shown
                + (sorted.size() > max ? ", ..." : "");
    }

    private static List<DuplicateId> duplicates(long[] numericIds, String[] textIds, int[] lines, int rows) {
        Map<String, List<Long>> seen = new LinkedHashMap<>();
        if (numericIds != null) {
            if (strictlyIncreasing(numericIds, rows)) {
                // exports are usually sorted by id: then there are no duplicates, and a million ids cost one pass
                return List.of();
            }
            long[] sorted = Arrays.copyOf(numericIds, rows);
            Arrays.sort(sorted);
            Map<Long, List<Long>> dupLines = new HashMap<>();
            for (int i = 1; i < rows; i++) {
                if (sorted[i] == sorted[i - 1] && sorted[i] != IdColumns.NO_ID) {
                    dupLines.put(sorted[i], new ArrayList<>());
                }
            }
            if (dupLines.isEmpty()) {
                return List.of();
            }
            for (int r = 0; r < rows; r++) {
                List<Long> l = dupLines.get(numericIds[r]);
                if (l != null) {
                    l.add((long) lines[r]);
                    seen.putIfAbsent(Long.toString(numericIds[r]), l);
                }
            }
        } else if (textIds != null) {
            Map<String, List<Long>> all = new HashMap<>();
            for (int r = 0; r < rows; r++) {
                if (textIds[r] != null) {
                    List<Long> l = all.computeIfAbsent(textIds[r], k -> new ArrayList<>(1));
                    l.add((long) lines[r]);
                    if (l.size() == 2) {
                        seen.put(textIds[r], l);
                    }
                }
            }
        }
        List<DuplicateId> out = new ArrayList<>();
        seen.forEach((id, l) -> out.add(new DuplicateId(id, l)));
        out.sort((a, b) -> Long.compare(a.lines().get(0), b.lines().get(0)));
        return out;
    }

    private static boolean strictlyIncreasing(long[] ids, int rows) {
        for (int i = 1; i < rows; i++) {
            if (ids[i] <= ids[i - 1] || ids[i] == IdColumns.NO_ID) {
                return false;
            }
        }
        return rows == 0 || ids[0] != IdColumns.NO_ID;
    }

    private static Optional<ImportProblem> missingIds(long[] numericIds, String[] textIds, int[] lines, int rows,
            String name, Path file, ImportSpec spec, Locator locator) {
        List<Integer> missing = new ArrayList<>();
        long count = 0;
        for (int r = 0; r < rows; r++) {
            boolean none = numericIds != null ? numericIds[r] == IdColumns.NO_ID : textIds == null || textIds[r] == null;
            if (none) {
                count++;
                if (missing.size() < 10) {
                    missing.add(lines[r]);
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        if (count == rows) {
            // the declared id column matches nothing: say so as such, not as a list of lines
            return Optional.of(new ImportProblem(ImportProblem.Severity.WARNING, ImportProblemCodes.MISSING_ID,
                    locator.file(name) + ": the id column '" + Texts.quoteName(spec.idColumn().orElse(""))
                            + "' is empty in all " + Texts.count(rows) + " kept rows, so no respondent has an id."
                            + " Expected respondent ids in that column; is it the right one? Without ids, rows can"
                            + " only be traced by line number.",
                    file, OptionalLong.of(missing.get(0)), spec.idColumn()));
        }
        return Optional.of(new ImportProblem(ImportProblem.Severity.WARNING, ImportProblemCodes.MISSING_ID,
                locator.file(name) + ": " + Texts.count(count) + (count == 1 ? " kept row has" : " kept rows have")
                + " no respondent id (" + locator.lines(missing) + (count > missing.size() ? ", ..." : "") + "). Expected an id in column '" + Texts.quoteName(spec.idColumn().orElse(""))
                + "' on every row; these rows can only be traced by line number.", file,
                OptionalLong.of(missing.get(0)), spec.idColumn()));
    }

    private static int[] trim(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static long[] trim(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static String[] trim(String[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static Object trimAny(Object a, int n) {
        if (a instanceof byte[]) {
            byte[] b = (byte[]) a;
            return b.length == n ? b : Arrays.copyOf(b, n);
        }
        if (a instanceof double[]) {
            double[] b = (double[]) a;
            return b.length == n ? b : Arrays.copyOf(b, n);
        }
        return trim((String[]) a, n);
    }
}
