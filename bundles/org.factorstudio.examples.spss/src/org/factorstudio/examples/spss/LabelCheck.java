package org.factorstudio.examples.spss;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ItemSpec;

import com.bedatadriven.spss.SpssVariable;

/**
 * Where a .sav file's own description of an item disagrees with the study's scale, as warnings naming the column:
 * value labels on codes outside the scale that are not missing (a 1..7 labelling of a 1..5 item: the file and the
 * study describe different questionnaires, or the study's scale is wrong), and user-missing codes inside the scale
 * (valid answers that will be read as missing).
 */
final class LabelCheck {

	private LabelCheck() {
	}

	static List<ImportProblem> check(String fileName, Path file, List<SpssVariable> variables,
			Map<String, ItemSpec> itemsByColumn) {
		List<ImportProblem> problems = new ArrayList<>();
		for (SpssVariable variable : variables) {
			ItemSpec item = itemsByColumn.get(variable.getVariableName().trim());
			if (item == null || !variable.isNumeric() || item.min() == null || item.max() == null) {
				continue;
			}
			String column = item.column();
			String where = fileName + ", column " + column + ": ";
			Map<Double, String> outside = new TreeMap<>();
			Map<Double, String> labels = variable.getValueLabels() == null ? Map.of() : variable.getValueLabels();
			labels.forEach((code, label) -> {
				boolean inScale = code >= item.min() && code <= item.max();
				boolean studyMissing = code == Math.rint(code) && item.missingCodes().contains((int) Math.round(code));
				if (!inScale && !studyMissing && !SavImporter.MissingValues.isMissing(variable, code)) {
					outside.put(code, label);
				}
			});
			if (!outside.isEmpty()) {
				List<String> listed = new ArrayList<>();
				outside.forEach((code, label) -> listed.add(code(code) + " = \"" + label.trim() + "\""));
				problems.add(warning(SavProblemCodes.LABEL_OUTSIDE_SCALE, where + "the file labels "
						+ String.join(", ", listed) + ", outside the study's scale " + item.rangeText()
						+ " and not declared missing; answers with " + (outside.size() == 1 ? "this code" : "these codes")
						+ " will be reported as out of range. Expected labels within " + item.rangeText()
						+ ": is the study's scale for " + item.name() + " the one the questionnaire used?", file, column));
			}
			List<String> inside = new ArrayList<>();
			if (variable.getMissing() != null) {
				for (Double code : variable.getMissing()) {
					if (code != null && code >= item.min() && code <= item.max()) {
						inside.add(code(code));
					}
				}
			}
			if (variable.isHasMissingRange() && variable.getMissingMin() <= item.max()
					&& variable.getMissingMax() >= item.min()) {
				inside.add(code(variable.getMissingMin()) + " thru " + code(variable.getMissingMax()));
			}
			if (!inside.isEmpty()) {
				problems.add(warning(SavProblemCodes.MISSING_INSIDE_SCALE, where + "the file declares "
						+ String.join(", ", inside) + " user-missing, inside the study's scale " + item.rangeText()
						+ ", so those answers are read as missing, as SPSS reads them. Expected user-missing codes"
						+ " outside the scale (such as 9 = \"don't know\"); check the file's MISSING VALUES.", file,
						column));
			}
		}
		return problems;
	}

	static String code(double code) {
		return BigDecimal.valueOf(code).stripTrailingZeros().toPlainString();
	}

	private static ImportProblem warning(String code, String message, Path file, String column) {
		return new ImportProblem(ImportProblem.Severity.WARNING, code, message, file, OptionalLong.empty(),
				Optional.of(column));
	}
}
