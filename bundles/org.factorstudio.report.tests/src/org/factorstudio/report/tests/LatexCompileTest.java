package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factorstudio.model.results.Correlation;
import org.factorstudio.model.results.CorrelationMatrix;
import org.factorstudio.model.results.ResultsFactory;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.results.VariableKind;
import org.factorstudio.report.ReportFormats;
import org.factorstudio.report.ReportInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's report.tex compiles with pdflatex and nothing sticks out of the page: no overfull box wider than
 * 1 pt. Needs TeX Live (Debian: texlive-latex-recommended, texlive-latex-extra, texlive-pictures; .ci/run installs
 * them); without pdflatex the test fails, it does not skip.
 */
class LatexCompileTest {

	/** TeX's own tolerance for what a reader cannot see (\hfuzz is 0.1 pt; a journal's checks allow 1 pt). */
	static final double MAX_OVERFULL_PT = 1.0;

	private static final Pattern OVERFULL = Pattern.compile("Overfull \\\\[hv]box \\(([0-9.]+)pt too (?:wide|high)\\)[^\\n]*");

	@Test
	void theExampleCompilesWithoutOverfullBoxes(@TempDir Path dir) throws Exception {
		String tex = ReportFormats.builtIn().render(Example.input(), List.of("tex")).get(0).text();
		Files.writeString(dir.resolve("report.tex"), tex, StandardCharsets.UTF_8);
		// twice: the long tables settle their column widths in the second run
		compile(dir);
		compile(dir);
		String log = Files.readString(dir.resolve("report.log"), StandardCharsets.ISO_8859_1);
		assertTrue(Files.size(dir.resolve("report.pdf")) > 10_000, "a PDF was written");
		List<String> tooWide = new ArrayList<>();
		for (Overfull box : overfull(log)) {
			if (box.points() > MAX_OVERFULL_PT) {
				tooWide.add(box.line());
			}
		}
		assertEquals(List.of(), tooWide, "overfull boxes wider than " + MAX_OVERFULL_PT + " pt in report.log");
		assertFalse(log.contains("LaTeX Warning: There were undefined references"), "undefined references");
	}

	@Test
	void aMatrixTooWideForALandscapePageIsSetInPartsThatFit(@TempDir Path dir) throws Exception {
		// 36 variables with long names and three stars in every cell: about 1,100 pt of table for a 700 pt page
		ResultsFactory f = ResultsFactory.eINSTANCE;
		StudyResults results = f.createStudyResults();
		results.setStudyName("Wide");
		results.setStudyFile("wide.study");
		CorrelationMatrix matrix = f.createCorrelationMatrix();
		matrix.setMethod("spearman");
		int k = 36;
		for (int i = 0; i < k; i++) {
			matrix.getVariables().add("Digital_Modenhetsgrad_Sektorer_" + i);
		}
		Random random = new Random(11);
		for (int i = 0; i < k; i++) {
			for (int j = i + 1; j < k; j++) {
				Correlation c = f.createCorrelation();
				c.setX(matrix.getVariables().get(i));
				c.setY(matrix.getVariables().get(j));
				c.setMethod("spearman");
				c.setN(105);
				c.setCoefficient(random.nextDouble() * 1.8 - 0.9);
				c.setP(0.0001);
				c.setFlag("***");
				matrix.getCells().add(c);
			}
		}
		results.setMatrix(matrix);
		String tex = ReportFormats.builtIn().render(ReportInput.of(results, null), List.of("tex")).get(0).text();
		assertTrue(tex.contains("(continued)}"), "the matrix is set in parts");
		Files.writeString(dir.resolve("report.tex"), tex, StandardCharsets.UTF_8);
		compile(dir);
		compile(dir);
		String log = Files.readString(dir.resolve("report.log"), StandardCharsets.ISO_8859_1);
		assertEquals(List.of(), overfull(log).stream().filter(b -> b.points() > MAX_OVERFULL_PT).map(Overfull::line).toList());
	}

	@Test
	void userTextsOfAnyKindCompile(@TempDir Path dir) throws Exception {
		ReportInput hostile = EscapingTest.hostile();
		// LaTeX's specials, Greek, symbols, quotes, Latin letters, CJK and an emoji in a statement's text
		hostile.results().getDescriptives().add(EscapingTest.descriptives("q5",
				"Greek αβγ ΣΩ ρ ≤ .05 ≥ ≠ → ∞ ‘a’ “b” – — … € ø å æ ł ș ž 日本 😀 " + EscapingTest.LATEX, VariableKind.INDICATOR, 2.5));
		String tex = ReportFormats.builtIn().render(hostile, List.of("tex")).get(0).text();
		Files.writeString(dir.resolve("report.tex"), tex, StandardCharsets.UTF_8);
		compile(dir);
		compile(dir);
		String log = Files.readString(dir.resolve("report.log"), StandardCharsets.ISO_8859_1);
		assertEquals(List.of(), overfull(log).stream().filter(b -> b.points() > MAX_OVERFULL_PT).map(Overfull::line).toList());
		assertTrue(tex.contains("$\\alpha$$\\beta$$\\gamma$ $\\Sigma$$\\Omega$") && tex.contains("?? ?"),
				"Greek in math mode; what pdflatex cannot set is a question mark");
	}

	@Test
	void theDocumentHasTheMethodsAndTheHypothesesAsTextAndTheFiguresInTikz() {
		String tex = ReportFormats.builtIn().render(Example.input(), List.of("tex")).get(0).text();
		assertTrue(tex.startsWith("% ") && tex.contains("\\documentclass") && tex.contains("\\end{document}"));
		assertTrue(tex.contains("\\section{Method}\nIndex variables are the means"), "the methods paragraph is text, not a comment");
		// R 4.2.2 cor(rank(x), rank(y)): rho(Mål_Om_Digitalisering, Automatisering) = 0.645394637725853, n = 73
		assertTrue(tex.contains("\\textit{r}\\textsubscript{s}(71) = .65, \\textit{p} \\textless{} .001"), "H5 as an APA sentence");
		assertEquals(2, count(tex, "\\begin{tikzpicture}"), "the bar chart and the heat map");
		assertTrue(tex.contains("\\shade[left color=fsnegative,right color=fspositive"), "the heat map's colour legend");
		assertTrue(tex.contains("\\begin{landscape}"), "the 18-variable matrix is set on a landscape page");
		assertFalse(tex.contains("\\begin{table}"), "no floats: the tables keep the order of the text");
	}

	@Test
	void theOverfullParserReadsTheLog() {
		String log = """
				Overfull \\hbox (14.60707pt too wide) in alignment at lines 757--762
				[] []
				Overfull \\hbox (0.5pt too wide) in paragraph at lines 3--4
				Underfull \\hbox (badness 10000) in paragraph at lines 5--6
				""";
		List<Overfull> boxes = overfull(log);
		assertEquals(2, boxes.size());
		assertEquals(14.60707, boxes.get(0).points(), 1e-9);
		assertEquals(0.5, boxes.get(1).points(), 1e-9);
	}

	record Overfull(double points, String line) {
	}

	static List<Overfull> overfull(String log) {
		List<Overfull> boxes = new ArrayList<>();
		Matcher matcher = OVERFULL.matcher(log);
		while (matcher.find()) {
			boxes.add(new Overfull(Double.parseDouble(matcher.group(1)), matcher.group()));
		}
		return boxes;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	private static void compile(Path dir) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "report.tex").directory(dir.toFile())
					.redirectErrorStream(true).redirectOutput(dir.resolve("pdflatex.out").toFile()).start();
		} catch (IOException e) {
			fail("pdflatex not found: the LaTeX test needs TeX Live (Debian: apt-get install texlive-latex-recommended"
					+ " texlive-latex-extra texlive-pictures; .ci/run installs them): " + e.getMessage());
			return;
		}
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("pdflatex did not finish within 180 s");
		}
		if (process.exitValue() != 0) {
			String out = Files.readString(dir.resolve("pdflatex.out"), StandardCharsets.ISO_8859_1);
			int error = out.indexOf("\n!");
			fail("pdflatex failed (exit " + process.exitValue() + "): "
					+ (error >= 0 ? out.substring(error, Math.min(out.length(), error + 800)) : out.substring(Math.max(0, out.length() - 800))));
		}
	}
}
