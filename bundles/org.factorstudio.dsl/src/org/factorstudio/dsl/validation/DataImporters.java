package org.factorstudio.dsl.validation;

import java.util.List;

import org.factorstudio.data.Importers;
import org.factorstudio.data.internal.CsvImporter;

/** The importers the language's data checks read with: the same ones an analysis run uses. */
final class DataImporters {

	private DataImporters() {
	}

	static Importers available() {
		return new Importers(List.of(new CsvImporter()));
	}
}
