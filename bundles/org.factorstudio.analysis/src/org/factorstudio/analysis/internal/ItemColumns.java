package org.factorstudio.analysis.internal;

import java.util.Map;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.data.Dataset;
import org.factorstudio.data.internal.DatasetArrays;

/**
 * The coded answer columns of a run, read in place from the dataset ({@link DatasetArrays}: the kernels never
 * write into them) and counted once, shared by the index variables, the descriptives and the reliability
 * analysis.
 */
final class ItemColumns {

	private ItemColumns() {
	}

	/** The kept coded column of a statement, or a new one that is not kept yet (safe from several threads). */
	static DiscreteColumn peek(Map<Object, Object> shared, Dataset dataset, String name) {
		Object column = shared.get(key(name));
		return column != null ? (DiscreteColumn) column
				: DiscreteColumn.ofCodes(DatasetArrays.codes(dataset, name), dataset.codeOffset(name));
	}

	/** Keeps a coded column made by {@link #peek} for the rest of the run. */
	static void keep(Map<Object, Object> shared, String name, DiscreteColumn column) {
		shared.putIfAbsent(key(name), column);
	}

	/** The kept coded column of a statement, or null (only reads the store: safe from several threads). */
	static DiscreteColumn kept(Map<Object, Object> shared, String name) {
		return (DiscreteColumn) shared.get(key(name));
	}

	private static String key(String name) {
		return ItemColumns.class.getName() + ":" + name;
	}

	static DiscreteColumn of(AnalysisContext context, String name) {
		if (context.dataset().type(name) != Dataset.ColumnType.CODED) {
			return null;
		}
		return context.shared(key(name), DiscreteColumn.class,
				() -> DiscreteColumn.ofCodes(DatasetArrays.codes(context.dataset(), name),
						context.dataset().codeOffset(name)));
	}
}
