package org.factorstudio.report.internal;

import org.factorstudio.model.results.StudyResults;
import org.factorstudio.model.study.Study;
import org.factorstudio.report.ReportInput;

/** Texts every format puts at the top of a report. */
public final class Reports {

	private Reports() {
	}

	/** The study's title, else its name. */
	public static String title(ReportInput input) {
		String title = input.optionalStudy().map(Study::getTitle).filter(t -> !t.isBlank()).orElse(null);
		String name = input.results().getStudyName();
		if (title != null) {
			return title;
		}
		return name == null ? "FactorStudio results" : "Study " + name;
	}

	/** "Study X (file), analysed 2026-...Z with FactorStudio 0.1.0." */
	public static String subtitle(StudyResults results) {
		StringBuilder text = new StringBuilder("Study ").append(results.getStudyName() == null ? "?" : results.getStudyName());
		if (results.getStudyFile() != null) {
			text.append(" (").append(results.getStudyFile()).append(')');
		}
		if (results.getCreatedAt() != null) {
			text.append(", analysed ").append(results.getCreatedAt());
		}
		text.append(" with FactorStudio").append(results.getEngineVersion() == null ? "" : " " + results.getEngineVersion())
				.append('.');
		return text.toString();
	}
}
