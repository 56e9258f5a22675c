package org.factorstudio.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.Importers;
import org.factorstudio.data.ItemSpec;
import org.factorstudio.model.results.MissingShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report as the results model (and so results.json) carries it. Issue 12, item 12:
 * {@code importReport.respondentMissing} was computed by the import but never copied, so it was always
 * empty.
 */
class ImportReportsTest {

	private static ImportResult importCsv(Path dir, String text, boolean withIds) throws IOException {
		Path file = Files.writeString(dir.resolve("answers.csv"), text);
		List<ItemSpec> items = List.of(ItemSpec.of("q1", 1, 5).withMissingCodes(9), ItemSpec.of("q2", 1, 5),
		        ItemSpec.of("q3", 1, 5), ItemSpec.of("q4", 1, 5));
		ImportSpec spec = ImportSpec.of(file, items);
		return Importers.builtIn().read(withIds ? spec.withIdColumn("id") : spec, ImportMonitor.NONE);
	}

	@Test
	void respondentMissingHasOneEntryPerKeptRespondent(@TempDir Path dir) throws IOException {
		ImportResult result = importCsv(dir, "id;q1;q2;q3;q4\n" + "11;1;2;3;4\n" + "12;9;;3;4\n" + "13;;;;\n"
				+ "14;;;;1\n", true);
		assertTrue(result.succeeded(), () -> result.problems().toString());
		List<MissingShare> missing = ImportReports.toModel(result.report()).getRespondentMissing();
		// respondent 13 answered nothing and is excluded; the others in file order
		assertEquals(List.of("11", "12", "14"), missing.stream().map(MissingShare::getName).toList());
		assertEquals(List.of(0, 2, 3), missing.stream().map(MissingShare::getMissing).toList());
		assertTrue(missing.stream().allMatch(m -> m.getTotal() == 4));
		assertEquals(List.of(0.0, 0.5, 0.75), missing.stream().map(MissingShare::getShare).toList());
	}

	@Test
	void withoutIdsRespondentsAreNamedByTheirLine(@TempDir Path dir) throws IOException {
		ImportResult result = importCsv(dir, "q1;q2;q3;q4\n1;2;3;4\n\n;;;5\n", false);
		assertTrue(result.succeeded(), () -> result.problems().toString());
		List<MissingShare> missing = ImportReports.toModel(result.report()).getRespondentMissing();
		assertEquals(List.of("line 2", "line 4"), missing.stream().map(MissingShare::getName).toList());
		assertEquals(List.of(0, 3), missing.stream().map(MissingShare::getMissing).toList());
	}

	@Test
	void aLargeSurveyListsTheThousandRespondentsWithTheMostMissingAnswers(@TempDir Path dir) throws IOException {
		// 1,500 respondents: 300 answer all four statements; of the other 1,200 every fourth leaves two out (300),
		// the rest one (900)
		StringBuilder text = new StringBuilder("id;q1;q2;q3;q4\n");
		for (int i = 0; i < 1500; i++) {
			text.append(i).append(i < 300 ? ";1;2;3;4\n" : i % 4 == 0 ? ";;;3;4\n" : ";;2;3;4\n");
		}
		ImportResult result = importCsv(dir, text.toString(), true);
		List<MissingShare> missing = ImportReports.toModel(result.report()).getRespondentMissing();
		assertEquals(1000, missing.size());
		assertEquals(300, missing.stream().filter(m -> m.getMissing() == 2).count(), "all with two missing");
		assertEquals(700, missing.stream().filter(m -> m.getMissing() == 1).count(), "then the earliest with one");
		assertTrue(missing.stream().noneMatch(m -> m.getMissing() == 0));
		List<Integer> ids = missing.stream().map(m -> Integer.valueOf(m.getName())).toList();
		assertEquals(ids.stream().sorted().toList(), ids, "in file order");
		assertEquals(300, ids.get(0));
	}
}
