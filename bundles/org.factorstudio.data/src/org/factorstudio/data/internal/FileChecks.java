package org.factorstudio.data.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;

/** The checks every importer makes before it opens a file, worded the same way for every format. */
final class FileChecks {

    private FileChecks() {
    }

    /**
     * @param kind what the file should be, without article ("CSV file", "XLSX workbook")
     */
    static void check(Path file, String kind) throws ImportFailure {
        String name = HeaderBinder.fileName(file);
        String a = kind.matches("(?i)[aeiox].*") ? "an " : "a ";
        if (!Files.exists(file)) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.FILE_NOT_FOUND, name + " does not exist ("
                    + file.toAbsolutePath() + "). Expected an existing " + kind + "; was it moved or renamed?", file));
        }
        if (Files.isDirectory(file)) {
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.NOT_A_FILE, name + " is a directory ("
                    + file.toAbsolutePath() + "). Expected " + a + kind + ".", file));
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO or device could block forever or never end
            throw new ImportFailure(ImportProblem.error(ImportProblemCodes.NOT_A_FILE, name + " is not a regular file"
                    + " (a device, pipe or socket: " + file.toAbsolutePath() + "). Expected " + a + kind + ".", file));
        }
    }
}
