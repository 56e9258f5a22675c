package org.factorstudio.analysis.internal;

import java.util.Map;

import org.factorstudio.analysis.spi.AnalysisContext;
import org.factorstudio.analysis.stats.DiscreteColumn;
import org.factorstudio.data.Dataset;

/**
 * The coded answer columns of a run, copied out of the dataset and counted once and shared by the
 * index variables, the descriptives and the reliability analysis (each would otherwise copy every
 * column of a million rows again).
 */
final class ItemColumns {

	private ItemColumns() {
	}

	/** The coded column of a statement, or null when the dataset holds it as numbers or text. */
	static DiscreteColumn of(Map<Object, Object> shared, Dataset dataset, String name) {
		if (dataset.type(name) != Dataset.ColumnType.CODED) {
			return null;
		}
		String key = ItemColumns.class.getName() + ":" + name;
		Object column = shared.get(key);
		if (column == null) {
			column = DiscreteColumn.ofCodes(dataset.codes(name), dataset.codeOffset(name));
			shared.put(key, column);
		}
		return (DiscreteColumn) column;
	}

	static DiscreteColumn of(AnalysisContext context, String name) {
		if (context.dataset().type(name) != Dataset.ColumnType.CODED) {
			return null;
		}
		return context.shared(ItemColumns.class.getName() + ":" + name, DiscreteColumn.class,
				() -> DiscreteColumn.ofCodes(context.dataset().codes(name), context.dataset().codeOffset(name)));
	}
}
