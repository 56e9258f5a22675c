package org.factorstudio.data.internal;

/**
 * Receives a table record by record, field by field, as character slices that are only valid during
 * the call. The seam between reading a format and binding to a specification: the CSV reader drives it
 * from fastcsv's callbacks, and a spreadsheet reader (XLSX) would drive it from sheet rows, so binding,
 * validation and the report are the same whatever the format.
 */
public interface RecordSink {

    /** A record starts on this 1-based line. The first record is the header. */
    void beginRecord(long line);

    /**
     * A field of the current record.
     *
     * @param index  0-based position in the record
     * @param buf    characters; valid only during this call
     * @param offset start of the field in {@code buf}
     * @param length length of the field
     * @param quoted whether the field was quoted in the file
     */
    void field(int index, char[] buf, int offset, int length, boolean quoted);

    /**
     * The current record ends.
     *
     * @param fieldCount number of fields it had
     * @return false to stop reading (a fatal problem was found)
     */
    boolean endRecord(int fieldCount);
}
