package org.factorstudio.analysis.stats;

import static org.factorstudio.analysis.stats.GroupsData.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.PartialCorrelation;
import org.factorstudio.model.results.Problem;
import org.factorstudio.model.results.ResultRow;
import org.factorstudio.model.results.ResultTable;
import org.factorstudio.model.results.Severity;
import org.factorstudio.model.results.StudyResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The background analyses of the example (examples/municipal-automation/municipal-automation-groups.study)
 * through the engine: frequencies with the value labels against the example's expected counts, the group
 * comparisons by county and population band, the regression and the partial correlations' intervals against R
 * (data/groups/make-references.R; 1e-9, counts exact).
 */
class GroupsExampleTest {

	private static StudyResults results;
	/** study name of each index -> the ASCII name the R script uses */
	private static final Map<String, String> ASCII = new HashMap<>();

	@BeforeAll
	static void runTheExample() {
		Path file = Path.of(ReferenceData.municipal("responses.csv").getParent().toString(),
				"municipal-automation-groups.study");
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(file);
		assertTrue(!loaded.hasErrors(), () -> "study errors: " + loaded.errors());
		results = AnalysisEngine.builtIn().run(loaded.study(), file, new NullProgressMonitor());
		for (Map<String, String> row : ReferenceData.csv("indices.csv")) {
			ASCII.put(row.get("index_variable"), row.get("ascii_name"));
		}
	}

	private static ResultTable table(String title) {
		return results.getTables().stream().filter(t -> t.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no table '" + title + "' in "
						+ results.getTables().stream().map(ResultTable::getTitle).toList()));
	}

	private static double number(ResultTable table, ResultRow row, String column) {
		for (int i = 0; i < table.getColumns().size(); i++) {
			if (table.getColumns().get(i).getName().equals(column)) {
				Double value = row.getCells().get(i).getNumber();
				assertTrue(value != null, column + " not computable in " + table.getTitle());
				return value;
			}
		}
		throw new AssertionError("no column " + column + " in " + table.getTitle());
	}

	@Test
	void noErrors() {
		List<Problem> errors = results.getProblems().stream().filter(p -> p.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(Problem::getMessage).toList());
	}

	@Test
	void frequenciesWithValueLabels() {
		ResultTable county = table("Frequencies of county");
		int checked = 0;
		for (Map<String, String> expected : ReferenceData.csv("expected/background_frequencies.csv")) {
			String variable = expected.get("variable");
			ResultTable t = table("Frequencies of " + variable);
			String code = expected.get("code").isEmpty() ? "missing" : expected.get("code");
			ResultRow row = t.getRows().stream().filter(r -> r.getCells().get(0).getText().equals(code)).findFirst()
					.orElseThrow(() -> new AssertionError(variable + " has no row " + code));
			assertEquals(Integer.parseInt(expected.get("count")), (int) number(t, row, "n"), variable + " " + code);
			if (!code.equals("missing")) {
				assertEquals(expected.get("label"), row.getCells().get(1).getText(), variable + " " + code);
			}
			checked++;
		}
		assertEquals(19 + 11 + 6 + 3, checked);
		// Svalbard (16) is labelled but nobody answered from there
		ResultRow svalbard = county.getRows().stream().filter(r -> r.getCells().get(0).getText().equals("16"))
				.findFirst().orElseThrow();
		assertEquals("Svalbard", svalbard.getCells().get(1).getText());
		assertEquals(0, number(county, svalbard, "n"));
	}

	@Test
	void indicesByCountyAndPopulationBand() {
		for (String column : List.of("county", "population_band")) {
			ResultTable tests = table("Index variables by " + column + ": Kruskal-Wallis tests");
			assertEquals(18, tests.getRows().size());
			for (ResultRow row : tests.getRows()) {
				String ascii = ASCII.get(row.getCells().get(0).getText());
				String what = column + " " + ascii;
				assertEquals((int) ref("municipal", "n", ascii, column), (int) number(tests, row, "n"), what);
				assertEquals((int) ref("municipal", "groups", ascii, column), (int) number(tests, row, "groups"), what);
				Check.near(ref("municipal", "kw_H", ascii, column), number(tests, row, "H"), 1e-9, what + " H");
				assertEquals((int) ref("municipal", "kw_df", ascii, column), (int) number(tests, row, "df"), what);
				Check.near(ref("municipal", "kw_p", ascii, column), number(tests, row, "p"), 1e-9, what + " p");
				Check.near(ref("municipal", "kw_eps2", ascii, column), number(tests, row, "epsilon squared"), 1e-9,
						what + " epsilon squared");
			}
			ResultTable groups = table("Index variables by " + column + ": n, mean, SD, median per group");
			int checked = 0;
			for (ResultRow row : groups.getRows()) {
				String ascii = ASCII.get(row.getCells().get(0).getText());
				String group = column + " " + row.getCells().get(1).getText();
				var n = GroupsData.find("municipal", "group_n", ascii, group);
				if (n.isEmpty()) {
					// a group where nobody has this index's score: R lists no such group
					assertEquals(0, (int) number(groups, row, "n"), ascii + " " + group);
					continue;
				}
				assertEquals(n.get().intValue(), (int) number(groups, row, "n"), ascii + " " + group);
				Check.near(ref("municipal", "group_mean", ascii, group), number(groups, row, "mean"), 1e-9, group);
				Check.near(ref("municipal", "group_median", ascii, group), number(groups, row, "median"), 1e-9, group);
				checked++;
			}
			assertTrue(checked >= 18 * 6, "checked " + checked);
		}
	}

	@Test
	void regressionOfAutomatiseringOnTheFactors() {
		ResultTable coefficients = table("Regression of Automatisering on the factors: coefficients");
		assertEquals(18, coefficients.getRows().size());
		for (ResultRow row : coefficients.getRows()) {
			String name = row.getCells().get(0).getText();
			String term = name.equals("(Intercept)") ? name : ASCII.get(name);
			String d = "municipal-regression";
			Check.near(ref(d, "B", term, ""), number(coefficients, row, "B"), 1e-9, term + " B");
			Check.near(ref(d, "SE", term, ""), number(coefficients, row, "SE"), 1e-9, term + " SE");
			Check.near(ref(d, "t", term, ""), number(coefficients, row, "t"), 1e-9, term + " t");
			Check.near(ref(d, "p", term, ""), number(coefficients, row, "p"), 1e-9, term + " p");
			Check.near(ref(d, "lower", term, ""), number(coefficients, row, "95% CI lower"), 1e-9, term + " lower");
			Check.near(ref(d, "upper", term, ""), number(coefficients, row, "95% CI upper"), 1e-9, term + " upper");
			if (!name.equals("(Intercept)")) {
				Check.near(ref(d, "beta", term, ""), number(coefficients, row, "beta"), 1e-9, term + " beta");
				Check.near(ref(d, "vif", term, ""), number(coefficients, row, "VIF"), 1e-9, term + " VIF");
			}
		}
		ResultTable model = table("Regression of Automatisering on the factors: model");
		ResultRow row = model.getRows().get(0);
		assertEquals((int) ref("municipal-regression", "n", "", ""), (int) number(model, row, "n"));
		Check.near(ref("municipal-regression", "r2", "", ""), number(model, row, "R²"), 1e-9, "R2");
		Check.near(ref("municipal-regression", "adj_r2", "", ""), number(model, row, "adjusted R²"), 1e-9, "adj R2");
		Check.near(ref("municipal-regression", "F", "", ""), number(model, row, "F"), 1e-9, "F");
		Check.near(ref("municipal-regression", "F_p", "", ""), number(model, row, "p"), 1e-9, "p of F");
	}

	@Test
	void partialCorrelationsCarryTheirInterval() {
		for (String index : List.of("Mål_Om_Digitalisering", "Samarbeid", "Prosessorientering")) {
			PartialCorrelation partial = results.getPartialCorrelations().stream().filter(p -> p.getX().equals(index))
					.findFirst().orElseThrow();
			String key = ASCII.get(index) + "~Automatisering";
			assertEquals((int) ref("municipal", "pr_spearman_n", key, ""), partial.getN());
			Check.near(ref("municipal", "pr_spearman", key, ""), partial.getR(), 1e-9, index);
			Check.near(ref("municipal", "pr_spearman_lower", key, ""), partial.getCiLower(), 1e-9, index + " lower");
			Check.near(ref("municipal", "pr_spearman_upper", key, ""), partial.getCiUpper(), 1e-9, index + " upper");
		}
	}
}
