package org.factorstudio.data.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.Exclusion;
import org.factorstudio.data.ImportProblem;

/**
 * What a reading path hands to {@link ResultAssembler}: the kept rows' columns and everything counted
 * on the way. Mutable and package-private: it lives only between reading and assembling. Arrays may be
 * longer than {@link #rows}.
 */
final class BoundData {

    int rows;
    long rowsRead;
    /** Per item: byte[] codes or double[] values. */
    Object[] itemColumns;
    /** Per auxiliary column: double[] or String[]. */
    Object[] auxColumns;
    int[] lines;
    /** Integer ids (Long.MIN_VALUE = missing), or null. */
    long[] numericIds;
    /** Text ids (null = missing), or null. */
    String[] textIds;
    int[] rowMissing;
    long[] systemMissing;
    long[] userMissing;
    long[] invalid;
    /** Per item, per declared missing code (spec order): kept cells holding it. */
    long[][] missingCodeHits;
    final List<Exclusion> exclusions = new ArrayList<>();
    final List<CellProblem> cellProblems = new ArrayList<>();
    long cellProblemCount;
    final Map<String, Long> statusCounts = new LinkedHashMap<>();
    /** Structural problems found while reading (ragged rows, oversized records, decimal mix). */
    final List<ImportProblem> problems = new ArrayList<>();
    /** '.' or ',' if a fractional number used it, 0 if none was seen. */
    char decimalUsed;
}
