package org.factorstudio.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.data.Dataset;
import org.factorstudio.model.results.Provenance;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.study.StudyFactory;
import org.junit.jupiter.api.Test;

/**
 * A provenance lists the first {@value Results#LISTED_ROWS} rows a result left out and counts the rest; the
 * kernels give the number and find only the rows listed.
 */
class ProvenanceRowsTest {

	private static final int ROWS = 1200;

	@Test
	void theFirstRowsLeftOutAreListedAndTheRestCounted() {
		int[] lines = new int[ROWS];
		byte[] codes = new byte[ROWS];
		boolean[] used = new boolean[ROWS];
		int leftOut = 0;
		for (int r = 0; r < ROWS; r++) {
			lines[r] = r + 2; // the header is line 1
			codes[r] = (byte) (1 + r % 5);
			used[r] = r % 12 >= 7; // 7 of every 12 rows left out: 700
			leftOut += used[r] ? 0 : 1;
		}
		Dataset dataset = Dataset.builder(ROWS, lines).coded("q1", codes, 0).build();
		AnalysisContext context = new AnalysisContext(StudyFactory.eINSTANCE.createStudy(), dataset, Map.of(), Map.of(),
				ResultsFactory.eINSTANCE.createStudyResults());
		int[] asked = {0};
		Results.LeftOut counted = new Results.LeftOut(leftOut, limit -> {
			asked[0] = limit;
			return Results.LeftOut.of(used).first().apply(limit);
		});

		Provenance provenance = Results.provenanceLeavingOut(List.of("q1"), "rule", ROWS - leftOut, context, counted,
				"a note");

		assertEquals(Results.LISTED_ROWS, provenance.getExcludedRows().size());
		assertEquals("line 2", provenance.getExcludedRows().get(0), "rows without an id are named by their line");
		assertEquals("line " + (2 + 12 * 71 + 2), provenance.getExcludedRows().get(Results.LISTED_ROWS - 1),
				"the 500th row left out: the third of the 72nd dozen (500 = 71 * 7 + 3)");
		assertEquals("a note; 200 more rows left out, not listed", provenance.getNote());
		assertEquals(Results.LISTED_ROWS, asked[0], "only the rows listed are looked for");
		// the same provenance from a flag per row
		Provenance flagged = Results.provenance(List.of("q1"), "rule", ROWS - leftOut, context, used, "a note");
		assertEquals(provenance.getExcludedRows(), flagged.getExcludedRows());
		assertEquals(provenance.getNote(), flagged.getNote());
	}
}
