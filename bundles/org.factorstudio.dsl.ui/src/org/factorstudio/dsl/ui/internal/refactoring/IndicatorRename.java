package org.factorstudio.dsl.ui.internal.refactoring;

import java.util.regex.Pattern;

import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.factorstudio.dsl.ui.internal.StudyLanguage;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.Study;

/**
 * Renames an indicator everywhere in its study: the declaration and every reference by name. An
 * indicator without an explicit column reads the data column named like itself; renaming it can keep
 * that column by writing it out ({@code column "q01"}), so the data still binds.
 */
public final class IndicatorRename {

	/** The Study language's names (terminal ID), letters of many scripts included. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

	private IndicatorRename() {
	}

	/** Why {@code name} cannot be the new name of {@code indicator}, or null when it can. */
	public static String problem(Indicator indicator, String name) {
		if (name == null || name.isEmpty()) {
			return "Enter the new name";
		}
		if (name.equals(indicator.getName())) {
			return "The indicator is already called '" + name + "'";
		}
		if (!NAME.matcher(name).matches()) {
			return "A name starts with a letter or '_' and goes on with letters, digits or '_'";
		}
		if (StudyLanguage.wordKeywords().contains(name)) {
			return "'" + name + "' is a keyword of the study language";
		}
		if (indicator.eContainer() != null && indicator.eContainer().eContainer() instanceof Study study) {
			for (Indicator other : StudyQueries.indicators(study)) {
				if (other != indicator && name.equals(other.getName())) {
					return "An indicator called '" + name + "' already exists";
				}
			}
		}
		return null;
	}

	/** True when the indicator's data column is its name (no explicit column). */
	public static boolean readsColumnByName(Indicator indicator) {
		return indicator.getColumn() == null || indicator.getColumn().isEmpty();
	}

	/** The edit renaming {@code indicator} to {@code name}; {@code keepColumn} writes out the data column. */
	public static MultiTextEdit edit(XtextResource resource, Indicator indicator, String name, boolean keepColumn) {
		MultiTextEdit edit = new MultiTextEdit();
		for (IndicatorUsages.Usage usage : IndicatorUsages.of(resource, indicator)) {
			if (usage.kind() != IndicatorUsages.Kind.IN_RANGE) {
				edit.addChild(new ReplaceEdit(usage.offset(), usage.length(), name));
			}
		}
		if (keepColumn && readsColumnByName(indicator)) {
			edit.addChild(new InsertEdit(endOf(indicator), " column \"" + indicator.getName() + "\""));
		}
		return edit;
	}

	/** Where the declaration's last token ends (trailing comments and line breaks excluded). */
	private static int endOf(Indicator indicator) {
		ICompositeNode declaration = NodeModelUtils.findActualNodeFor(indicator);
		int end = declaration.getOffset();
		for (ILeafNode leaf : declaration.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}
}
