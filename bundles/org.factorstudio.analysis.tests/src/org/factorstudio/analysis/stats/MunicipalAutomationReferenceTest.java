package org.factorstudio.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.factorstudio.analysis.stats.CorrelationResult.Method;

/**
 * The municipal-automation example against shared/data/municipal-automation/expected, computed with
 * R 4.2.2 (psych 2.2.9) by compute.R and checked against SciPy 1.10.1 by compare.py (largest difference
 * 1e-14). The files give 15 significant digits, so: integers exactly, index scores and descriptives to
 * 1e-12, coefficients to 1e-9 absolute, t and p-values to 1e-9 relative (p spans 1e-10 .. 1).
 */
class MunicipalAutomationReferenceTest {

    private static final double ABS = 1e-9;
    private static final double REL = 1e-9;
    private static final double SCORE_TOL = 1e-12;

    /** Likert scale of every statement (README of the example: 1..5, reversal 6 - x). */
    private static final double MIN = 1;
    private static final double MAX = 5;

    record Index(String name, String ascii, String role, List<String> items, Set<String> reversed) {
    }

    private static List<Index> indices;
    private static long[] ids;
    private static Map<String, double[]> answers;
    /** rule ("all" / "any") -> index name -> scores. */
    private static Map<String, Map<String, IndexScores>> scores;

    @BeforeAll
    static void load() {
        indices = new ArrayList<>();
        for (Map<String, String> row : ReferenceData.csv("indices.csv")) {
            String rev = row.get("reversed_items");
            indices.add(new Index(row.get("index_variable"), row.get("ascii_name"), row.get("role"),
                    List.of(row.get("items").split(" ")), rev.isEmpty() ? Set.of() : Set.of(rev.split(" "))));
        }
        assertEquals(18, indices.size());
        assertEquals("dependent", indices.get(0).role(), "the dependent index comes first");
        List<Map<String, String>> responses = ReferenceData.csv("responses.csv");
        answers = columns(responses);
        ids = responses.stream().mapToLong(r -> Long.parseLong(r.get("respondent_id"))).toArray();
        scores = new LinkedHashMap<>();
        scores.put("all", scoreAll(answers, true));
        scores.put("any", scoreAll(answers, false));
    }

    private static Map<String, double[]> columns(List<Map<String, String>> rows) {
        Map<String, double[]> out = new HashMap<>();
        for (String col : rows.get(0).keySet()) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                String s = rows.get(i).get(col);
                v[i] = col.equals("status") ? Double.NaN : ReferenceData.num(s);
            }
            out.put(col, v);
        }
        return out;
    }

    /** Rule "all": every statement answered (minValid = k); rule "any": at least one (minValid = 1). */
    private static Map<String, IndexScores> scoreAll(Map<String, double[]> data, boolean allRule) {
        Map<String, IndexScores> out = new LinkedHashMap<>();
        for (Index idx : indices) {
            int k = idx.items().size();
            double[][] members = new double[k][];
            boolean[] reversed = new boolean[k];
            for (int j = 0; j < k; j++) {
                members[j] = data.get(idx.items().get(j));
                reversed[j] = idx.reversed().contains(idx.items().get(j));
            }
            out.put(idx.name(), IndexScores.compute(members, reversed, MIN, MAX, allRule ? k : 1));
        }
        return out;
    }

    private static double[] scores(String rule, String index) {
        return scores.get(rule).get(index).scores();
    }

    private static double[][] allScores(String rule) {
        return indices.stream().map(i -> scores(rule, i.name())).toArray(double[][]::new);
    }

    // ------------------------------------------------------------------------------------------

    @Test
    void indexScoresAllRule() {
        compareScores("all", "expected/index_scores_all.csv");
    }

    @Test
    void indexScoresAnyRule() {
        compareScores("any", "expected/index_scores_any.csv");
    }

    private static void compareScores(String rule, String file) {
        List<Map<String, String>> expected = ReferenceData.csv(file);
        assertEquals(ids.length, expected.size());
        for (int r = 0; r < ids.length; r++) {
            Map<String, String> row = expected.get(r);
            assertEquals(ids[r], Long.parseLong(row.get("respondent_id")));
            for (Index idx : indices) {
                Check.near(ReferenceData.num(row.get(idx.name())), scores.get(rule).get(idx.name()).score(r), SCORE_TOL,
                        rule + " " + idx.ascii() + " respondent " + ids[r]);
            }
        }
    }

    @Test
    void rulesDifferOnlyWherePartlyAnswered() {
        // README: the rules differ for 7 indices; the all-rule loses exactly the partly answered rows
        int differing = 0;
        for (Index idx : indices) {
            IndexScores all = scores.get("all").get(idx.name());
            IndexScores any = scores.get("any").get(idx.name());
            assertEquals(any.rowsWithoutAnswers(), all.rowsWithoutAnswers());
            assertEquals(any.validScores() - all.validScores(), all.rowsLostToRule(), idx.ascii());
            differing += all.rowsLostToRule() > 0 ? 1 : 0;
        }
        assertEquals(7, differing);
    }

    @Test
    void descriptives() {
        List<Map<String, String>> expected = ReferenceData.csv("expected/descriptives.csv");
        assertEquals(36, expected.size());
        for (Map<String, String> row : expected) {
            String what = row.get("rule") + " " + row.get("ascii_name");
            Descriptives d = Descriptives.of(scores(row.get("rule"), row.get("index_variable")));
            assertEquals(Integer.parseInt(row.get("N")), d.n(), what + " N");
            Check.near(ReferenceData.num(row.get("mean")), d.mean(), SCORE_TOL, what + " mean");
            Check.near(ReferenceData.num(row.get("sd")), d.sd(), SCORE_TOL, what + " sd");
            Check.near(ReferenceData.num(row.get("variance")), d.variance(), SCORE_TOL, what + " variance");
            Check.near(ReferenceData.num(row.get("min")), d.min(), SCORE_TOL, what + " min");
            Check.near(ReferenceData.num(row.get("max")), d.max(), SCORE_TOL, what + " max");
            Check.near(ReferenceData.num(row.get("median")), d.median(), SCORE_TOL, what + " median");
            // sums reach 330 and are printed with 15 digits
            Check.relative(ReferenceData.num(row.get("sum")), d.sum(), 1e-13, what + " sum");
        }
    }

    @Test
    void itemDescriptives() {
        for (Map<String, String> row : ReferenceData.csv("expected/item_descriptives.csv")) {
            String item = row.get("item");
            double[] raw = answers.get(item);
            Descriptives d = Descriptives.of(raw);
            assertEquals(Integer.parseInt(row.get("N")), d.n(), item + " N");
            Check.near(ReferenceData.num(row.get("mean")), d.mean(), SCORE_TOL, item + " mean");
            Check.near(ReferenceData.num(row.get("sd")), d.sd(), SCORE_TOL, item + " sd");
            Check.near(ReferenceData.num(row.get("min")), d.min(), 0, item + " min");
            Check.near(ReferenceData.num(row.get("max")), d.max(), 0, item + " max");
            boolean reversed = row.get("reversed").equals("yes");
            double afterReversal = Descriptives.of(
                    IndexScores.compute(new double[][] {raw}, new boolean[] {reversed}, MIN, MAX, 1).scores()).mean();
            Check.near(ReferenceData.num(row.get("mean_after_reversal")), afterReversal, SCORE_TOL,
                    item + " mean after reversal");
        }
    }

    @Test
    void backgroundFrequencies() {
        Map<String, List<Double>> codes = new LinkedHashMap<>();
        for (Map<String, String> row : ReferenceData.csv("value-labels.csv")) {
            codes.computeIfAbsent(row.get("variable"), v -> new ArrayList<>()).add(ReferenceData.num(row.get("code")));
        }
        Map<String, Descriptives.FrequencyTable> tables = new HashMap<>();
        codes.remove("likert"); // the labels of the 1..5 answer scale, not a background variable
        for (Map.Entry<String, List<Double>> e : codes.entrySet()) {
            double[] scale = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            tables.put(e.getKey(), Descriptives.frequencies(answers.get(e.getKey()), scale));
        }
        int checked = 0;
        for (Map<String, String> row : ReferenceData.csv("expected/background_frequencies.csv")) {
            Descriptives.FrequencyTable t = tables.get(row.get("variable"));
            int count = Integer.parseInt(row.get("count"));
            if (row.get("code").isEmpty()) {
                assertEquals(count, t.missing(), row.get("variable") + " missing");
            } else {
                double code = ReferenceData.num(row.get("code"));
                int actual = t.rows().stream().filter(f -> f.value() == code).findFirst().orElseThrow().count();
                assertEquals(count, actual, row.get("variable") + " code " + row.get("code"));
            }
            checked++;
        }
        assertTrue(checked > 10);
        tables.values().forEach(t -> assertEquals(0, t.outOfScale()));
    }

    @Test
    void cronbachAlpha() {
        Map<String, Index> byName = new HashMap<>();
        indices.forEach(i -> byName.put(i.name(), i));
        for (Map<String, String> row : ReferenceData.csv("expected/alpha.csv")) {
            Index idx = byName.get(row.get("index_variable"));
            double[][] items = new double[idx.items().size()][];
            for (int j = 0; j < items.length; j++) {
                String id = idx.items().get(j);
                items[j] = IndexScores.compute(new double[][] {answers.get(id)},
                        new boolean[] {idx.reversed().contains(id)}, MIN, MAX, 1).scores();
            }
            CronbachAlpha a = CronbachAlpha.listwise(items);
            String what = idx.ascii();
            assertEquals(Integer.parseInt(row.get("n_items")), a.k(), what);
            assertEquals(Integer.parseInt(row.get("n_listwise")), a.n(), what + " n");
            if (row.get("alpha").isEmpty()) {
                assertFalse(a.isComputable(), what + " single statement: no alpha");
                continue;
            }
            Check.near(ReferenceData.num(row.get("alpha")), a.alpha(), ABS, what + " alpha");
            Check.near(ReferenceData.num(row.get("alpha_standardized")), a.standardizedAlpha(), ABS, what + " std");
            Check.near(ReferenceData.num(row.get("mean_inter_item_r")), a.meanInterItemR(), ABS, what + " rbar");
            Check.near(ReferenceData.num(row.get("psych_raw_alpha")), a.alpha(), ABS, what + " psych raw");
        }
    }

    @Test
    void spearmanVersusDependent() {
        List<Map<String, String>> expected = ReferenceData.csv("expected/spearman_vs_automatisering.csv");
        assertEquals(34, expected.size());
        String dep = indices.get(0).name();
        for (Map<String, String> row : expected) {
            String rule = row.get("rule");
            CorrelationResult r = Correlations.spearman(scores(rule, dep), scores(rule, row.get("index_variable")));
            compareSpearman(row, r, rule + " " + row.get("index_variable"));
            Check.relative(ReferenceData.num(row.get("p_one_tailed")), r.pSpssOneTailed(), REL, "p one-tailed (SPSS)");
            Check.relative(ReferenceData.num(row.get("p_greater")), r.pOneTailed(Direction.POSITIVE), REL, "p greater");
        }
    }

    private static void compareSpearman(Map<String, String> row, CorrelationResult r, String what) {
        assertEquals(Integer.parseInt(row.get("n")), r.n(), what + " n");
        assertEquals(ReferenceData.num(row.get("df")), r.df(), 0, what + " df");
        Check.near(ReferenceData.num(row.get("rho")), r.coefficient(), ABS, what + " rho");
        Check.relative(ReferenceData.num(row.get("t")), r.statistic(), REL, what + " t");
        Check.relative(ReferenceData.num(row.get("p_two_tailed")), r.pTwoTailed(), REL, what + " p");
    }

    @Test
    void spearmanMatrixLongForm() {
        List<Map<String, String>> expected = ReferenceData.csv("expected/spearman_matrix_long.csv");
        assertEquals(2 * 18 * 18, expected.size());
        Map<String, LikertSpearmanMatrix> fast = new HashMap<>();
        for (String rule : scores.keySet()) {
            fast.put(rule, codedMatrix(allScores(rule)));
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < indices.size(); i++) {
            position.put(indices.get(i).name(), i);
        }
        for (Map<String, String> row : expected) {
            String rule = row.get("rule");
            int i = position.get(row.get("var1"));
            int j = position.get(row.get("var2"));
            String what = rule + " " + row.get("var1") + " x " + row.get("var2");
            LikertSpearmanMatrix m = fast.get(rule);
            if (i == j) {
                // diagonal: rho 1, n = N of the variable, no p
                assertEquals(1, ReferenceData.num(row.get("rho")), 0);
                assertEquals(Integer.parseInt(row.get("n")), scores.get(rule).get(row.get("var1")).validScores(), what);
                assertEquals(Integer.parseInt(row.get("n")), m.n(i, j), what + " fast n");
                assertEquals(1, m.rho(i, j), 0, what + " fast rho");
                assertTrue(Double.isNaN(m.pTwoTailed(i, j)));
                continue;
            }
            compareSpearman(row, Correlations.spearman(scores(rule, row.get("var1")), scores(rule, row.get("var2"))),
                    what);
            compareSpearman(row, m.result(i, j), what + " (fast path)");
        }
    }

    /**
     * Spearman only sees ranks, so coding each column's distinct values 1..K in ascending order
     * changes nothing; this lets the Likert fast path be checked against R on real index scores.
     */
    private static LikertSpearmanMatrix codedMatrix(double[][] columns) {
        byte[][] codes = new byte[columns.length][];
        int k = 1;
        for (int c = 0; c < columns.length; c++) {
            double[] distinct = Arrays.stream(columns[c]).filter(v -> !Double.isNaN(v)).sorted().distinct().toArray();
            k = Math.max(k, distinct.length);
            codes[c] = new byte[columns[c].length];
            for (int r = 0; r < columns[c].length; r++) {
                double v = columns[c][r];
                codes[c][r] = Double.isNaN(v) ? 0 : (byte) (Arrays.binarySearch(distinct, v) + 1);
            }
        }
        assertTrue(k <= Byte.MAX_VALUE);
        return LikertSpearmanMatrix.compute(codes, k);
    }

    @Test
    void partialCorrelationsVersusDependent() {
        List<Map<String, String>> expected = ReferenceData.csv("expected/partial_vs_automatisering.csv");
        assertEquals(68, expected.size());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < indices.size(); i++) {
            position.put(indices.get(i).name(), i);
        }
        Map<String, List<PartialCorrelation.ColumnResult>> computed = new HashMap<>();
        for (String rule : scores.keySet()) {
            computed.put(rule + " spearman", PartialCorrelation.againstTarget(allScores(rule), 0, Method.SPEARMAN));
            computed.put(rule + " pearson", PartialCorrelation.againstTarget(allScores(rule), 0, Method.PEARSON));
        }
        for (Map<String, String> row : expected) {
            String key = row.get("rule") + " " + row.get("method");
            int j = position.get(row.get("index_variable"));
            CorrelationResult r = computed.get(key).stream().filter(c -> c.column() == j).findFirst().orElseThrow()
                    .result();
            String what = key + " " + row.get("index_variable");
            assertEquals(Integer.parseInt(row.get("n")), r.n(), what + " n");
            assertEquals(Integer.parseInt(row.get("k_controls")), r.controls(), what + " k");
            assertEquals(ReferenceData.num(row.get("df")), r.df(), 0, what + " df");
            Check.near(ReferenceData.num(row.get("partial_r")), r.coefficient(), ABS, what + " r");
            Check.relative(ReferenceData.num(row.get("t")), r.statistic(), REL, what + " t");
            Check.relative(ReferenceData.num(row.get("p_two_tailed")), r.pTwoTailed(), REL, what + " p2");
            Check.relative(ReferenceData.num(row.get("p_one_tailed")), r.pSpssOneTailed(), REL, what + " p1");
            Check.relative(ReferenceData.num(row.get("p_greater")), r.pOneTailed(Direction.POSITIVE), REL,
                    what + " p greater");
        }
    }

    @Test
    void rawExportOutOfRangeCellIsNotAveragedIn() {
        // results.json raw_export (compute.R): one cell out of range, respondent 1347 q45 = 55. With the cell
        // set to missing, rule "all" gives Maal_Om_Digitalisering N 72, mean 4.11904761904762,
        // sd 0.543058312826196 ("descriptives_if_bad_cell_set_missing_rule_all"); a tool that averaged it in
        // would report N 73, mean 4.22113502935421, max 11.5714285714286.
        List<Map<String, String>> raw = ReferenceData.csv(ReferenceData.municipal("responses-raw-export.csv"), ';');
        assertEquals(420, raw.size());
        Map<String, double[]> data = columns(raw);
        Index goals = indices.stream().filter(i -> i.ascii().equals("Maal_Om_Digitalisering")).findFirst()
                .orElseThrow();
        IndexScores s = scoreAll(data, true).get(goals.name());
        assertEquals(1, s.outOfScaleCells());
        Descriptives d = Descriptives.of(s.scores());
        assertEquals(72, d.n());
        assertEquals(4.11904761904762, d.mean(), SCORE_TOL);
        assertEquals(0.543058312826196, d.sd(), SCORE_TOL);
        assertEquals(5, d.max(), 0);
        assertEquals(420 - 72, s.missingScores());
    }
}
