package org.factorstudio.analysis.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measurement reference data of {@code data/measurement/} in this test bundle, written by its
 * {@code make-references.R} (R 4.2.2; package versions in {@code versions.csv}, and per value in the
 * {@code source} column of {@code references.csv}), and by {@code make-references-msqr.R}
 * ({@code references-msqr.csv}: psychTools' msqR and psych's omega_t).
 */
final class MeasurementData {

	private static Map<String, Double> references;

	private MeasurementData() {
	}

	static Path folder() {
		Path candidate = Path.of("").toAbsolutePath();
		while (candidate != null) {
			Path here = candidate.resolve("data/measurement");
			if (Files.isDirectory(here)) {
				return here;
			}
			Path inRepo = candidate.resolve("bundles/org.factorstudio.analysis.tests/data/measurement");
			if (Files.isDirectory(inRepo)) {
				return inRepo;
			}
			candidate = candidate.getParent();
		}
		throw new IllegalStateException("data/measurement not found above " + Path.of("").toAbsolutePath());
	}

	/** A reference value by dataset, quantity, row and column (empty strings where R wrote none). */
	static synchronized double ref(String dataset, String quantity, String row, String column) {
		if (references == null) {
			Map<String, Double> values = new HashMap<>();
			for (String file : List.of("references.csv", "references-msqr.csv")) {
				for (Map<String, String> r : ReferenceData.csv(folder().resolve(file), ',')) {
					values.put(key(r.get("dataset"), r.get("quantity"), r.get("row"), r.get("column")),
							ReferenceData.num(r.get("value")));
				}
			}
			references = values;
		}
		Double value = references.get(key(dataset, quantity, row, column));
		if (value == null) {
			throw new IllegalArgumentException("no reference " + key(dataset, quantity, row, column));
		}
		return value;
	}

	static double ref(String dataset, String quantity, String row) {
		return ref(dataset, quantity, row, "");
	}

	static double ref(String dataset, String quantity) {
		return ref(dataset, quantity, "", "");
	}

	private static String key(String... parts) {
		return String.join("|", parts);
	}

	/** Columns of a CSV file as numbers (empty or NA = NaN), in the order asked for. */
	static double[][] columns(Path file, List<String> names) {
		List<Map<String, String>> rows = ReferenceData.csv(file, ',');
		double[][] out = new double[names.size()][rows.size()];
		for (int j = 0; j < names.size(); j++) {
			for (int r = 0; r < rows.size(); r++) {
				String cell = rows.get(r).get(names.get(j));
				if (cell == null) {
					throw new IllegalArgumentException(file + " has no column " + names.get(j));
				}
				out[j][r] = ReferenceData.num(cell);
			}
		}
		return out;
	}

	/** The columns restricted to the rows where all are present. */
	static double[][] complete(double[][] columns) {
		return ConfirmatoryFactorAnalysis.rows(columns, Listwise.completeRows(columns));
	}

	static final List<String> SAI_ITEMS = List.of("calm", "secure", "tense", "regretful", "at.ease", "upset",
			"worrying", "rested", "anxious", "comfortable", "confident", "nervous", "jittery", "high.strung",
			"relaxed", "content", "worried", "rattled", "joyful", "pleasant");
	/** Reverse-keyed for state anxiety (5 - x on 1..4), as in make-references.R. */
	static final List<String> SAI_POSITIVE = List.of("calm", "secure", "at.ease", "rested", "comfortable",
			"confident", "relaxed", "content", "joyful", "pleasant");

	/** psychTools::sai, time 1 of every study, positive items reversed. */
	static double[][] saiKeyed() {
		return keyed(columns(folder().resolve("sai-time1.csv"), SAI_ITEMS), SAI_ITEMS, SAI_POSITIVE, 5);
	}

	/** The columns with the listed items turned on their scale: {@code turn - x}. */
	private static double[][] keyed(double[][] x, List<String> items, List<String> turned, double turn) {
		for (int j = 0; j < x.length; j++) {
			if (turned.contains(items.get(j))) {
				for (int r = 0; r < x[j].length; r++) {
					x[j][r] = turn - x[j][r];
				}
			}
		}
		return x;
	}

	static final List<String> PROCESS = List.of("q58", "q59", "q61", "q63", "q65", "q66", "q67", "q70");
	static final List<String> LEADERSHIP = List.of("q12", "q32", "q33", "q34", "q35", "q62");
	static final List<String> GOALS = List.of("q01", "q02", "q07", "q28", "q44", "q45", "q49");

	/** Items of the example's responses.csv; q67 reversed (6 - x), as in its study. */
	static double[][] municipal(List<String> items) {
		return keyed(columns(ReferenceData.municipal("responses.csv"), items), items, List.of("q67"), 6);
	}

	static List<String> hsItems() {
		return List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9");
	}

	static double[][] hs1939() {
		return columns(folder().resolve("hs1939.csv"), hsItems());
	}

	static final List<String> MSQR_EA = List.of("active", "energetic", "vigorous", "wakeful", "wide.awake",
			"full.of.pep", "lively", "sleepy", "tired", "drowsy");
	static final List<String> MSQR_TA = List.of("tense", "clutched.up", "fearful", "jittery", "intense", "at.rest",
			"calm", "relaxed", "at.ease", "placid");
	private static final List<String> MSQR_NEGATIVE = List.of("sleepy", "tired", "drowsy", "at.rest", "calm",
			"relaxed", "at.ease", "placid");

	/** psychTools::msqR, first administration, the scale's statements with the negatively keyed reversed (3 - x). */
	static double[][] msqrKeyed(List<String> items) {
		return keyed(columns(folder().resolve("msqr-time1.csv"), items), items, MSQR_NEGATIVE, 3);
	}
}
