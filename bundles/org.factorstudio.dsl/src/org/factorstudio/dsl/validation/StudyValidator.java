package org.factorstudio.dsl.validation;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.factorstudio.model.Plans;
import org.factorstudio.model.StudyQueries;
import org.factorstudio.model.StudyQueries.Member;
import org.factorstudio.dsl.analyses.AnalysisCatalog;
import org.factorstudio.dsl.analyses.AnalysisInfo;
import org.factorstudio.model.study.AnalysisPlan;
import org.factorstudio.model.study.AnalysisRequest;
import org.factorstudio.model.study.Parameter;
import org.factorstudio.model.study.ColumnLabels;
import org.factorstudio.model.study.DataSource;
import org.factorstudio.model.study.Correction;
import org.factorstudio.model.study.CorrelationMethod;
import org.factorstudio.model.study.Direction;
import org.factorstudio.model.study.FamilyMember;
import org.factorstudio.model.study.ScoringRule;
import org.factorstudio.model.study.TestFamily;
import org.factorstudio.model.study.Factor;
import org.factorstudio.model.study.Hypothesis;
import org.factorstudio.model.study.IndexMember;
import org.factorstudio.model.study.IndexVariable;
import org.factorstudio.model.study.IndicatorGroup;
import org.factorstudio.model.study.Indicator;
import org.factorstudio.model.study.NamedElement;
import org.factorstudio.model.study.Scale;
import org.factorstudio.model.study.Study;
import org.factorstudio.model.study.StudyPackage.Literals;
import org.factorstudio.model.study.Tails;
import org.factorstudio.model.study.ValueLabel;

/**
 * The checks of the Study language that the grammar and the linker cannot make. Each problem
 * carries a code from {@link StudyIssueCodes}.
 */
public class StudyValidator extends AbstractStudyValidator {

	/**
	 * Shared by every validator instance: its cache lets the editor re-validate an unchanged data file for free.
	 */
	private static final StudyDataCheck DATA_CHECK = new StudyDataCheck(DataImporters::available);

	@Check
	public void checkNamesUnique(Study study) {
		// Kinds are separate namespaces: a factor may be called like the index that measures it.
		reportDuplicates(study.getScales(), "scale");
		reportDuplicates(StudyQueries.indicators(study), "indicator");
		reportDuplicates(study.getIndexVariables(), "index variable");
		reportDuplicates(study.getAreas(), "area");
		reportDuplicates(study.getAreas().stream().flatMap(a -> a.getFactors().stream()).toList(), "factor");
		reportDuplicates(study.getHypotheses(), "hypothesis");
	}

	private void reportDuplicates(List<? extends NamedElement> elements, String kind) {
		Map<String, NamedElement> first = new HashMap<>();
		for (NamedElement element : elements) {
			String name = element.getName();
			if (name == null) {
				continue;
			}
			NamedElement earlier = first.putIfAbsent(name, element);
			if (earlier != null) {
				error("Duplicate " + kind + " '" + name + "': it is already declared on line " + line(earlier),
						element, Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.DUPLICATE_NAME);
			}
		}
	}

	/** Text codes ("NA") mark missing answers; a value label needs a number (the answer it labels). */
	@Check
	public void checkTextCodesAreMissingCodes(Scale scale) {
		for (ValueLabel label : scale.getLabels()) {
			if (label.getText() != null) {
				error("'\"" + label.getText() + "\"' is text: a value label needs the number it labels (1 = \"helt uenig\");"
						+ " a text that marks no answer is a missing code: missing \"" + label.getText() + "\"", label,
						Literals.VALUE_LABEL__TEXT, StudyIssueCodes.TEXT_VALUE_LABEL);
			}
		}
	}

	@Check
	public void checkScaleRange(Scale scale) {
		Integer min = scale.getMin();
		Integer max = scale.getMax();
		if (min != null && max != null && min >= max) {
			error("Scale '" + scale.getName() + "' needs a minimum below its maximum, but is " + min + ".." + max,
					scale, Literals.SCALE__MIN, StudyIssueCodes.INVALID_SCALE_RANGE);
		}
		if (min != null && max != null) {
			for (ValueLabel code : scale.getMissingCodes()) {
				if (code.getText() == null && code.getValue() >= min && code.getValue() <= max) {
					warning("Missing code " + code.getValue() + " lies inside the scale's range " + min + ".." + max
							+ ": answers of " + code.getValue() + " will be treated as missing", code,
							Literals.VALUE_LABEL__VALUE, StudyIssueCodes.MISSING_CODE_IN_RANGE);
				}
			}
		}
	}

	@Check
	public void checkIndicatorHasScale(Indicator indicator) {
		if (StudyQueries.effectiveScale(indicator).isEmpty()) {
			warning("Indicator '" + indicator.getName()
					+ "' has no scale: declare one on it or on its indicators group, so that its values can be checked",
					indicator, Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.INDICATOR_WITHOUT_SCALE);
		}
	}

	@Check
	public void checkMembers(IndexVariable index) {
		Set<Indicator> seen = new HashSet<>();
		for (IndexMember member : index.getMembers()) {
			Indicator start = member.getIndicator();
			Indicator end = member.getRangeEnd();
			if (isResolved(start) && isResolved(end)) {
				List<Indicator> order = StudyQueries.indicators((Study) index.eContainer());
				if (order.indexOf(end) < order.indexOf(start)) {
					error("The range " + start.getName() + ".." + end.getName() + " runs backwards: '" + end.getName()
							+ "' is declared before '" + start.getName() + "'", member, Literals.INDEX_MEMBER__RANGE_END,
							StudyIssueCodes.BACKWARD_RANGE);
				}
			}
			for (Member expanded : StudyQueries.expand(member)) {
				Indicator indicator = expanded.indicator();
				if (!seen.add(indicator)) {
					error("Indicator '" + indicator.getName() + "' is already a member of index '" + index.getName() + "'",
							member, Literals.INDEX_MEMBER__INDICATOR, StudyIssueCodes.DUPLICATE_MEMBER);
				}
				if (expanded.reversed()) {
					var scale = StudyQueries.effectiveScale(indicator);
					// an unresolved scale is the linker's error; its range is unknown, not missing
					boolean unresolved = scale.isPresent() && scale.get().eIsProxy();
					if (!unresolved && (scale.isEmpty() || scale.get().getMin() == null || scale.get().getMax() == null)) {
						error("Indicator '" + indicator.getName()
								+ "' is reversed, but its scale has no declared range: reversal needs min and max (x' = min + max - x)",
								member, Literals.INDEX_MEMBER__INDICATOR, StudyIssueCodes.REVERSED_WITHOUT_RANGE);
					}
				}
			}
		}
		Integer minValid = index.getMinValid();
		if (minValid != null) {
			int size = StudyQueries.members(index).size();
			if (minValid > size) {
				error("Index '" + index.getName() + "' has " + size + " member" + (size == 1 ? "" : "s")
						+ ", so at least " + minValid + " valid members can never be reached", index,
						Literals.INDEX_VARIABLE__MIN_VALID, StudyIssueCodes.MIN_VALID_TOO_LARGE);
			} else if (minValid < 1) {
				error("The minimum number of valid members must be at least 1", index,
						Literals.INDEX_VARIABLE__MIN_VALID, StudyIssueCodes.MIN_VALID_TOO_SMALL);
			}
		}
	}

	@Check
	public void checkFactorIsNotDependent(Factor factor) {
		Study study = study(factor);
		if (study != null && factor.getIndex() != null && factor.getIndex() == study.getDependent()) {
			error("Factor '" + factor.getName() + "' is measured by the dependent variable '"
					+ study.getDependent().getName() + "': a factor cannot also be the dependent (or a control for it)",
					factor, Literals.FACTOR__INDEX, StudyIssueCodes.DEPENDENT_AS_FACTOR);
		}
	}

	@Check
	public void checkHypothesis(Hypothesis hypothesis) {
		Study study = study(hypothesis);
		if (study == null) {
			return;
		}
		if (study.getDependent() == null && !hasSyntaxErrors(study)) {
			error("Hypothesis '" + hypothesis.getName() + "' needs a dependent variable: declare 'dependent <index>'",
					hypothesis, Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.NO_DEPENDENT);
		}
		if (anyOneTailed(study) && hypothesis.getDirection() == Direction.NONE) {
			error("The analysis is one-tailed, so hypothesis '" + hypothesis.getName()
					+ "' needs a direction: 'positive' or 'negative'", hypothesis, Literals.HYPOTHESIS__FACTOR,
					StudyIssueCodes.HYPOTHESIS_WITHOUT_DIRECTION);
		}
	}

	@Check
	public void checkPlan(AnalysisPlan plan) {
		checkLevel(plan, plan.getSignificanceLevel(), Literals.ANALYSIS_PLAN__SIGNIFICANCE_LEVEL, "significance level");
		checkLevel(plan, plan.getConfidenceLevel(), Literals.ANALYSIS_PLAN__CONFIDENCE_LEVEL, "confidence level");
		List<IndexVariable> listed = plan.getReliabilityFor();
		for (int i = 0; i < listed.size(); i++) {
			IndexVariable index = listed.get(i);
			if (isResolved(index) && StudyQueries.members(index).size() < 2) {
				addIssue("Index '" + index.getName() + "' has a single member: Cronbach's alpha needs at least two",
						plan, Literals.ANALYSIS_PLAN__RELIABILITY_FOR, i, StudyIssueCodes.SINGLE_ITEM_RELIABILITY);
			}
		}
	}

	private void checkLevel(AnalysisPlan plan, double level, EStructuralFeature feature, String what) {
		if (plan.eIsSet(feature) && !(level > 0 && level < 1)) {
			error("The " + what + " must lie strictly between 0 and 1, but is " + level, plan, feature,
					StudyIssueCodes.LEVEL_OUT_OF_RANGE);
		}
	}

	/**
	 * Indicators in no index variable: one warning per {@code indicators} block, not one per indicator (a
	 * questionnaire often keeps statements for other purposes; the example has eleven). A block with one such
	 * indicator is warned on its name; with more, on the block's keyword, naming them all. The issue data are
	 * the names, for the quick fix. Its severity is configurable ({@link StudyConfigurableIssueCodes}).
	 */
	@Check
	public void checkIndicatorsUsed(Study study) {
		if (hasSyntaxErrors(study)) {
			return; // a declaration the parser skipped may be the index that uses them
		}
		Set<Indicator> used = new HashSet<>();
		for (IndexVariable index : study.getIndexVariables()) {
			for (Member member : StudyQueries.members(index)) {
				used.add(member.indicator());
			}
		}
		for (IndicatorGroup group : study.getIndicatorGroups()) {
			List<Indicator> unused = group.getIndicators().stream().filter(i -> !used.contains(i) && i.getName() != null)
					.toList();
			if (unused.size() == 1) {
				addIssue("Indicator '" + unused.get(0).getName() + "' is used in no index variable", unused.get(0),
						Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.UNUSED_INDICATOR, unused.get(0).getName());
			} else if (unused.size() > 1) {
				String[] names = unused.stream().map(Indicator::getName).toArray(String[]::new);
				String block = group.getLabel() == null ? "this block" : "'" + group.getLabel() + "'";
				String message = names.length + " indicators of " + block + " are used in no index variable: "
						+ String.join(", ", names);
				INode keyword = firstKeyword(group);
				if (keyword == null) {
					addIssue(message, group, null, StudyIssueCodes.UNUSED_INDICATOR, names);
				} else {
					addIssue(message, group, keyword.getOffset(), keyword.getLength(), StudyIssueCodes.UNUSED_INDICATOR,
							names);
				}
			}
		}
	}

	private static INode firstKeyword(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof Keyword) {
					return leaf;
				}
			}
		}
		return null;
	}

	/**
	 * A plan may only ask for analyses some installed plugin declares, with the parameters it declares. Without a
	 * running platform (plain Java) nothing is known about the installed plugins, and nothing is checked.
	 */
	@Check
	public void checkAnalysisRequest(AnalysisRequest request) {
		AnalysisCatalog.platform().ifPresent(catalog -> checkAnalysisRequest(request, catalog));
	}

	private void checkAnalysisRequest(AnalysisRequest request, AnalysisCatalog catalog) {
		String id = request.getAnalysisId();
		if (id == null) {
			return;
		}
		Optional<AnalysisInfo> analysis = catalog.find(id);
		if (analysis.isEmpty()) {
			List<String> known = catalog.onRequest().stream().map(AnalysisInfo::id).sorted().toList();
			error("No installed plugin provides the analysis '" + id + "'. "
					+ (known.isEmpty() ? "No analysis that runs on request is installed."
							: "Installed analyses to run: " + String.join(", ", known) + ".")
					+ " Install the plugin that provides it, or remove this line.", request,
					Literals.ANALYSIS_REQUEST__ANALYSIS_ID, StudyIssueCodes.UNKNOWN_ANALYSIS);
			return;
		}
		Set<String> given = new HashSet<>();
		for (Parameter parameter : request.getParameters()) {
			String key = parameter.getKey();
			if (key == null) {
				continue;
			}
			Optional<AnalysisInfo.ParameterInfo> declared = analysis.get().parameter(key);
			if (declared.isEmpty()) {
				List<String> names = analysis.get().parameters().stream().map(AnalysisInfo.ParameterInfo::name).toList();
				error("The analysis '" + id + "' has no parameter '" + key + "'"
						+ (names.isEmpty() ? "; it takes none." : "; it takes " + String.join(", ", names) + "."),
						parameter, Literals.PARAMETER__KEY, StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER);
			} else if (!given.add(key)) {
				error("The parameter '" + key + "' is given twice", parameter, Literals.PARAMETER__KEY,
						StudyIssueCodes.UNKNOWN_ANALYSIS_PARAMETER);
			} else if (parameter.getValue() != null
					&& declared.get().type() == AnalysisInfo.ParameterType.BACKGROUND_COLUMN) {
				checkBackgroundColumn(request, parameter, id);
			} else if (parameter.getValue() != null
					&& declared.get().type() == AnalysisInfo.ParameterType.INDEX_VARIABLE) {
				checkIndexVariables(request, parameter, id);
			} else if (parameter.getValue() != null) {
				declared.get().problemWith(parameter.getValue()).ifPresent(problem -> error(
						"Parameter '" + key + "' of '" + id + "': " + problem, parameter, Literals.PARAMETER__VALUE,
						StudyIssueCodes.INVALID_ANALYSIS_PARAMETER));
			}
		}
	}

	/** A background-column parameter names one declared background column, or several separated by commas. */
	private void checkBackgroundColumn(AnalysisRequest request, Parameter parameter, String id) {
		Study study = study(request);
		List<String> declared = study == null || study.getDataSource() == null ? List.of()
				: study.getDataSource().getBackgroundColumns();
		for (String name : parameter.getValue().split(",")) {
			String column = name.trim();
			if (!declared.contains(column)) {
				error("Parameter '" + parameter.getKey() + "' of '" + id + "' names the column '" + column
						+ "', which the data block does not declare as background"
						+ (declared.isEmpty() ? "; declare it with: background " + column
								: "; declared background columns: " + String.join(", ", declared)),
						parameter, Literals.PARAMETER__VALUE, StudyIssueCodes.UNKNOWN_BACKGROUND_COLUMN);
				return;
			}
		}
	}

	/**
	 * An index-variable parameter is {@code all} or names index variables of the study, separated by commas; an
	 * unknown name is an error that names the closest known ones.
	 */
	private void checkIndexVariables(AnalysisRequest request, Parameter parameter, String id) {
		Study study = study(request);
		if (study == null || parameter.getValue().isBlank() || parameter.getValue().trim().equalsIgnoreCase("all")) {
			return;
		}
		List<String> known = study.getIndexVariables().stream().map(IndexVariable::getName).filter(n -> n != null)
				.toList();
		for (String name : parameter.getValue().split(",")) {
			String index = name.trim();
			if (!index.isEmpty() && !known.contains(index)) {
				List<String> closest = ClosestNames.of(index, known, 3);
				error("Parameter '" + parameter.getKey() + "' of '" + id + "' names '" + index
						+ "', which is not an index variable of the study"
						+ (closest.isEmpty() ? (known.isEmpty() ? "; the study declares none" : "; write all or one of: "
								+ String.join(", ", known.subList(0, Math.min(8, known.size())))
								+ (known.size() > 8 ? ", ..." : ""))
								: "; did you mean " + String.join(", ", closest) + "?"),
						parameter, Literals.PARAMETER__VALUE, StudyIssueCodes.UNKNOWN_INDEX_IN_PARAMETER, index);
				return;
			}
		}
	}

	/** {@code labels column = Scale}: the column is a declared background column, labelled once, by a scale with labels. */
	@Check
	public void checkColumnLabels(DataSource source) {
		Set<String> seen = new HashSet<>();
		for (ColumnLabels labels : source.getColumnLabels()) {
			String column = labels.getColumn();
			if (column == null) {
				continue;
			}
			if (!source.getBackgroundColumns().contains(column)) {
				error("Labels for the column '" + column + "', which is not declared as background: add it to the"
						+ " 'background' list" + (source.getBackgroundColumns().isEmpty() ? ""
								: " (" + String.join(", ", source.getBackgroundColumns()) + ")"),
						labels, Literals.COLUMN_LABELS__COLUMN, StudyIssueCodes.LABELS_FOR_UNDECLARED_COLUMN);
			} else if (!seen.add(column)) {
				error("The column '" + column + "' already has labels: give each column one scale", labels,
						Literals.COLUMN_LABELS__COLUMN, StudyIssueCodes.REPEATED_COLUMN_LABELS);
			}
			Scale scale = labels.getScale();
			if (isResolved(scale) && scale.getLabels().isEmpty()) {
				warning("Scale '" + scale.getName() + "' declares no value labels (such as 1 = \"Østfold\"), so the"
						+ " column '" + column + "' gets none from it", labels, Literals.COLUMN_LABELS__SCALE,
						StudyIssueCodes.LABELS_WITHOUT_VALUES);
			}
		}
	}

	@Check(CheckType.NORMAL)
	public void checkDataFile(DataSource source) {
		File file = dataFile(source);
		if (file == null) {
			return;
		}
		if (!file.exists()) {
			error("Data file '" + source.getFile() + "' does not exist (looked for " + file.getPath() + ")", source,
					Literals.DATA_SOURCE__FILE, StudyIssueCodes.DATA_FILE_MISSING);
		} else if (file.isDirectory()) {
			error("Data file '" + source.getFile() + "' is a directory, not a file", source, Literals.DATA_SOURCE__FILE,
					StudyIssueCodes.DATA_FILE_MISSING);
		} else if (!Files.isRegularFile(file.toPath())) {
			// a FIFO would block the import forever, a device would never end
			error("Data file '" + source.getFile() + "' is not a regular file (a pipe, device or socket): export the data"
					+ " to a file and name that file", source, Literals.DATA_SOURCE__FILE,
					StudyIssueCodes.DATA_FILE_NOT_REGULAR);
		}
	}

	/** A run needs data; {@code validate} must reject what {@code analyze} rejects. */
	@Check
	public void checkDataDeclared(Study study) {
		if (hasSyntaxErrors(study)) {
			return; // the data declaration may be what the parser skipped
		}
		if (study.getDataSource() == null || study.getDataSource().getFile() == null) {
			error("The study declares no data file: add a line such as data \"responses.csv\"", study,
					Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.NO_DATA_DECLARATION);
		}
	}

	/** The reading options a run would refuse: the same rules as the import's specification. */
	@Check
	public void checkDataOptions(DataSource source) {
		checkOneCharacter(source, source.getDelimiter(), Literals.DATA_SOURCE__DELIMITER, "delimiter");
		checkOneCharacter(source, source.getDecimalSeparator(), Literals.DATA_SOURCE__DECIMAL_SEPARATOR,
				"decimal separator");
		String decimal = source.getDecimalSeparator();
		if (decimal != null && decimal.length() == 1 && Character.isDigit(decimal.charAt(0))) {
			error("The decimal separator cannot be a digit", source, Literals.DATA_SOURCE__DECIMAL_SEPARATOR,
					StudyIssueCodes.INVALID_DATA_OPTION);
		}
		if (decimal != null && decimal.equals(source.getDelimiter())) {
			error("The decimal separator and the delimiter cannot both be '" + decimal + "'", source,
					Literals.DATA_SOURCE__DECIMAL_SEPARATOR, StudyIssueCodes.INVALID_DATA_OPTION);
		}
		String encoding = source.getEncoding();
		if (encoding != null && !isSupportedCharset(encoding)) {
			error("Unknown encoding '" + encoding + "': use a name such as \"UTF-8\", \"windows-1252\" or \"ISO-8859-1\"",
					source, Literals.DATA_SOURCE__ENCODING, StudyIssueCodes.INVALID_DATA_OPTION);
		}
	}

	private void checkOneCharacter(DataSource source, String text, EStructuralFeature feature, String what) {
		if (text == null) {
			return;
		}
		String value = "\\t".equals(text) || "tab".equalsIgnoreCase(text) ? "\t" : text;
		if (value.length() != 1) {
			error("The " + what + " must be one character (or \"tab\"), not \"" + text + "\"", source, feature,
					StudyIssueCodes.INVALID_DATA_OPTION);
		} else if (value.equals("\"") || value.equals("\n") || value.equals("\r")) {
			error("The " + what + " cannot be a quote or a line break", source, feature,
					StudyIssueCodes.INVALID_DATA_OPTION);
		}
	}

	private static boolean isSupportedCharset(String name) {
		try {
			return Charset.isSupported(name);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * Control characters (NUL, ESC, ...) have no place in a study: in a label they would reach terminals and
	 * reports as escape sequences. Tabs and line breaks are white space.
	 */
	@Check
	public void checkNoControlCharacters(Study study) {
		ICompositeNode root = NodeModelUtils.getNode(study);
		if (root == null) {
			return;
		}
		int reported = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			String text = leaf.getText();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (isControl(c)) {
					getMessageAcceptor().acceptError(
							"Control character " + String.format("U+%04X", (int) c) + controlName(c)
									+ " in the study text: remove it (it would garble terminals and reports)",
							study, leaf.getOffset() + i, 1, StudyIssueCodes.CONTROL_CHARACTER);
					reported++;
					break;
				}
			}
			if (reported >= MAX_CONTROL_CHARACTER_REPORTS) {
				return;
			}
		}
	}

	private static final int MAX_CONTROL_CHARACTER_REPORTS = 20;

	private static boolean isControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	private static String controlName(char c) {
		return switch (c) {
		case 0 -> " (NUL)";
		case 0x1B -> " (ESC)";
		case 0x7F -> " (DEL)";
		default -> "";
		};
	}

	/**
	 * The study holds one dependent, one data declaration and one analysis plan, and each setting once: the
	 * grammar lets a second one replace the first silently (and with it the first one's problems).
	 */
	@Check
	public void checkDeclaredOnce(Study study) {
		reportRepeats(study, NodeModelUtils.findNodesForFeature(study, Literals.STUDY__DEPENDENT), "'dependent'");
		reportRepeats(study, NodeModelUtils.findNodesForFeature(study, Literals.STUDY__DATA_SOURCE), "The 'data' declaration");
		if (study.getDataSource() != null) {
			reportRepeatedKeywords(study.getDataSource(), DATA_SETTINGS);
		}
		Map<String, AnalysisPlan> named = new HashMap<>();
		for (AnalysisPlan plan : study.getPlans()) {
			reportRepeatedKeywords(plan, PLAN_SETTINGS);
			AnalysisPlan earlier = named.putIfAbsent(Plans.name(plan), plan);
			if (earlier == null) {
				continue;
			}
			INode first = NodeModelUtils.getNode(earlier);
			int line = first == null ? 0 : first.getStartLine();
			if (plan.getName() == null && earlier.getName() == null) {
				INode node = NodeModelUtils.getNode(plan);
				getMessageAcceptor().acceptError("The unnamed 'analysis' block is already given on line " + line
						+ "; a study has one unnamed plan (the primary): merge them, or name this one"
						+ " ('analysis robustness extends primary { ... }')", study,
						node == null ? 0 : node.getOffset(), "analysis".length(), StudyIssueCodes.REPEATED_DECLARATION);
			} else {
				error("A plan named '" + Plans.name(plan) + "' is already declared on line " + line
						+ (earlier.getName() == null ? " (the unnamed plan is called 'primary')" : "")
						+ "; each plan needs its own name", plan,
						plan.getName() == null ? null : Literals.ANALYSIS_PLAN__NAME, StudyIssueCodes.DUPLICATE_PLAN_NAME);
			}
		}
	}

	private static boolean anyOneTailed(Study study) {
		return study.getPlans().stream().anyMatch(p -> Plans.effective(p).getTails() == Tails.ONE);
	}

	/**
	 * A plan's own checks beyond the levels: its base, its controls, its scoring rules and its families.
	 * Names of controls are resolved here (not by the linker) so that a background column, which is a name
	 * in the data declaration, can be one.
	 */
	@Check
	public void checkPlanVariants(AnalysisPlan plan) {
		Study study = study(plan);
		if (study == null) {
			return;
		}
		if (plan.getBase() != null && !plan.getBase().eIsProxy()) {
			if (study.getPlans().indexOf(plan) == 0) {
				error("The first plan is the primary plan and cannot extend another: move '" + Plans.name(plan)
						+ "' after the plan it extends", plan, Literals.ANALYSIS_PLAN__BASE, StudyIssueCodes.PRIMARY_PLAN_EXTENDS);
			} else if (Plans.ancestors(plan.getBase()).contains(plan) || plan.getBase() == plan) {
				error("Plan '" + Plans.name(plan) + "' extends itself through '" + Plans.name(plan.getBase())
						+ "': a plan can only extend a plan that does not extend it", plan, Literals.ANALYSIS_PLAN__BASE,
						StudyIssueCodes.PLAN_CYCLE);
			}
		}
		AnalysisPlan effective = Plans.effective(plan);
		if (plan.isPartial() && effective.getMethod() == CorrelationMethod.KENDALL) {
			warning("Partial correlations are computed for Spearman and Pearson only (Kendall's partial tau has no"
					+ " accepted test): this plan's partial correlations are left out. Use 'method spearman' for them",
					plan, Literals.ANALYSIS_PLAN__PARTIAL, StudyIssueCodes.KENDALL_PARTIAL);
		}
		checkControls(study, plan);
		for (int i = 0; i < plan.getScoring().size(); i++) {
			ScoringRule rule = plan.getScoring().get(i);
			if (isResolved(rule.getIndex())) {
				int members = StudyQueries.members(rule.getIndex()).size();
				if (rule.getMinValid() < 1 || rule.getMinValid() > members) {
					error("Index '" + rule.getIndex().getName() + "' has " + members + " statements: its minimum in a"
							+ " plan must lie between 1 and " + members + ", but is " + rule.getMinValid(), rule,
							Literals.SCORING_RULE__MIN_VALID, StudyIssueCodes.SCORING_OUT_OF_RANGE);
				}
			}
		}
		checkFamilies(plan, effective);
	}

	private void checkControls(Study study, AnalysisPlan plan) {
		Set<String> factors = new HashSet<>();
		study.getAreas().forEach(a -> a.getFactors().forEach(f -> factors.add(f.getName())));
		Set<String> indices = new HashSet<>();
		study.getIndexVariables().forEach(i -> indices.add(i.getName()));
		Set<String> background = study.getDataSource() == null ? Set.of()
				: Set.copyOf(study.getDataSource().getBackgroundColumns());
		IndexVariable dependent = study.getDependent();
		// the variable each control stands for: a factor is the index that measures it
		Map<String, String> indexOfFactor = new HashMap<>();
		study.getAreas().forEach(a -> a.getFactors().forEach(f -> {
			if (f.getIndex() != null && !f.getIndex().eIsProxy()) {
				indexOfFactor.put(f.getName(), f.getIndex().getName());
			}
		}));
		Map<String, String> seen = new HashMap<>();
		for (int i = 0; i < plan.getControls().size(); i++) {
			String name = plan.getControls().get(i);
			String variable = indices.contains(name) ? name : indexOfFactor.getOrDefault(name, "column " + name);
			String earlier = seen.putIfAbsent(variable, name);
			if (earlier != null) {
				error("Control '" + name + "' is the same variable as '" + earlier + "' (index " + variable
						+ "): controlling for a variable twice leaves no partial correlation computable; name it once",
						plan, Literals.ANALYSIS_PLAN__CONTROLS, i, StudyIssueCodes.REPEATED_CONTROL);
			} else if (dependent != null && name.equals(dependent.getName())) {
				error("'" + name + "' is the dependent variable: it cannot also be a control", plan,
						Literals.ANALYSIS_PLAN__CONTROLS, i, StudyIssueCodes.DEPENDENT_AS_CONTROL);
			} else if (!factors.contains(name) && !indices.contains(name) && !background.contains(name)) {
				error("Control '" + name + "' is neither a factor, an index variable nor a background column: expected one of "
						+ "the factors, the index variables, or a column listed in the data block's 'background'", plan,
						Literals.ANALYSIS_PLAN__CONTROLS, i, StudyIssueCodes.UNKNOWN_CONTROL);
			}
		}
	}

	private void checkFamilies(AnalysisPlan plan, AnalysisPlan effective) {
		if (!plan.getFamilies().isEmpty() && effective.getCorrection() == Correction.NONE) {
			warning("Families are declared but the plan's correction is 'none': no p-value is adjusted. Add"
					+ " 'correction holm' (or bonferroni, benjamini-hochberg)", plan.getFamilies().get(0),
					Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.FAMILY_WITHOUT_CORRECTION);
		}
		Map<String, TestFamily> familyNames = new HashMap<>();
		Map<String, TestFamily> tests = new HashMap<>();
		for (TestFamily family : plan.getFamilies()) {
			if (familyNames.putIfAbsent(family.getName(), family) != null) {
				error("A family named '" + family.getName() + "' is already declared in this plan", family,
						Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.DUPLICATE_FAMILY_NAME);
			}
			for (int i = 0; i < family.getMembers().size(); i++) {
				FamilyMember member = family.getMembers().get(i);
				if (member.isPartial() && !effective.isPartial()) {
					error("'partial " + member.getHypothesis().getName() + "' names a partial correlation, but this plan"
							+ " computes none: add 'partial' to the plan", member, Literals.FAMILY_MEMBER__PARTIAL,
							StudyIssueCodes.FAMILY_PARTIAL_WITHOUT_PARTIAL);
				}
				String test = member.isMatrix() ? "matrix"
						: (member.isPartial() ? "partial " : "") + (member.getHypothesis() == null ? "?" : member.getHypothesis().getName());
				TestFamily earlier = tests.putIfAbsent(test, family);
				if (earlier != null) {
					error("'" + test + "' is already in family '" + earlier.getName()
							+ "': a test belongs to one correction family", member,
							member.isMatrix() ? Literals.FAMILY_MEMBER__MATRIX : Literals.FAMILY_MEMBER__HYPOTHESIS,
							StudyIssueCodes.TEST_IN_TWO_FAMILIES);
				}
			}
		}
	}

	private static final Set<String> DATA_SETTINGS = Set.of("format", "delimiter", "encoding", "sheet", "decimal", "id",
			"status", "keep-unanswered", "on-invalid");

	private static final Set<String> PLAN_SETTINGS = Set.of("method", "tails", "missing", "significance", "confidence",
			"correction", "partial", "reliability", "compatibility");

	private void reportRepeats(Study study, List<INode> nodes, String what) {
		for (int i = 1; i < nodes.size(); i++) {
			INode repeat = nodes.get(i);
			getMessageAcceptor().acceptError(what + " is already given on line " + nodes.get(0).getStartLine()
					+ "; a study has one: remove or merge this one", study, repeat.getOffset(), repeat.getLength(),
					StudyIssueCodes.REPEATED_DECLARATION);
		}
	}

	private void reportRepeatedKeywords(EObject block, Set<String> settings) {
		ICompositeNode node = NodeModelUtils.getNode(block);
		if (node == null) {
			return;
		}
		Map<String, INode> first = new HashMap<>();
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.getGrammarElement() instanceof Keyword keyword
					&& settings.contains(keyword.getValue())) {
				INode earlier = first.putIfAbsent(keyword.getValue(), leaf);
				if (earlier != null) {
					getMessageAcceptor().acceptError("'" + keyword.getValue() + "' is already set on line "
							+ earlier.getStartLine() + ": set it once", block, leaf.getOffset(), leaf.getLength(),
							StudyIssueCodes.REPEATED_DECLARATION);
				}
			}
		}
	}

	/** Two factors measured by one index are one variable: every partial correlation would be singular. */
	@Check
	public void checkFactorsMeasureDifferentIndices(Study study) {
		Map<IndexVariable, Factor> measuredBy = new HashMap<>();
		for (var area : study.getAreas()) {
			for (Factor factor : area.getFactors()) {
				IndexVariable index = factor.getIndex();
				if (!isResolved(index)) {
					continue;
				}
				Factor earlier = measuredBy.putIfAbsent(index, factor);
				if (earlier != null) {
					error("Factors '" + earlier.getName() + "' and '" + factor.getName() + "' are both measured by index '"
							+ index.getName() + "': they would be one variable (their partial correlations cannot be"
							+ " computed); give each factor its own index", factor, Literals.FACTOR__INDEX,
							StudyIssueCodes.FACTORS_SHARE_INDEX);
				}
			}
		}
	}

	/**
	 * Under a one-tailed plan a factor without a hypothesis has no direction to test: its p would silently be
	 * the two-tailed p halved in the observed direction (SPSS's one-tailed p). Said here, not hidden.
	 */
	@Check
	public void checkOneTailedFactorsHaveHypotheses(Study study) {
		if (!anyOneTailed(study) || study.getDependent() == null || hasSyntaxErrors(study)) {
			return; // with a syntax error, the missing hypothesis may be the one the parser skipped
		}
		Set<Factor> hypothesised = new HashSet<>();
		for (Hypothesis hypothesis : study.getHypotheses()) {
			hypothesised.add(hypothesis.getFactor());
		}
		for (var area : study.getAreas()) {
			for (Factor factor : area.getFactors()) {
				if (!hypothesised.contains(factor)) {
					addIssue("The analysis is one-tailed, but factor '" + factor.getName()
							+ "' has no hypothesis: its p is the two-tailed p halved in the direction observed (as SPSS"
							+ " does). Add a hypothesis with a direction, or use 'tails two'", factor,
							Literals.NAMED_ELEMENT__NAME, StudyIssueCodes.ONE_TAILED_WITHOUT_HYPOTHESIS);
				}
			}
		}
	}

	/**
	 * Checks the data against the study as a run would import it; see {@link StudyDataCheck}. Expensive: it
	 * reads the data file (once per file state), so a run, which imports the data anyway, leaves it out.
	 */
	@Check(CheckType.EXPENSIVE)
	public void checkDataContents(DataSource source) {
		File file = dataFile(source);
		if (file == null || !file.isFile()) {
			return;
		}
		Study study = study(source);
		File studyFile = studyFile(source);
		if (study == null || studyFile == null) {
			return;
		}
		for (StudyDataCheck.Finding finding : DATA_CHECK.check(study, studyFile.toPath().getParent())) {
			List<Indicator> owners = finding.column().map(column -> StudyQueries.indicators(study).stream()
					.filter(i -> column.equals(StudyQueries.column(i))).toList()).orElse(List.of());
			if (owners.isEmpty()) {
				report(finding, source, Literals.DATA_SOURCE__FILE);
			}
			for (Indicator owner : owners) {
				report(finding, owner, Literals.NAMED_ELEMENT__NAME);
			}
		}
	}

	private void report(StudyDataCheck.Finding finding, EObject element, EStructuralFeature feature) {
		if (finding.error()) {
			error(finding.message(), element, feature, finding.code());
		} else {
			warning(finding.message(), element, feature, finding.code());
		}
	}

	/**
	 * The data file resolved against the study file's folder; null when the study is not a local file, or when the
	 * file's name is a text in quotes that is not closed (its end is a guess; the parser reports the missing quote).
	 */
	public static File dataFile(DataSource source) {
		if (source.getFile() == null || source.eResource() == null) {
			return null;
		}
		if (NodeModelUtils.findNodesForFeature(source, Literals.DATA_SOURCE__FILE).stream()
				.anyMatch(node -> node.getSyntaxErrorMessage() != null)) {
			return null;
		}
		File declared = new File(source.getFile());
		if (declared.isAbsolute()) {
			return declared;
		}
		File studyFile = studyFile(source);
		return studyFile == null ? null : new File(studyFile.getParentFile(), source.getFile());
	}

	/** The absolute study file holding this element; null when the study is not a local file. */
	private static File studyFile(EObject element) {
		if (element.eResource() == null) {
			return null;
		}
		URI local = CommonPlugin.asLocalURI(element.eResource().getURI());
		return local.isFile() ? new File(local.toFileString()).getAbsoluteFile() : null;
	}

	/**
	 * Whether the file has syntax errors. Checks of the whole study (unused indicators, no data, no dependent
	 * variable, factors without hypothesis) are left out then: the parser skipped the declarations around the
	 * error, so what they would report is mostly a consequence of the one error, not a finding.
	 */
	private static boolean hasSyntaxErrors(EObject element) {
		return element.eResource() instanceof XtextResource resource && resource.getParseResult() != null
				&& resource.getParseResult().hasSyntaxErrors();
	}

	private static Study study(EObject element) {
		EObject current = element;
		while (current != null && !(current instanceof Study)) {
			current = current.eContainer();
		}
		return (Study) current;
	}

	private static boolean isResolved(EObject element) {
		return element != null && !element.eIsProxy();
	}

	private static int line(EObject element) {
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}
}
