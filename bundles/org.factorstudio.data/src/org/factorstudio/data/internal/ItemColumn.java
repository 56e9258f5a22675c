package org.factorstudio.data.internal;

import java.util.Arrays;

/**
 * A growing item column for the general reading path. Starts as byte codes when the item's range fits
 * (see {@link org.factorstudio.data.Dataset}) and switches to doubles the first time a value is not an
 * integer, so a 1..5 item costs one byte per row unless the file really holds fractions.
 */
final class ItemColumn {

    private final ItemRule rule;
    private byte[] codes;
    private double[] values;
    private int size;

    ItemColumn(ItemRule rule) {
        this.rule = rule;
        if (rule.coded) {
            codes = new byte[64];
        } else {
            values = new double[64];
        }
    }

    /** Appends a valid value; {@code code} is the rule's classification of it. */
    void add(double value, int code) {
        if (codes != null) {
            if (code >= 1) {
                ensure();
                codes[size++] = (byte) code;
                return;
            }
            toDoubles();
        }
        ensure();
        values[size++] = value;
    }

    void addMissing() {
        ensure();
        if (codes != null) {
            codes[size++] = 0;
        } else {
            values[size++] = Double.NaN;
        }
    }

    boolean isCoded() {
        return codes != null;
    }

    /** The cells: byte[] or double[], possibly longer than {@link #size()}. */
    Object array() {
        return codes != null ? codes : values;
    }

    int size() {
        return size;
    }

    private void ensure() {
        int capacity = codes != null ? codes.length : values.length;
        if (size == capacity) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 16L, capacity * 2L);
            if (codes != null) {
                codes = Arrays.copyOf(codes, grown);
            } else {
                values = Arrays.copyOf(values, grown);
            }
        }
    }

    private void toDoubles() {
        values = new double[Math.max(64, codes.length)];
        for (int r = 0; r < size; r++) {
            values[r] = codes[r] == 0 ? Double.NaN : codes[r] + rule.offset;
        }
        codes = null;
    }
}
