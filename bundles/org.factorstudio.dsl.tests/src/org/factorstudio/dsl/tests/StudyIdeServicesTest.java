package org.factorstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.factorstudio.dsl.ide.StudyIdeSetup;
import org.factorstudio.dsl.ide.contentassist.StudyContentAssist;
import org.factorstudio.dsl.ide.contentassist.StudyContentAssist.Proposal;
import org.factorstudio.dsl.ide.highlighting.StudyHighlighting;
import org.factorstudio.dsl.ide.hover.StudyHover;
import org.factorstudio.dsl.ide.outline.OutlineNode;
import org.factorstudio.dsl.ide.outline.StudyOutline;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Study;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The editor-independent services of the language: content assist at several cursor positions, the outline,
 * hover texts and semantic highlighting. The cursor is marked with {@code |} in the text blocks.
 */
class StudyIdeServicesTest {

	private static final String STUDY = """
			study Assist
			scale Likert5 1..5
			indicators scale Likert5 {
				alpha1 "Vi har gamle IT-systemer"
				alpha2 "Ledelsen støtter automatisering"
				beta1 "Vi samarbeider"
				dep1 "Vi automatiserer"
			}
			index Alpha = alpha1, reversed alpha2
			index Beta = beta1
			index Dep = dep1
			dependent Dep
			area Org "Organisasjon" {
				factor Ledelse measured by Alpha recommendation "Forankre i ledelsen"
				factor Samarbeid measured by Beta
			}
			hypothesis H1: Ledelse positive
			""";

	private static Injector injector;

	@BeforeAll
	static void createInjector() {
		injector = new StudyIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static XtextResource resource(String text) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/assist.study"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return resource;
	}

	/** The proposals at the {@code |} in {@code marked}. */
	private static List<Proposal> proposalsAt(String marked) {
		int cursor = marked.indexOf('|');
		String text = marked.substring(0, cursor) + marked.substring(cursor + 1);
		return injector.getInstance(StudyContentAssist.class).proposals(resource(text), text, cursor);
	}

	private static Set<String> inserts(List<Proposal> proposals) {
		return proposals.stream().map(Proposal::insert).collect(Collectors.toSet());
	}

	@Test
	void atTheStartOfALineTheDeclarationKeywordsAreProposed() {
		Set<String> found = inserts(proposalsAt(STUDY + "|"));
		assertTrue(found.containsAll(List.of("index", "area", "hypothesis", "data", "analysis", "scale", "indicators")),
				() -> "proposals: " + found);
	}

	@Test
	void anIndexListsTheIndicators() {
		Set<String> found = inserts(proposalsAt(STUDY + "index Extra = |"));
		assertTrue(found.containsAll(List.of("alpha1", "alpha2", "beta1", "dep1", "reversed")), () -> "proposals: " + found);
		assertFalse(found.contains("Alpha"), "an index variable is not an index member");
	}

	@Test
	void aPrefixNarrowsTheProposalsAndIsReplaced() {
		String marked = STUDY + "index Extra = beta1, al|";
		List<Proposal> proposals = proposalsAt(marked);
		Set<String> found = inserts(proposals);
		assertTrue(found.containsAll(List.of("alpha1", "alpha2")), () -> "proposals: " + found);
		assertFalse(found.contains("beta1") || found.contains("dep1"), () -> "proposals: " + found);
		Proposal alpha1 = proposals.stream().filter(p -> p.insert().equals("alpha1")).findFirst().orElseThrow();
		assertEquals(marked.indexOf('|') - 2, alpha1.replaceOffset());
		assertEquals(2, alpha1.replaceLength());
	}

	@Test
	void indicatorProposalsShowTheirStatementAndNoPunctuationIsProposed() {
		List<Proposal> proposals = proposalsAt(STUDY + "index Extra = alpha1|");
		Proposal alpha1 = proposals.stream().filter(p -> p.insert().equals("alpha1")).findFirst().orElseThrow();
		assertEquals("Vi har gamle IT-systemer", alpha1.description());
		Set<String> after = inserts(proposalsAt(STUDY + "index Extra = alpha1 |"));
		assertFalse(after.contains(",") || after.contains(".."), () -> "proposals: " + after);
		assertTrue(after.contains("min") || after.contains("index"), () -> "keywords still proposed: " + after);
	}

	@Test
	void aFactorIsMeasuredByAnIndexVariable() {
		String marked = STUDY.replace("factor Samarbeid measured by Beta", "factor Samarbeid measured by |");
		Set<String> found = inserts(proposalsAt(marked));
		assertTrue(found.containsAll(List.of("Alpha", "Beta", "Dep")), () -> "proposals: " + found);
		assertFalse(found.contains("alpha1"), () -> "proposals: " + found);
	}

	@Test
	void aHypothesisNamesAFactorAndADirection() {
		Set<String> factors = inserts(proposalsAt(STUDY + "hypothesis H2: |"));
		assertTrue(factors.containsAll(List.of("Ledelse", "Samarbeid")), () -> "proposals: " + factors);
		Set<String> directions = inserts(proposalsAt(STUDY + "hypothesis H2: Samarbeid |"));
		assertTrue(directions.containsAll(List.of("positive", "negative")), () -> "proposals: " + directions);
	}

	@Test
	void theAnalysisPlanProposesTheMethods() {
		Set<String> found = inserts(proposalsAt(STUDY + "analysis { method |"));
		assertEquals(Set.of("spearman", "pearson", "kendall"), found);
	}

	@Test
	void theOutlineGoesFromAreasToFactorsToIndicesToIndicators() {
		Study study = (Study) resource(STUDY).getContents().get(0);
		OutlineNode root = StudyOutline.of(study);
		OutlineNode area = root.children().get(0);
		assertEquals(OutlineNode.Kind.AREA, area.kind());
		assertEquals("Org", area.label());
		assertEquals(List.of("Ledelse", "Samarbeid"), area.children().stream().map(OutlineNode::label).toList());
		OutlineNode index = area.children().get(0).children().get(0);
		assertEquals(OutlineNode.Kind.INDEX, index.kind());
		assertEquals("Alpha", index.label());
		assertEquals(List.of("alpha1", "alpha2"), index.children().stream().map(OutlineNode::label).toList());
		assertEquals("reversed", index.children().get(1).detail());
		// the outline follows the cursor: inside "factor Samarbeid" the deepest node is that factor
		int inSamarbeid = STUDY.indexOf("Samarbeid measured") + 2;
		assertEquals("Samarbeid", root.deepestAt(inSamarbeid).label());
	}

	@Test
	void theHoverOfAnIndicatorGivesItsQuestionAndItsIndices() {
		Study study = (Study) resource(STUDY).getContents().get(0);
		var alpha2 = StudyQueries.indicators(study).stream().filter(i -> i.getName().equals("alpha2")).findFirst()
				.orElseThrow();
		String hover = StudyHover.describe(alpha2);
		assertTrue(hover.contains("Ledelsen støtter automatisering"), hover);
		assertTrue(hover.contains("Alpha") && hover.contains("reversed"), hover);
	}

	@Test
	void referencesAreHighlightedByWhatTheyReferTo() {
		XtextResource resource = resource(STUDY);
		List<String> styled = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> styled.add(STUDY.substring(offset, offset + length) + "=" + String.join("+", ids)),
				CancelIndicator.NullImpl);
		assertTrue(styled.contains("alpha1=" + StudyHighlighting.INDICATOR), () -> "styled: " + styled);
		assertTrue(styled.contains("Alpha=" + StudyHighlighting.INDEX), () -> "styled: " + styled);
		assertTrue(styled.contains("Ledelse=" + StudyHighlighting.FACTOR), () -> "styled: " + styled);
	}
	@Test
	void afterRunTheInstalledOnRequestAnalysesAreProposedWithTheirParameters() {
		Set<String> analyses = inserts(proposalsAt(STUDY + "analysis { run |"));
		assertTrue(analyses.contains("resample"), () -> "proposals: " + analyses);
		assertFalse(analyses.contains("descriptives"), "built-in analyses run anyway and are not proposed");
		Set<String> parameters = inserts(proposalsAt(STUDY + "analysis { run resample(|"));
		assertTrue(parameters.containsAll(List.of("replicates = ", "level = ", "label = ")),
				() -> "proposals: " + parameters);
	}
}
