package org.factorstudio.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.AnalysisRequest;
import org.factorstudio.model.study.Area;
import org.factorstudio.model.study.DataSource;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.IndexMember;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.IndicatorGroup;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyPackage.Literals;
import org.factorstudio.model.study.ValueLabel;
import org.factorstudio.model.study.ColumnLabels;

/**
 * Lays a study out as its authors write it: one declaration per line, blocks indented by a tab,
 * blank lines between declarations kept (at most one), single spaces elsewhere.
 */
public class StudyFormatter extends AbstractJavaFormatter {

	protected void format(Study study, IFormattableDocument doc) {
		for (EObject child : study.eContents()) {
			doc.prepend(child, StudyFormatter::declarationBreak);
			doc.format(child);
		}
		for (ISemanticRegion dependent : regionFor(study).keywords("dependent")) {
			doc.prepend(dependent, StudyFormatter::declarationBreak);
			doc.append(dependent, IHiddenRegionFormatter::oneSpace);
		}
	}

	protected void format(Scale scale, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(scale);
		tight(doc, regions.keyword(".."));
		block(doc, regions);
		for (ISemanticRegion missing : regions.keywords("missing")) {
			doc.prepend(missing, IHiddenRegionFormatter::newLine);
			doc.append(missing, IHiddenRegionFormatter::oneSpace);
		}
		for (ValueLabel label : scale.getLabels()) {
			doc.prepend(label, IHiddenRegionFormatter::newLine);
			doc.format(label);
		}
		for (ValueLabel label : scale.getMissingCodes()) {
			doc.format(label);
		}
	}

	protected void format(ValueLabel label, IFormattableDocument doc) {
		doc.surround(regionFor(label).keyword("="), IHiddenRegionFormatter::oneSpace);
	}

	protected void format(IndicatorGroup group, IFormattableDocument doc) {
		block(doc, regionFor(group));
		for (Indicator indicator : group.getIndicators()) {
			doc.prepend(indicator, IHiddenRegionFormatter::newLine);
			doc.format(indicator);
		}
	}

	protected void format(Indicator indicator, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(indicator);
		doc.interior(indicator, IHiddenRegionFormatter::indent);
		for (ISemanticRegion keyword : regions.keywords("translation", "scale", "column")) {
			doc.prepend(keyword, StudyFormatter::spaceOrLineBreak);
			doc.append(keyword, IHiddenRegionFormatter::oneSpace);
		}
	}

	protected void format(IndexVariable index, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(index);
		doc.surround(regions.keyword("="), IHiddenRegionFormatter::oneSpace);
		commas(doc, regions);
		ISemanticRegion min = regions.keyword("min");
		doc.prepend(min, IHiddenRegionFormatter::oneSpace);
		doc.append(min, IHiddenRegionFormatter::oneSpace);
		for (IndexMember member : index.getMembers()) {
			ISemanticRegionsFinder memberRegions = regionFor(member);
			tight(doc, memberRegions.keyword(".."));
			doc.append(memberRegions.keyword("reversed"), IHiddenRegionFormatter::oneSpace);
		}
	}

	protected void format(Area area, IFormattableDocument doc) {
		block(doc, regionFor(area));
		for (Factor factor : area.getFactors()) {
			doc.prepend(factor, StudyFormatter::declarationBreak);
			doc.format(factor);
		}
	}

	protected void format(Factor factor, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(factor);
		doc.interior(factor, IHiddenRegionFormatter::indent);
		for (ISemanticRegion keyword : regions.keywords("sources", "recommendation", "description")) {
			doc.prepend(keyword, IHiddenRegionFormatter::newLine);
			doc.append(keyword, IHiddenRegionFormatter::oneSpace);
		}
		commas(doc, regions);
	}

	protected void format(Hypothesis hypothesis, IFormattableDocument doc) {
		ISemanticRegion colon = regionFor(hypothesis).keyword(":");
		doc.prepend(colon, IHiddenRegionFormatter::noSpace);
		doc.append(colon, IHiddenRegionFormatter::oneSpace);
	}

	protected void format(DataSource source, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(source);
		block(doc, regions);
		commas(doc, regions);
		for (ISemanticRegion keyword : regions.keywords("format", "delimiter", "encoding", "sheet", "decimal", "id",
				"status", "background", "labels", "on-invalid")) {
			doc.prepend(keyword, IHiddenRegionFormatter::newLine);
			doc.append(keyword, IHiddenRegionFormatter::oneSpace);
		}
		doc.prepend(regions.feature(Literals.DATA_SOURCE__KEEP_UNANSWERED), IHiddenRegionFormatter::newLine);
		ISemanticRegion nonRespondent = regions.keyword("non-respondent");
		doc.surround(nonRespondent, IHiddenRegionFormatter::oneSpace);
		for (ColumnLabels labels : source.getColumnLabels()) {
			doc.surround(regionFor(labels).keyword("="), IHiddenRegionFormatter::oneSpace);
		}
	}

	protected void format(AnalysisPlan plan, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(plan);
		block(doc, regions);
		commas(doc, regions);
		for (ISemanticRegion keyword : regions.keywords("method", "tails", "missing", "significance", "confidence",
				"correction", "reliability", "compatibility")) {
			doc.prepend(keyword, IHiddenRegionFormatter::newLine);
			doc.append(keyword, IHiddenRegionFormatter::oneSpace);
		}
		doc.prepend(regions.feature(Literals.ANALYSIS_PLAN__PARTIAL), IHiddenRegionFormatter::newLine);
		doc.surround(regions.keyword("for"), IHiddenRegionFormatter::oneSpace);
		for (AnalysisRequest request : plan.getAnalyses()) {
			doc.prepend(request, IHiddenRegionFormatter::newLine);
			doc.format(request);
		}
		doc.surround(regions.keyword("extends"), IHiddenRegionFormatter::oneSpace);
		doc.surround(regions.keyword("controlling"), IHiddenRegionFormatter::oneSpace);
		for (EObject rule : plan.getScoring()) {
			doc.prepend(rule, IHiddenRegionFormatter::newLine);
		}
		for (EObject family : plan.getFamilies()) {
			doc.prepend(family, IHiddenRegionFormatter::newLine);
			ISemanticRegionsFinder familyRegions = regionFor(family);
			commas(doc, familyRegions);
			doc.surround(familyRegions.keyword("="), IHiddenRegionFormatter::oneSpace);
		}
	}

	protected void format(AnalysisRequest request, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(request);
		commas(doc, regions);
		doc.append(regions.keyword("("), IHiddenRegionFormatter::noSpace);
		doc.prepend(regions.keyword(")"), IHiddenRegionFormatter::noSpace);
		for (EObject parameter : request.getParameters()) {
			doc.surround(regionFor(parameter).keyword("="), IHiddenRegionFormatter::oneSpace);
		}
	}

	private static void declarationBreak(IHiddenRegionFormatter formatter) {
		formatter.setNewLines(1, 1, 2);
	}

	/** Long statements may continue on an indented next line; otherwise one space. */
	private static void spaceOrLineBreak(IHiddenRegionFormatter formatter) {
		formatter.setNewLines(0, 0, 1);
		formatter.setSpace(" ");
	}

	private static void block(IFormattableDocument doc, ISemanticRegionsFinder regions) {
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, IHiddenRegionFormatter::oneSpace);
		doc.prepend(close, IHiddenRegionFormatter::newLine);
		doc.interior(open, close, IHiddenRegionFormatter::indent);
	}

	private static void commas(IFormattableDocument doc, ISemanticRegionsFinder regions) {
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, IHiddenRegionFormatter::noSpace);
			doc.append(comma, IHiddenRegionFormatter::oneSpace);
		}
	}

	private static void tight(IFormattableDocument doc, ISemanticRegion region) {
		doc.surround(region, IHiddenRegionFormatter::noSpace);
	}
}
