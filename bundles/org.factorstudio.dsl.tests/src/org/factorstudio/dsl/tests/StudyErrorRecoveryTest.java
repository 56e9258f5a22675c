package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyIssue;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.dsl.parser.StudySyntaxErrorMessages;
import org.factorstudio.dsl.validation.StudyIssueCodes;
import org.factorstudio.model.study.Study;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One stray character between two declarations of the bundled example costs one syntax error at that line: the
 * parser resumes at the next declaration, so the rest of the study is parsed and linked, and the checks of the
 * whole study (unused indicators, no data, no dependent) stay quiet while the file does not parse. So does a stray
 * word before {@code study}, and a text in quotes whose closing quote is missing (it ends at the end of its line).
 */
class StudyErrorRecoveryTest {

	private static final Pattern UNRESOLVED = Pattern.compile("Couldn't resolve reference to \\w+ '([^']+)'");

	private final StudyLoader loader = StudyLoader.create();

	/**
	 * Where a character is typed: {@code original} (the start of a line of the example) becomes {@code broken};
	 * {@code lost} declarations are skipped (none when the keyword itself is intact).
	 */
	record Stray(String original, String broken, int lost) {
		@Override
		public String toString() {
			return broken;
		}
	}

	static Stream<Stray> strays() {
		return Stream.of(new Stray("index Samarbeid =", "xindex Samarbeid =", 1),
				new Stray("index Samarbeid =", "indexs Samarbeid =", 1),
				new Stray("scale Likert5 1..5", "xscale Likert5 1..5", 1),
				new Stray("indicators \"Side 3\"", "xindicators \"Side 3\"", 1),
				new Stray("dependent Automatisering", "xdependent Automatisering", 1),
				new Stray("area Organisational", "xarea Organisational", 1),
				new Stray("hypothesis H9:", "xhypothesis H9:", 1),
				new Stray("data \"responses.csv\"", "xdata \"responses.csv\"", 1),
				new Stray("analysis {", "xanalysis {", 1),
				new Stray("index Politiske_Krav", "9index Politiske_Krav", 0),
				new Stray("hypothesis H3:", "-hypothesis H3:", 0));
	}

	@ParameterizedTest
	@MethodSource("strays")
	void oneStrayCharacterIsOneSyntaxErrorAndTheRestStaysLinked(Stray stray, @TempDir Path dir) throws IOException {
		Path example = Examples.municipalAutomation("municipal-automation.study");
		String original = Examples.read(example);
		assertEquals(1, count(original, "\n" + stray.original()), stray.original());
		String text = original.replace("\n" + stray.original(), "\n" + stray.broken());
		LoadedStudy intact = loader.load(example);
		LoadedStudy loaded = load(dir, text);
		int strayLine = lineOf(text, "\n" + stray.broken()) + 1;

		List<StudyIssue> syntax = loaded.errors().stream().filter(StudyErrorRecoveryTest::isSyntaxError).toList();
		assertEquals(1, syntax.size(), () -> describe(loaded.issues()));
		assertEquals(strayLine, syntax.get(0).line(), () -> describe(syntax));
		assertEquals(StudySyntaxErrorMessages.SYNTAX, syntax.get(0).code(), () -> describe(syntax));

		// the checks of the whole study are left out while it does not parse
		assertTrue(loaded.issues().stream().noneMatch(i -> StudyIssueCodes.UNUSED_INDICATOR.equals(i.code())
				|| StudyIssueCodes.NO_DATA_DECLARATION.equals(i.code()) || StudyIssueCodes.NO_DEPENDENT.equals(i.code())),
				() -> describe(loaded.issues()));

		// only the declaration holding the stray character is lost: every other one is parsed ...
		assertEquals(declarations(intact.study()) - stray.lost(), declarations(loaded.study()),
				() -> describe(loaded.issues()));
		// ... and every name that cannot be resolved is one declared in the skipped text
		String skipped = stray.lost() == 0 ? "" : skippedText(text, stray.broken());
		for (StudyIssue issue : loaded.errors()) {
			if (isSyntaxError(issue)) {
				continue;
			}
			assertEquals(Diagnostic.LINKING_DIAGNOSTIC, issue.code(), () -> describe(loaded.errors()));
			Matcher name = UNRESOLVED.matcher(issue.message());
			assertTrue(name.find(), issue.message());
			assertTrue(Pattern.compile("\\b" + Pattern.quote(name.group(1)) + "\\b").matcher(skipped).find(),
					() -> name.group(1) + " is not declared in the skipped text:\n" + skipped);
		}
	}

	@Test
	void theSyntaxErrorSaysWhatWasExpectedAndWhatWasMeant(@TempDir Path dir) throws IOException {
		String text = Examples.read(Examples.municipalAutomation("municipal-automation.study"))
				.replace("\nindex Samarbeid =", "\nxindex Samarbeid =");
		StudyIssue error = load(dir, text).errors().stream().filter(StudyErrorRecoveryTest::isSyntaxError).findFirst()
				.orElseThrow();
		// the column of the stray word, and the message names the declarations and the keyword meant
		assertEquals(1, error.column(), error::format);
		assertTrue(error.message().contains("'xindex'") && error.message().contains("expected a declaration")
				&& error.message().contains("did you mean 'index'"), error::format);
	}

	@Test
	void aStrayWordInsideADeclarationStillRecoversAtTheNextOne(@TempDir Path dir) throws IOException {
		// a word after the members of an index: the index is kept, the next line parses
		String text = Examples.read(Examples.municipalAutomation("municipal-automation.study"))
				.replace("index Samarbeid = q50, q51, q52", "index Samarbeid = q50, q51, q52 x");
		LoadedStudy loaded = load(dir, text);
		assertEquals(1, loaded.errors().size(), () -> describe(loaded.issues()));
		assertTrue(isSyntaxError(loaded.errors().get(0)), () -> describe(loaded.issues()));
		assertEquals(18, loaded.study().getIndexVariables().size());
	}

	/** The example's first line, {@code study MunicipalAutomation "..."}, and where a stray word stands before it. */
	private static final String HEADER = "\nstudy MunicipalAutomation \"";

	static Stream<String> wordsBeforeStudy() {
		return Stream.of("x study MunicipalAutomation \"", // a stray word before the keyword
				"x y study MunicipalAutomation \"", // two
				"Survey of the municipalities, 2018\nstudy MunicipalAutomation \"", // a line of prose without //
				"xstudy MunicipalAutomation \"", // the keyword mistyped
				"Study MunicipalAutomation \""); // the keyword in the wrong case
	}

	@ParameterizedTest
	@MethodSource("wordsBeforeStudy")
	void aStrayWordBeforeStudyIsOneSyntaxErrorAndTheRestStaysLinked(String broken, @TempDir Path dir) throws IOException {
		Path example = Examples.municipalAutomation("municipal-automation.study");
		String original = Examples.read(example);
		assertEquals(1, count(original, HEADER));
		String text = original.replace(HEADER, "\n" + broken);
		LoadedStudy intact = loader.load(example);
		LoadedStudy loaded = load(dir, text);

		// one error, at the stray word, in words that say what a study file begins with
		assertEquals(1, loaded.errors().size(), () -> describe(loaded.issues()));
		StudyIssue error = loaded.errors().get(0);
		assertEquals(StudySyntaxErrorMessages.SYNTAX, error.code(), error::format);
		assertEquals(lineOf(text, "\n" + broken) + 1, error.line(), error::format);
		assertEquals(1, error.column(), error::format);
		assertTrue(error.message().contains("expected 'study'"), error::format);
		if (broken.startsWith("xstudy")) {
			assertTrue(error.message().contains("did you mean 'study'"), error::format);
		}
		if (broken.startsWith("Study")) {
			assertTrue(error.message().contains("write 'study'"), error::format);
		}
		// the header is read as written, and every declaration after it is parsed and linked
		assertEquals("MunicipalAutomation", loaded.study().getName());
		assertEquals(intact.study().getTitle(), loaded.study().getTitle());
		assertEquals(declarations(intact.study()), declarations(loaded.study()), () -> describe(loaded.issues()));
		assertEquals(intact.study().getDependent().getName(), loaded.study().getDependent().getName());
		assertTrue(loaded.issues().stream().noneMatch(i -> StudyIssueCodes.UNUSED_INDICATOR.equals(i.code())),
				() -> describe(loaded.issues()));
	}

	/** A text in quotes whose closing quote is missing: {@code original} becomes {@code broken} (one line each). */
	record Unclosed(String original, String broken) {
		@Override
		public String toString() {
			return broken;
		}
	}

	static Stream<Unclosed> unclosedTexts() {
		return Stream.of(
				// the study's title, as in the issue
				new Unclosed("study MunicipalAutomation \"Hvor utbredt er automatisering i norske kommuner, og hvilke faktorer"
						+ " påvirker automatiseringen?\"", "study MunicipalAutomation \"Municipal automation"),
				// a value label, a statement and a recommendation, each the last word of its line
				new Unclosed("\t1 = \"Helt uenig\"", "\t1 = \"Helt uenig"),
				new Unclosed("\tq02 \"setter vi brukeren i sentrum ved utvikling av tjenester\"",
						"\tq02 \"setter vi brukeren i sentrum ved utvikling av tjenester"),
				new Unclosed("\t\trecommendation \"Integrate solutions together with vendors so they last; light-weight IT can"
						+ " bridge the gap meanwhile.\"", "\t\trecommendation \"Integrate solutions together with vendors"),
				// words follow on the line: the text ends at the line's end and takes the '{' with it (the data
				// block's settings are skipped then, and the data file, whose name is a guess, is not looked for)
				new Unclosed("area Technological \"Teknologiske faktorer\" {", "area Technological \"Teknologiske faktorer {"),
				new Unclosed("data \"responses.csv\" {", "data \"responses.csv {"));
	}

	@ParameterizedTest
	@MethodSource("unclosedTexts")
	void anUnclosedTextIsOneSyntaxErrorAndTheRestStaysLinked(Unclosed unclosed, @TempDir Path dir) throws IOException {
		Path example = Examples.municipalAutomation("municipal-automation.study");
		String original = Examples.read(example);
		assertEquals(1, count(original, "\n" + unclosed.original() + "\n"), unclosed.original());
		String text = original.replace("\n" + unclosed.original() + "\n", "\n" + unclosed.broken() + "\n");
		LoadedStudy intact = loader.load(example);
		LoadedStudy loaded = load(dir, text);

		// one error, at the opening quote, saying what is missing
		assertEquals(1, loaded.errors().size(), () -> describe(loaded.issues()));
		StudyIssue error = loaded.errors().get(0);
		assertEquals(StudySyntaxErrorMessages.SYNTAX, error.code(), error::format);
		assertEquals(lineOf(text, "\n" + unclosed.broken() + "\n") + 1, error.line(), error::format);
		assertEquals(unclosed.broken().indexOf('"') + 1, error.column(), error::format);
		assertTrue(error.message().contains("not closed") && error.message().contains("expected '\"'"), error::format);

		// the rest of the study is parsed and linked: every declaration, the dependent, the hypotheses' factors
		assertEquals(declarations(intact.study()), declarations(loaded.study()), () -> describe(loaded.issues()));
		assertEquals(factors(intact.study()), factors(loaded.study()), () -> describe(loaded.issues()));
		assertEquals(intact.study().getDependent().getName(), loaded.study().getDependent().getName());
		assertTrue(loaded.issues().stream().noneMatch(i -> StudyIssueCodes.UNUSED_INDICATOR.equals(i.code())),
				() -> describe(loaded.issues()));
	}

	@Test
	void anUnclosedTitleKeepsItsTextUpToTheEndOfTheLine(@TempDir Path dir) throws IOException {
		String text = Examples.read(Examples.municipalAutomation("municipal-automation.study")).replaceFirst(
				"\nstudy MunicipalAutomation \"[^\n]*\n", "\nstudy MunicipalAutomation \"Municipal automation\n");
		assertEquals("Municipal automation", load(dir, text).study().getTitle());
	}

	private LoadedStudy load(Path dir, String text) throws IOException {
		// the data file beside the copy, as beside the example, so the data checks pass
		Files.copy(Examples.municipalAutomation("responses.csv"), dir.resolve("responses.csv"));
		Path broken = dir.resolve("broken.study");
		Files.writeString(broken, text, StandardCharsets.UTF_8);
		return loader.load(broken);
	}

	private static boolean isSyntaxError(StudyIssue issue) {
		return StudySyntaxErrorMessages.SYNTAX.equals(issue.code()) || Diagnostic.SYNTAX_DIAGNOSTIC.equals(issue.code());
	}

	/** Scales, blocks, indices, areas, hypotheses, plans, the dependent and the data declaration. */
	private static int declarations(Study study) {
		return study.getScales().size() + study.getIndicatorGroups().size() + study.getIndexVariables().size()
				+ study.getAreas().size() + study.getHypotheses().size() + study.getPlans().size()
				+ (study.getDependent() == null ? 0 : 1) + (study.getDataSource() == null ? 0 : 1);
	}

	/** The factors of every area, each with the index it is measured by. */
	private static List<String> factors(Study study) {
		return study.getAreas().stream().flatMap(area -> area.getFactors().stream())
				.map(f -> f.getName() + "=" + (f.getIndex() == null ? null : f.getIndex().getName())).toList();
	}

	/** From the stray word to the next line that begins with a declaration keyword. */
	private static String skippedText(String text, String broken) {
		int start = text.indexOf("\n" + broken) + 1;
		Matcher next = Pattern.compile("\n(scale|indicators|index|area|dependent|hypothesis|data|analysis)\\b")
				.matcher(text);
		return next.find(start) ? text.substring(start, next.start()) : text.substring(start);
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static int lineOf(String text, String part) {
		return text.substring(0, text.indexOf(part)).split("\n", -1).length;
	}

	private static String describe(List<StudyIssue> issues) {
		return issues.stream().map(StudyIssue::format).collect(Collectors.joining("\n"));
	}
}
