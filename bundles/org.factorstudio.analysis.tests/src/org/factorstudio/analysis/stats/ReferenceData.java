package org.factorstudio.analysis.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the shared reference data. The shared folder is the system property
 * {@code factorstudio.shared} if set, else {@code ../shared} next to the system property
 * {@code factorstudio.repo}, else {@code /work/shared}.
 */
final class ReferenceData {

    private ReferenceData() {
    }

    static Path sharedDir() {
        String shared = System.getProperty("factorstudio.shared");
        if (shared != null && !shared.isBlank()) {
            return Paths.get(shared);
        }
        String repo = System.getProperty("factorstudio.repo");
        if (repo != null && !repo.isBlank()) {
            return Paths.get(repo).resolve("../shared").normalize();
        }
        return Paths.get("/work/shared");
    }

    /**
     * A file of the municipal-automation example: the repository's copy under
     * {@code examples/municipal-automation} (data and {@code expected/} reference results, copied from the
     * shared reference data), else the shared folder itself.
     */
    static Path municipal(String file) {
        String repo = System.getProperty("factorstudio.repo");
        if (repo != null && !repo.isBlank()) {
            Path copy = Paths.get(repo).resolve("examples/municipal-automation").resolve(file);
            if (Files.exists(copy)) {
                return copy;
            }
        }
        return sharedDir().resolve("data/municipal-automation").resolve(file);
    }

    /** A small CSV reader: header row, UTF-8, double-quoted fields with "" escapes, no embedded newlines. */
    static List<Map<String, String>> csv(Path file, char separator) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
        List<String> header = split(lines.get(0), separator);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = split(line, separator);
            if (fields.size() != header.size()) {
                throw new IllegalStateException(file + ": " + fields.size() + " fields, header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, String>> csv(String municipalFile) {
        return csv(municipal(municipalFile), ',');
    }

    /** Header names of a CSV file, in order. */
    static List<String> header(Path file, char separator) {
        try {
            return split(Files.readAllLines(file, StandardCharsets.UTF_8).get(0), separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference number; an empty cell (R NA) is NaN. */
    static double num(String s) {
        if (s == null || s.isEmpty() || s.equals("NA")) {
            return Double.NaN;
        }
        return switch (s) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private static List<String> split(String line, char separator) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
