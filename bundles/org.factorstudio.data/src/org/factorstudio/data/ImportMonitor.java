package org.factorstudio.data;

/**
 * Progress and cancellation for an import, kept free of Eclipse types so that the import runs in plain
 * tests; the UI adapts it to a {@code SubMonitor}. Importers call it only from the thread that called
 * {@code read}, so implementations need not be thread-safe.
 */
public interface ImportMonitor {

    /** A monitor that ignores progress and never cancels. */
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /**
     * Reports progress in bytes of the file; called a few times per second at most.
     *
     * @param done  bytes processed so far
     * @param total file size in bytes
     */
    void worked(long done, long total);

    /** Polled regularly; once it returns true the import stops and returns a cancelled result. */
    boolean isCanceled();
}
