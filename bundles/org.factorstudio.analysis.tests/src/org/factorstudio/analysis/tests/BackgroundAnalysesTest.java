package org.factorstudio.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.analysis.stats.KruskalWallis;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.study.Study;
import org.factorstudio.analysis.stats.LinearRegression;
import org.factorstudio.analysis.stats.MannWhitney;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run background}, {@code run group_comparison(by = ...)} and {@code run regression} on a small study: the
 * tables hold what the statistics classes (tested against R in the stats package) give on the index scores, and
 * each problem the analyses report has a study that triggers it and one that does not.
 */
class BackgroundAnalysesTest {

	private static final String PREFIX = "org.factorstudio.analysis.background.";

	/** 40 respondents; A and B of two statements, the dependent D of one; region coded 1, 2 (3 declared, unused). */
	private static String data() {
		StringBuilder csv = new StringBuilder("id,region,sex,size,single,a1,a2,b1,b2,d1\n");
		for (int i = 0; i < 40; i++) {
			int region = i % 4 == 3 ? 4 : 1 + i % 2;
			int a1 = 1 + (i * 7) % 5;
			int a2 = 1 + (i * 3 + region) % 5;
			int b1 = 1 + (i * 11 + 2) % 5;
			int b2 = 1 + (i + region * 2) % 5;
			int d1 = 1 + (a1 + b2 + i % 3) % 5;
			csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.1f,1,%d,%d,%d,%d,%d%n", 100 + i,
					i == 13 ? "" : Integer.toString(region), 1 + i % 2, 10 + i * 0.7, a1, a2, b1, b2,
					d1));
		}
		return csv.toString();
	}

	private static StudyResults run(Path dir, String runs) throws IOException {
		return AnalysisEngineTest.run(write(dir, runs));
	}

	private static Path write(Path dir, String runs) throws IOException {
		return write(dir, runs, s -> s);
	}

	/** The study with {@code runs} in its plan, changed by {@code edit} before it is written. */
	private static Path write(Path dir, String runs, java.util.function.UnaryOperator<String> edit) throws IOException {
		Files.writeString(dir.resolve("data.csv"), data(), StandardCharsets.UTF_8);
		Path study = dir.resolve("groups.study");
		Files.writeString(study, edit.apply("""
				study Groups
				scale Likert5 1..5
				scale Regions { 1 = "North" 2 = "South" 3 = "West" 4 = "East" 5 = "Islands" }
				indicators scale Likert5 { a1 a2 b1 b2 d1 }
				index A = a1, a2
				index B = b1, b2
				index D = d1
				dependent D
				area Org { factor FA measured by A factor FB measured by B }
				data "data.csv" {
					id id
					background region, sex, size, single
					labels region = Regions
				}
				analysis { method spearman tails two correction holm %s }
				""".formatted(runs)), StandardCharsets.UTF_8);
		return study;
	}

	private static List<String> codes(StudyResults results) {
		return results.getProblems().stream().map(p -> p.getCode()).toList();
	}

	private static ResultTable table(StudyResults results, String titleStart) {
		List<ResultTable> found = results.getTables().stream().filter(t -> t.getTitle().startsWith(titleStart)).toList();
		assertEquals(1, found.size(), () -> "tables: " + results.getTables().stream().map(ResultTable::getTitle).toList());
		return found.get(0);
	}

	private static double number(ResultRow row, int column) {
		Double value = row.getCells().get(column).getNumber();
		return value == null ? Double.NaN : value;
	}

	@Test
	void backgroundColumnsAreTabulatedWithTheirLabels(@TempDir Path dir) throws IOException {
		StudyResults results = run(dir, "run background");
		ResultTable region = table(results, "Frequencies of region");
		List<String> values = region.getRows().stream().map(r -> r.getCells().get(0).getText()).toList();
		// the declared codes 3 and 5 nobody chose are listed too, then missing and total
		assertEquals(List.of("1", "2", "3", "4", "5", "missing", "total"), values);
		assertEquals("North", region.getRows().get(0).getCells().get(1).getText());
		assertEquals("Islands", region.getRows().get(4).getCells().get(1).getText());
		assertEquals(0, number(region.getRows().get(2), 2));
		assertEquals(1, number(region.getRows().get(5), 2), "respondent 113 has no region");
		assertEquals(40, number(region.getRows().get(6), 2));
		double counted = 0;
		for (int i = 0; i < 5; i++) {
			counted += number(region.getRows().get(i), 2);
		}
		assertEquals(39, counted);
		// sex and single are codes without labels; size has decimals: descriptives
		table(results, "Frequencies of sex");
		table(results, "Frequencies of single");
		ResultTable numeric = table(results, "Background variables: descriptives");
		assertEquals(1, numeric.getRows().size());
		assertEquals("size", numeric.getRows().get(0).getCells().get(0).getText());
		assertEquals(10 + 39 * 0.7 / 2, number(numeric.getRows().get(0), 3), 1e-12, "mean of size");
	}

	@Test
	void moreThanTwoGroupsGetKruskalWallis(@TempDir Path dir) throws IOException {
		StudyResults results = run(dir, "run group_comparison(by = region, correlations = yes)");
		assertTrue(codes(results).stream().noneMatch(c -> c.startsWith(PREFIX)), () -> codes(results).toString());
		ResultTable tests = table(results, "Index variables by region: Kruskal-Wallis");
		assertEquals(3, tests.getRows().size());
		assertEquals("A", tests.getRows().get(0).getCells().get(0).getText());
		// independent: the same test on the scores recomputed here
		double[][] scores = scores();
		String[] region = column("region");
		for (int index = 0; index < 3; index++) {
			List<double[]> groups = new ArrayList<>();
			for (String g : List.of("1", "2", "4")) {
				List<Double> values = new ArrayList<>();
				for (int r = 0; r < 40; r++) {
					if (g.equals(region[r])) {
						values.add(scores[index][r]);
					}
				}
				groups.add(values.stream().mapToDouble(Double::doubleValue).toArray());
			}
			KruskalWallis kw = KruskalWallis.test(groups);
			ResultRow row = tests.getRows().get(index);
			assertEquals(kw.n(), number(row, 2));
			assertEquals(3, number(row, 3));
			assertEquals(kw.h(), number(row, 4), 1e-12);
			assertEquals(2, number(row, 5));
			assertEquals(kw.p(), number(row, 6), 1e-12);
			assertEquals(kw.epsilonSquared(), number(row, 8), 1e-12);
		}
		assertEquals(List.of("index", "test", "n", "groups", "H", "df", "p", "p adj.", "epsilon squared", "note"),
				tests.getColumns().stream().map(c -> c.getName()).toList());
		ResultTable descriptives = table(results, "Index variables by region: n, mean");
		assertEquals(3 * 3, descriptives.getRows().size(), "3 indices x the 3 groups with respondents");
		assertEquals("East", descriptives.getRows().get(2).getCells().get(2).getText());
		ResultTable within = table(results, "Correlations with D within each region group");
		assertEquals(3 * 2, within.getRows().size(), "3 groups x 2 factors");
	}

	@Test
	void twoGroupsGetMannWhitney(@TempDir Path dir) throws IOException {
		StudyResults results = run(dir, "run group_comparison(by = sex)");
		ResultTable tests = table(results, "Index variables by sex: Mann-Whitney");
		double[][] scores = scores();
		String[] sex = column("sex");
		for (int index = 0; index < 3; index++) {
			List<Double> first = new ArrayList<>();
			List<Double> second = new ArrayList<>();
			for (int r = 0; r < 40; r++) {
				(sex[r].equals("1") ? first : second).add(scores[index][r]);
			}
			MannWhitney mw = MannWhitney.test(first.stream().mapToDouble(Double::doubleValue).toArray(),
					second.stream().mapToDouble(Double::doubleValue).toArray());
			ResultRow row = tests.getRows().get(index);
			assertEquals(mw.w(), number(row, 4), 1e-12);
			assertEquals(mw.u(), number(row, 5), 1e-12);
			assertEquals(mw.p(), number(row, 7), 1e-12);
			assertEquals(mw.rankBiserial(), number(row, 9), 1e-12);
		}
	}

	@Test
	void severalColumnsInOneRequest(@TempDir Path dir) throws IOException {
		StudyResults results = run(dir, "run group_comparison(by = \"region, sex\")");
		table(results, "Index variables by region: Kruskal-Wallis");
		table(results, "Index variables by sex: Mann-Whitney");
	}

	@Test
	void theGroupColumnMustBeCategorical(@TempDir Path dir) throws IOException {
		assertTrue(codes(run(dir, "run group_comparison(by = size)")).contains(PREFIX + "notCategorical"));
		assertFalse(codes(run(dir, "run group_comparison(by = region)")).contains(PREFIX + "notCategorical"));
	}

	@Test
	void theGroupColumnNeedsTwoGroups(@TempDir Path dir) throws IOException {
		assertTrue(codes(run(dir, "run group_comparison(by = single)")).contains(PREFIX + "tooFewGroups"));
		assertFalse(codes(run(dir, "run group_comparison(by = sex)")).contains(PREFIX + "tooFewGroups"));
	}

	@Test
	void theGroupColumnMustBeADeclaredBackgroundColumn(@TempDir Path dir) throws IOException {
		// the language rejects this too (StudyValidationTest); the engine says so when run without validation
		Path file = write(dir, "run group_comparison(by = sex)");
		Study study = StudyLoader.create().withoutDataChecks().load(file).study();
		study.getPlan().getAnalyses().get(0).getParameters().get(0).setValue("a1");
		StudyResults unknown = AnalysisEngine.builtIn().run(study, file, new NullProgressMonitor());
		assertTrue(codes(unknown).contains(PREFIX + "unknownColumn"), () -> codes(unknown).toString());
		assertFalse(codes(run(dir, "run group_comparison(by = sex)")).contains(PREFIX + "unknownColumn"));
		assertTrue(codes(run(dir, "run group_comparison")).contains(PREFIX + "noGroupColumn"));
		assertFalse(codes(run(dir, "run group_comparison(by = sex)")).contains(PREFIX + "noGroupColumn"));
	}

	@Test
	void regressionOfTheDependentOnTheFactors(@TempDir Path dir) throws IOException {
		StudyResults results = run(dir, "run regression(level = 0.9)");
		ResultTable coefficients = table(results, "Regression of D on the factors: coefficients");
		double[][] scores = scores();
		LinearRegression fit = LinearRegression.fit(scores[2], new double[][] { scores[0], scores[1] }, 0.9);
		assertEquals(List.of("(Intercept)", "A", "B"),
				coefficients.getRows().stream().map(r -> r.getCells().get(0).getText()).toList());
		assertEquals("90% CI lower", coefficients.getColumns().get(6).getName());
		for (int j = 0; j < 3; j++) {
			ResultRow row = coefficients.getRows().get(j);
			LinearRegression.Term term = fit.terms().get(j);
			assertEquals(term.b(), number(row, 1), 1e-12);
			assertEquals(term.se(), number(row, 2), 1e-12);
			assertEquals(term.p(), number(row, 5), 1e-12);
			assertEquals(term.lower(), number(row, 6), 1e-12);
		}
		ResultTable model = table(results, "Regression of D on the factors: model");
		assertEquals(40, number(model.getRows().get(0), 0));
		assertEquals(fit.rSquared(), number(model.getRows().get(0), 1), 1e-12);
	}

	@Test
	void backgroundWithoutDeclaredColumnsIsAWarning(@TempDir Path dir) throws IOException {
		Path file = write(dir, "run background", s -> s.replace("background region, sex, size, single", "")
				.replace("labels region = Regions", ""));
		assertTrue(codes(AnalysisEngineTest.run(file)).contains(PREFIX + "noneDeclared"));
		assertFalse(codes(run(dir, "run background")).contains(PREFIX + "noneDeclared"));
	}

	@Test
	void regressionNeedsADependent(@TempDir Path dir) throws IOException {
		Path file = write(dir, "run regression", s -> s.replace("dependent D", ""));
		assertTrue(codes(AnalysisEngineTest.run(file)).contains(PREFIX + "noDependent"));
		assertFalse(codes(run(dir, "run regression")).contains(PREFIX + "noDependent"));
	}

	@Test
	void collinearFactorsAreNamedNotEstimated(@TempDir Path dir) throws IOException {
		// B measured by the same statements as A: the same scores, a singular regression
		Path file = write(dir, "run regression", s -> s.replace("index B = b1, b2", "index B = a2, a1"));
		StudyResults collinear = AnalysisEngineTest.run(file);
		assertTrue(codes(collinear).contains(PREFIX + "regressionNotComputable"), () -> codes(collinear).toString());
		assertTrue(collinear.getTables().stream().noneMatch(t -> "regression".equals(t.getAnalysisId())));
		assertTrue(collinear.getProblems().stream().anyMatch(p -> p.getMessage().contains("linearly dependent")));
		assertFalse(codes(run(dir, "run regression")).contains(PREFIX + "regressionNotComputable"));
	}

	@Test
	void aCorrelationsValueThatDoesNotExistIsAnError(@TempDir Path dir) throws IOException {
		String invalid = "org.factorstudio.analysis.measurement.invalidParameter";
		assertTrue(codes(run(dir, "run group_comparison(by = sex, correlations = maybe)")).contains(invalid));
		assertFalse(codes(run(dir, "run group_comparison(by = sex, correlations = no)")).contains(invalid));
	}

	/** The index scores A, B, D recomputed from the generated data (every statement answered). */
	private static double[][] scores() {
		String[] lines = data().split("\n");
		double[][] scores = new double[3][40];
		for (int r = 0; r < 40; r++) {
			String[] f = lines[r + 1].split(",", -1);
			scores[0][r] = (Double.parseDouble(f[5]) + Double.parseDouble(f[6])) / 2;
			scores[1][r] = (Double.parseDouble(f[7]) + Double.parseDouble(f[8])) / 2;
			scores[2][r] = Double.parseDouble(f[9]);
		}
		return scores;
	}

	private static String[] column(String name) {
		String[] lines = data().split("\n");
		int c = List.of(lines[0].split(",")).indexOf(name);
		String[] out = new String[40];
		for (int r = 0; r < 40; r++) {
			out[r] = lines[r + 1].split(",", -1)[c];
		}
		return out;
	}
}
