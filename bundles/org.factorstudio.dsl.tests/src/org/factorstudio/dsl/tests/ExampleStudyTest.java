package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.StudyQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled municipal-automation study loads cleanly; a broken copy reports each seeded problem. */
class ExampleStudyTest {

	private final StudyLoader loader = StudyLoader.create();

	@Test
	void theExampleLoadsWithoutErrors() {
		for (String file : List.of("municipal-automation.study", "municipal-automation-raw.study")) {
			// the raw export's one out-of-range cell is a data problem, checked below; the study itself is sound
			LoadedStudy loaded = file.contains("raw") ? loader.withoutDataChecks().load(Examples.municipalAutomation(file))
					: loader.load(Examples.municipalAutomation(file));
			assertFalse(loaded.hasErrors(), () -> file + ": " + describe(loaded.errors()));
			assertEquals(71, StudyQueries.indicators(loaded.study()).size());
			assertEquals(18, loaded.study().getIndexVariables().size());
			assertEquals(17, loaded.study().getAreas().stream().mapToInt(a -> a.getFactors().size()).sum());
			assertEquals(5, loaded.study().getIndexVariables().stream().flatMap(i -> StudyQueries.members(i).stream())
					.filter(StudyQueries.Member::reversed).count());
			// the eleven statements in no index are flagged, one warning per indicators block, and nothing else
			List<StudyIssue> warnings = loaded.issues();
			assertTrue(warnings.stream().allMatch(w -> StudyIssueCodes.UNUSED_INDICATOR.equals(w.code())),
					() -> describe(warnings));
			assertTrue(warnings.size() <= 6, () -> "at most one per block (six blocks): " + describe(warnings));
			assertEquals(11, warnings.stream().mapToInt(w -> unusedNames(w.message())).sum(), () -> describe(warnings));
		}
	}

	@Test
	void theRawExportsOneOutOfRangeValueIsAnErrorOnItsIndicator() {
		Path study = Examples.municipalAutomation("municipal-automation-raw.study");
		LoadedStudy loaded = loader.load(study);
		List<StudyIssue> errors = loaded.errors();
		assertEquals(1, errors.size(), () -> describe(errors));
		StudyIssue error = errors.get(0);
		assertEquals(StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE, error.code());
		assertEquals(lineOf(Examples.read(study), "\tq45 \""), error.line());
		// respondent 1347 answered 55 to q45 on line 348 of responses-raw-export.csv (header = line 1)
		assertTrue(error.message().contains("'55' on line 348 (respondent 1347)"), error.message());
	}

	/** How many indicators one unused-indicator warning names ("Indicator 'q14' is ..." or "3 indicators ...: a, b, c"). */
	private static int unusedNames(String message) {
		return message.startsWith("Indicator '") ? 1 : message.substring(message.lastIndexOf(": ") + 2).split(", ").length;
	}

	private static int lineOf(String text, String start) {
		return text.substring(0, text.indexOf(start)).split("\n", -1).length;
	}

	/** Each seeded problem: what to replace, with what, and the issue code expected on that line. */
	private record Seed(String original, String broken, String code) {
	}

	private static final List<Seed> SEEDS = List.of(
			new Seed("index Samarbeid = q50, q51, q52", "index Samarbeid = q50, q51, q99", Diagnostic.LINKING_DIAGNOSTIC),
			new Seed("index Endringsorientering = q36, q37", "index Endringsorientering = q36, q37, q36",
					StudyIssueCodes.DUPLICATE_MEMBER),
			new Seed("index Prosesseierskap = q68, q69", "index Prosesseierskap = q68, q69 min 3",
					StudyIssueCodes.MIN_VALID_TOO_LARGE),
			new Seed("\tfactor Samarbeid measured by Samarbeid", "\tfactor Samarbeid measured by Automatisering",
					StudyIssueCodes.DEPENDENT_AS_FACTOR),
			new Seed("hypothesis H1: Gamle_IT_Systemer positive", "hypothesis H1: Gamle_IT_Systemer",
					StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION),
			new Seed("index Politiske_Krav = q08, q09", "index Politiske_Krav = q08, q09\nindex Politiske_Krav = q08",
					StudyIssueCodes.DUPLICATE_NAME),
			new Seed("data \"responses.csv\"", "data \"no-such-file.csv\"", StudyIssueCodes.DATA_FILE_MISSING));

	@Test
	void aBrokenCopyReportsEachSeededProblemOnItsLine(@TempDir Path dir) throws IOException {
		String text = Examples.read(Examples.municipalAutomation("municipal-automation.study"));
		for (Seed seed : SEEDS) {
			assertTrue(text.contains(seed.original()), seed.original());
			text = text.replace(seed.original(), seed.broken());
		}
		Path broken = dir.resolve("broken.study");
		Files.writeString(broken, text, StandardCharsets.UTF_8);
		LoadedStudy loaded = loader.load(broken);
		List<String> lines = text.lines().toList();
		for (Seed seed : SEEDS) {
			String lastLine = seed.broken().lines().reduce((a, b) -> b).orElseThrow();
			int expectedLine = indexOfLineContaining(lines, lastLine) + 1;
			assertTrue(expectedLine > 0, seed.broken());
			List<StudyIssue> hits = loaded.issues().stream()
					.filter(i -> seed.code().equals(i.code()) && i.line() == expectedLine).toList();
			assertEquals(1, hits.size(), () -> seed.code() + " expected on line " + expectedLine + ", got: "
					+ describe(loaded.issues()));
		}
		assertEquals(SEEDS.size(), loaded.errors().size(), () -> describe(loaded.errors()));
	}

	private static int indexOfLineContaining(List<String> lines, String part) {
		int exact = lines.indexOf(part);
		if (exact >= 0) {
			return exact;
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

	private static String describe(List<StudyIssue> issues) {
		return issues.stream().map(StudyIssue::format).collect(Collectors.joining("\n"));
	}
}
