package org.factorstudio.data.internal;

import java.util.List;

/**
 * How the fields of a record bind to the specification: one role per header position. Built once per
 * import from the header and shared by the general and the fast reading path, so both bind identically.
 */
final class ColumnPlan {

    static final byte UNUSED = 0;
    static final byte ITEM = 1;
    static final byte ID = 2;
    static final byte STATUS = 3;
    static final byte AUX = 4;

    /** Header names as found (trimmed). */
    final List<String> header;
    /** Line of the header record. */
    final long headerLine;
    /** Role of each field position. */
    final byte[] roles;
    /** Item index for ITEM, auxiliary index for AUX, else -1. */
    final int[] targets;
    /** Items in specification order. */
    final ItemRule[] items;
    /** Auxiliary column names in specification order. */
    final List<String> auxColumns;
    final int idField;
    final int statusField;
    final List<String> unusedColumns;

    ColumnPlan(List<String> header, long headerLine, byte[] roles, int[] targets, ItemRule[] items,
            List<String> auxColumns, int idField, int statusField, List<String> unusedColumns) {
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        this.roles = roles;
        this.targets = targets;
        this.items = items;
        this.auxColumns = List.copyOf(auxColumns);
        this.idField = idField;
        this.statusField = statusField;
        this.unusedColumns = List.copyOf(unusedColumns);
    }

    int width() {
        return roles.length;
    }

    /** Field position of an item (index into {@link #items}), or -1. */
    int itemField(int item) {
        for (int f = 0; f < roles.length; f++) {
            if (roles[f] == ITEM && targets[f] == item) {
                return f;
            }
        }
        return -1;
    }

    /** Header name of a field position. */
    String columnName(int field) {
        return header.get(field);
    }
}
