package org.factorstudio.data.spi;

import java.util.Set;

import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;

/**
 * Reads one file format into a dataset. Contributed through the {@code org.factorstudio.data.importers}
 * extension point and chosen by {@link org.factorstudio.data.Importers}.
 *
 * <p>Contract, which the CSV importer's tests pin down and other importers should follow:
 * <ul>
 * <li>never throws: every failure, including I/O errors and bugs, comes back as an
 * {@link org.factorstudio.data.ImportProblem} in a failed result;</li>
 * <li>opens the file read-only and never changes it;</li>
 * <li>calls the monitor only from the calling thread, and returns a cancelled result soon after the
 * monitor asks for it;</li>
 * <li>binds columns by the specification exactly as the CSV importer does (exclusions, invalid-value
 * policy, report), so that the format of a file never changes the data that come out of it. An importer
 * for a new tabular format (XLSX) can reuse that binding by feeding header names and cell text to it.</li>
 * </ul>
 */
public interface DatasetImporter {

    /**
     * Stable, lower-case id used as the declared format ({@code "csv"}); the same as the id of the
     * contribution in {@code plugin.xml}.
     */
    String id();

    /** Name for the user ({@code "Excel workbook"}); the id by default. */
    default String name() {
        return id();
    }

    /** File extensions without dot, lower-case ({@code "csv"}, {@code "tsv"}). */
    Set<String> fileExtensions();

    /** Reads the specification's file. */
    ImportResult read(ImportSpec spec, ImportMonitor monitor);
}
