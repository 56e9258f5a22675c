package org.factorstudio.data.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.ItemSpec;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Binds header names to the specification and explains what does not fit. The wrong-delimiter check
 * lives here because the symptom users see is "the study's columns are missing", and the useful message
 * is the cause: the header split into one column because it is separated by another character.
 */
final class HeaderBinder {

    /** Delimiters tried when suggesting a better one; the detection candidates plus two rarer ones. */
    private static final char[] SUGGESTION_CANDIDATES = {',', ';', '\t', '|', ':'};

    /** The outcome: a plan, or the problems that prevent one. Notes (unused columns) come with a plan. */
    record Binding(Optional<ColumnPlan> plan, List<ImportProblem> problems) {
    }

    private HeaderBinder() {
    }

    /** Inconsistencies of the specification itself, independent of any file. */
    static List<ImportProblem> checkSpec(ImportSpec spec) {
        Path file = spec.file();
        String name = fileName(file);
        List<ImportProblem> problems = new ArrayList<>();
        if (spec.items().isEmpty()) {
            problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name
                    + ": the import specification lists no items. Expected at least one study item to read.", file));
        }
        Set<String> datasetNames = new HashSet<>();
        for (ItemSpec item : spec.items()) {
            if (!datasetNames.add(item.name())) {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": the import specification "
                        + "names item '" + Texts.quoteName(item.name()) + "' twice. Expected unique item names.", file));
            }
        }
        for (String aux : spec.auxiliaryColumns()) {
            if (!datasetNames.add(aux)) {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": auxiliary column '" + Texts.quoteName(aux)
                        + "' has the name of an item or another auxiliary column. Expected unique column names in the"
                        + " dataset.", file));
            }
        }
        Map<String, List<String>> uses = new LinkedHashMap<>();
        spec.idColumn().ifPresent(c -> uses.computeIfAbsent(c, k -> new ArrayList<>()).add("the id column"));
        spec.statusColumn().ifPresent(c -> uses.computeIfAbsent(c, k -> new ArrayList<>()).add("the status column"));
        for (ItemSpec item : spec.items()) {
            uses.computeIfAbsent(item.column(), k -> new ArrayList<>()).add("item " + item.name());
        }
        for (String aux : spec.auxiliaryColumns()) {
            uses.computeIfAbsent(aux, k -> new ArrayList<>()).add("an auxiliary column");
        }
        uses.forEach((column, roles) -> {
            if (roles.size() > 1) {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": column '" + Texts.quoteName(column)
                        + "' is bound twice in the import specification (" + String.join(" and ", roles)
                        + "). Expected each column to have one role.", file));
            }
        });
        spec.decimalSeparator().ifPresent(d -> {
            if (d != '.' && d != ',') {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": the declared decimal "
                        + "separator is '" + Texts.quote(String.valueOf(d)) + "'. Expected '.' or ','.", file));
            }
        });
        spec.delimiter().ifPresent(d -> {
            if (d == '"' || d == '\n' || d == '\r') {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": the declared delimiter "
                        + Texts.excerpt(String.valueOf(d), 4) + " cannot separate fields. Expected ',', ';' or tab.",
                        file));
            } else if (spec.decimalSeparator().isPresent() && spec.decimalSeparator().get() == d) {
                problems.add(ImportProblem.error(ImportProblemCodes.INVALID_SPEC, name + ": the declared delimiter and"
                        + " decimal separator are both " + Texts.delimiter(d) + ". Expected two different characters.",
                        file));
            }
        });
        return problems;
    }

    /**
     * Binds a header.
     *
     * @param rawHeader      the header fields as read
     * @param headerLine     line of the header record
     * @param headerLineText the header line as text, for the delimiter suggestion; when unknown, the
     *                       fields joined with the delimiter
     */
    static Binding bind(List<String> rawHeader, long headerLine, String headerLineText, ImportSpec spec,
            char delimiter) {
        return bind(rawHeader, headerLine, headerLineText, spec, delimiter, Locator.LINES);
    }

    /**
     * Binds a header, naming places with the locator; a sheet's header is not split at a delimiter, so
     * there is no delimiter to suggest.
     */
    static Binding bind(List<String> rawHeader, long headerLine, String headerLineText, ImportSpec spec,
            char delimiter, Locator locator) {
        Path file = spec.file();
        String fileName = fileName(file);
        List<String> header = new ArrayList<>(rawHeader.size());
        for (int i = 0; i < rawHeader.size(); i++) {
            String h = rawHeader.get(i);
            if (i == 0 && !h.isEmpty() && h.charAt(0) == '\uFEFF') {
                // a second BOM, or one the declared encoding did not expect: not part of the name
                h = h.substring(1);
            }
            header.add(h.trim());
        }
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.computeIfAbsent(header.get(i), k -> new ArrayList<>()).add(i);
        }

        // required columns with what they are for, in a stable order for messages
        Map<String, String> required = new LinkedHashMap<>();
        spec.idColumn().ifPresent(c -> required.put(c, "id column"));
        spec.statusColumn().ifPresent(c -> required.put(c, "status column"));
        for (ItemSpec item : spec.items()) {
            required.put(item.column(), item.name().equals(item.column()) ? "item" : "item " + item.name());
        }
        for (String aux : spec.auxiliaryColumns()) {
            required.put(aux, "auxiliary column");
        }

        List<ImportProblem> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : required.entrySet()) {
            List<Integer> at = positions.get(e.getKey());
            if (at == null) {
                missing.add(e.getKey());
            } else if (at.size() > 1) {
                problems.add(new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.DUPLICATE_COLUMN,
                        locator.at(fileName, headerLine) + ": column '" + Texts.quoteName(e.getKey()) + "' (" + e.getValue()
                                + ") appears " + at.size() + " times in the header (" + locator.positions(at)
                                + "). Expected each column name once, so that its values are unambiguous.",
                        file, OptionalLong.of(headerLine), Optional.of(e.getKey())));
            }
        }
        if (!missing.isEmpty()) {
            String lineText = headerLineText != null ? headerLineText : String.join(String.valueOf(delimiter), rawHeader);
            problems.add(0, missingColumnsProblem(fileName, file, headerLine, lineText, header, missing, required,
                    delimiter, locator));
        }
        if (!problems.isEmpty()) {
            return new Binding(Optional.empty(), problems);
        }

        int width = header.size();
        byte[] roles = new byte[width];
        int[] targets = new int[width];
        Arrays.fill(targets, -1);
        ItemRule[] items = new ItemRule[spec.items().size()];
        for (int k = 0; k < items.length; k++) {
            ItemSpec item = spec.items().get(k);
            items[k] = new ItemRule(item, k);
            int f = positions.get(item.column()).get(0);
            roles[f] = ColumnPlan.ITEM;
            targets[f] = k;
        }
        for (int a = 0; a < spec.auxiliaryColumns().size(); a++) {
            int f = positions.get(spec.auxiliaryColumns().get(a)).get(0);
            roles[f] = ColumnPlan.AUX;
            targets[f] = a;
        }
        int idField = spec.idColumn().map(c -> positions.get(c).get(0)).orElse(-1);
        if (idField >= 0) {
            roles[idField] = ColumnPlan.ID;
        }
        int statusField = spec.statusColumn().map(c -> positions.get(c).get(0)).orElse(-1);
        if (statusField >= 0) {
            roles[statusField] = ColumnPlan.STATUS;
        }
        List<String> unused = new ArrayList<>();
        for (int f = 0; f < width; f++) {
            if (roles[f] == ColumnPlan.UNUSED) {
                unused.add(header.get(f).isEmpty() ? "(unnamed column "
                        + (locator.isSheet() ? Locator.columnLetters(f) : String.valueOf(f + 1)) + ")" : header.get(f));
            }
        }
        if (!unused.isEmpty()) {
            problems.add(ImportProblem.info(ImportProblemCodes.UNUSED_COLUMNS, locator.file(fileName) + ": "
                    + unused.size()
                    + (unused.size() == 1 ? " column is" : " columns are") + " not used by the study: "
                    + Texts.names(unused, 20) + ".", file));
        }
        ColumnPlan plan = new ColumnPlan(header, headerLine, roles, targets, items, spec.auxiliaryColumns(), idField,
                statusField, unused);
        return new Binding(Optional.of(plan), problems);
    }

    private static ImportProblem missingColumnsProblem(String fileName, Path file, long headerLine, String lineText,
            List<String> header, List<String> missing, Map<String, String> required, char delimiter,
            Locator locator) {
        // would another delimiter have found the missing columns?
        char best = 0;
        int bestFound = 0;
        int bestWidth = 0;
        for (char c : SUGGESTION_CANDIDATES) {
            if (c == delimiter || locator.isSheet()) {
                continue;
            }
            List<String> alt = splitLine(lineText, c);
            if (alt.size() <= header.size()) {
                continue;
            }
            Set<String> names = new HashSet<>(alt);
            int found = (int) missing.stream().filter(names::contains).count();
            if (found > bestFound) {
                best = c;
                bestFound = found;
                bestWidth = alt.size();
            }
        }
        int needed = required.size();
        if (best != 0 && bestFound * 2 >= missing.size()) {
            String message = Texts.at(fileName, headerLine) + ": split at " + Texts.delimiter(delimiter)
                    + " the header has " + header.size() + (header.size() == 1 ? " column" : " columns") + " ("
                    + Texts.excerpt(String.join(" | ", header), 60) + "), but "
                    + (missing.size() == needed ? "none of the " + needed + " columns the study needs is among them"
                            : missing.size() + " of the " + needed + " columns the study needs are not among them")
                    + " (" + Texts.names(missing, 5) + "). Split at " + Texts.delimiter(best) + " the header has " + bestWidth + " columns and contains "
                    + (bestFound == missing.size() ? "all of them" : bestFound + " of them")
                    + ": the delimiter is probably " + Texts.delimiter(best) + ". Expected the file's delimiter; declare "
                    + Texts.delimiter(best) + " or leave the delimiter undeclared so that it is detected.";
            return new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.WRONG_DELIMITER, message, file,
                    OptionalLong.of(headerLine), Optional.empty());
        }
        // names that differ only in case or surrounding punctuation are the next most common cause
        Map<String, String> byLower = new HashMap<>();
        for (String h : header) {
            byLower.putIfAbsent(h.toLowerCase(Locale.ROOT), h);
        }
        List<String> described = new ArrayList<>();
        for (String m : missing) {
            String role = required.get(m);
            String near = byLower.get(m.toLowerCase(Locale.ROOT));
            described.add(Texts.quoteName(m) + " (" + role + (near != null ? "; the header has '" + Texts.quoteName(near)
                    + "', names are case-sensitive" : "") + ")");
        }
        String message = locator.at(fileName, headerLine) + ": " + missing.size()
                + (missing.size() == 1 ? " column the study needs is" : " columns the study needs are")
                + " not in the header: " + Texts.names(described, 10) + ". Expected these column names in the header row;"
                + (locator.isSheet() ? "" : " split at " + Texts.delimiter(delimiter)) + " it has " + header.size()
                + " columns: " + Texts.names(header, 10) + ".";
        return new ImportProblem(ImportProblem.Severity.ERROR, ImportProblemCodes.MISSING_COLUMNS, message, file,
                OptionalLong.of(headerLine), missing.size() == 1 ? Optional.of(missing.get(0)) : Optional.empty());
    }

    /** Splits one line with fastcsv (quotes respected); trimmed names; empty list if it cannot be read. */
    static List<String> splitLine(String line, char delimiter) {
        try {
            CsvRecord rec = CsvReader.builder().fieldSeparator(delimiter).allowExtraCharsAfterClosingQuote(true)
                    .ofSingleCsvRecord(line);
            return rec.getFields().stream().map(String::trim).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
