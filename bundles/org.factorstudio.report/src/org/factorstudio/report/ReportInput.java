package org.factorstudio.report;

import java.util.Objects;
import java.util.Optional;

import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Study;

/**
 * What a report is made from: the results of one run and, when available, the study they came from. The
 * study gives the framework (areas and factors), labels and recommendations; without it (results read back
 * from XMI alone) reports fall back to the flat lists of the results.
 */
public record ReportInput(StudyResults results, Study study) {

	public ReportInput {
		Objects.requireNonNull(results, "results");
	}

	public static ReportInput of(StudyResults results, Study study) {
		return new ReportInput(results, study);
	}

	public Optional<Study> optionalStudy() {
		return Optional.ofNullable(study);
	}
}
