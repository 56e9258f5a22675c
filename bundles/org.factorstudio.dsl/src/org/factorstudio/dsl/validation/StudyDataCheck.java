package org.factorstudio.dsl.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.factorstudio.data.CellProblem;
import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.Importers;
import org.factorstudio.data.InvalidValuePolicy;
import org.factorstudio.data.study.StudyImportSpecs;
import org.factorstudio.model.study.Study;

/**
 * Reads a study's data file the way an analysis run would and turns what it finds into findings for the
 * editor: columns the study needs that the file lacks, cells outside the declared scale or not numeric (with
 * the first rows where they occur), and files that cannot be read at all.
 *
 * <p>The editor validates on every pause in typing, so the outcome is kept per file state (path, size,
 * modification time) and import specification: re-validating an unchanged study against an unchanged file
 * costs a map lookup.
 */
public final class StudyDataCheck {

	/** How many offending rows a finding names before it says "and N more". */
	static final int LISTED_ROWS = 3;

	private static final int CACHED_OUTCOMES = 8;

	/** What the check found, attached by the validator to the indicator (by column) or the data declaration. */
	public record Finding(String code, boolean error, String message, Optional<String> column) {
	}

	private record Key(Path file, long size, long modified, ImportSpec spec) {
	}

	private final Supplier<Importers> importers;
	private final Map<Key, List<Finding>> outcomes = Collections
			.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<Key, List<Finding>> eldest) {
					return size() > CACHED_OUTCOMES;
				}
			});

	public StudyDataCheck(Supplier<Importers> importers) {
		this.importers = importers;
	}

	/**
	 * The findings for the study's data; empty when the study declares no readable data file (the validator
	 * reports a missing file itself) or the declaration is unusable.
	 */
	public List<Finding> check(Study study, Path studyFolder) {
		ImportSpec declared;
		try {
			declared = StudyImportSpecs.of(study, studyFolder);
		} catch (IllegalArgumentException e) {
			return List.of();
		}
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(declared.file(), BasicFileAttributes.class);
		} catch (IOException e) {
			return List.of();
		}
		if (!attributes.isRegularFile()) {
			return List.of();
		}
		// Read leniently so that every invalid cell is found, not only the first one a strict run stops at.
		ImportSpec lenient = declared.withInvalidValuePolicy(InvalidValuePolicy.MISSING);
		boolean stopPolicy = declared.invalidValuePolicy() == InvalidValuePolicy.STOP;
		Key key = new Key(declared.file(), attributes.size(), attributes.lastModifiedTime().toMillis(), declared);
		List<Finding> known = outcomes.get(key);
		if (known != null) {
			return known;
		}
		// read outside the map's lock: one large file must not hold up the checks of every other study
		List<Finding> found = findings(importers.get().read(lenient, ImportMonitor.NONE), stopPolicy);
		List<Finding> raced = outcomes.putIfAbsent(key, found);
		return raced != null ? raced : found;
	}

	private static List<Finding> findings(ImportResult result, boolean stopPolicy) {
		List<Finding> findings = new ArrayList<>();
		for (ImportProblem problem : result.errors()) {
			if (ImportProblemCodes.MISSING_COLUMNS.equals(problem.code())
					|| ImportProblemCodes.WRONG_DELIMITER.equals(problem.code())) {
				findings.add(new Finding(StudyIssueCodes.DATA_COLUMN_MISSING, true, problem.message(), problem.column()));
			} else {
				findings.add(new Finding(StudyIssueCodes.DATA_UNREADABLE, true, problem.message(), Optional.empty()));
			}
		}
		Map<String, List<CellProblem>> byColumn = new LinkedHashMap<>();
		for (CellProblem cell : result.report().cellProblems()) {
			byColumn.computeIfAbsent(cell.column() + "\u0000" + cell.kind(), c -> new ArrayList<>()).add(cell);
		}
		for (List<CellProblem> cells : byColumn.values()) {
			CellProblem first = cells.get(0);
			boolean outOfRange = first.kind() == CellProblem.Kind.OUT_OF_RANGE;
			String what = outOfRange ? "outside the declared scale" : "not a number";
			StringBuilder message = new StringBuilder("Data column '").append(first.column()).append("' has ")
					.append(cells.size()).append(cells.size() == 1 ? " value " : " values ").append(what).append(": ");
			for (int i = 0; i < Math.min(LISTED_ROWS, cells.size()); i++) {
				CellProblem cell = cells.get(i);
				message.append(i == 0 ? "" : ", ").append('\'').append(cell.value()).append("' on line ")
						.append(cell.line());
				cell.respondentId().ifPresent(id -> message.append(" (respondent ").append(id).append(')'));
			}
			if (cells.size() > LISTED_ROWS) {
				message.append(" and ").append(cells.size() - LISTED_ROWS).append(" more");
			}
			message.append(stopPolicy ? ". An analysis stops here; correct the data or declare on-invalid missing."
					: ". These cells are treated as missing (on-invalid missing).");
			findings.add(new Finding(
					outOfRange ? StudyIssueCodes.DATA_VALUE_OUT_OF_RANGE : StudyIssueCodes.DATA_VALUE_NOT_NUMERIC,
					stopPolicy, message.toString(), Optional.of(first.column())));
		}
		return List.copyOf(findings);
	}
}
