package org.factorstudio.dsl.validation;

import org.factorstudio.data.ImporterRegistry;
import org.factorstudio.data.Importers;
import org.factorstudio.extensions.ContributionLog;

/** The importers the language's data checks read with: the same ones an analysis run uses. */
final class DataImporters {

	private DataImporters() {
	}

	/** Read once, so that a broken importer contribution is logged once, not on every validation. */
	private static final class Platform {
		static final ImporterRegistry REGISTRY = ImporterRegistry.fromPlatform(ContributionLog::warn);
	}

	static Importers available() {
		return Platform.REGISTRY.importers();
	}
}
