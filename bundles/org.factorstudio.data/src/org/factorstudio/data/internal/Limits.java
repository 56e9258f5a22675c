package org.factorstudio.data.internal;

/**
 * Size limits that keep a malformed file (an unclosed quote, a binary blob, a file without line breaks)
 * from hanging the import or exhausting the heap. Generous for survey data: 200 items need a few hundred
 * characters per row, and open-ended answers rarely exceed a few thousand.
 *
 * @param headerWindowBytes bytes read up front to detect encoding and delimiter and to read the header;
 *                          the header line must fit
 * @param maxFieldChars     longest field (fastcsv's buffer limit)
 * @param maxRecordChars    longest record, summed over its fields
 * @param fastBlockBytes    read block of the fast path; lines longer than this go the general way
 * @param minPartBytes      the fast path gives each thread a part of at least this size; smaller files
 *                          are not worth a thread
 */
public record Limits(int headerWindowBytes, int maxFieldChars, int maxRecordChars, int fastBlockBytes,
        long minPartBytes) {

    public static final Limits DEFAULT = new Limits(1 << 20, 1 << 20, 4 << 20, 4 << 20, 8L << 20);

    public Limits {
        if (headerWindowBytes < 64 || maxFieldChars < 64 || maxRecordChars < maxFieldChars || fastBlockBytes < 64
                || minPartBytes < 1) {
            throw new IllegalArgumentException("limits too small: " + this);
        }
    }
}
