package org.factorstudio.data.internal;

import java.util.Objects;
import java.util.function.BiFunction;

import org.factorstudio.data.Dataset;

/**
 * A dataset's own arrays, for the kernels of the friend bundles (the analysis engine), which only read them.
 * {@link Dataset}'s public accessors hand out copies, so that no caller can change a dataset that others
 * share; a kernel that reads every answer column of a million respondents once would copy hundreds of
 * megabytes for nothing. A caller of this class promises never to write into what it gets.
 *
 * <p>{@link Dataset} registers its accessor when its class is initialized, which has happened once a dataset
 * exists.
 */
public final class DatasetArrays {

    private static volatile BiFunction<Dataset, String, byte[]> codes;

    private DatasetArrays() {
    }

    /**
     * Called once, by {@link Dataset}'s class initialization.
     *
     * @param access the accessor of a coded column's own array
     */
    public static void register(BiFunction<Dataset, String, byte[]> access) {
        // only Dataset itself: anyone else registering first would leave Dataset's class unusable
        if (StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass() != Dataset.class) {
            throw new IllegalStateException("only Dataset registers the dataset accessor");
        }
        if (codes != null) {
            throw new IllegalStateException("the dataset accessor is registered already");
        }
        codes = Objects.requireNonNull(access);
    }

    /**
     * The byte codes of a coded column, not copied where the dataset holds exactly its rows: read only.
     *
     * @param dataset a dataset
     * @param name a coded column
     * @return the codes, {@link Dataset#rowCount()} of them (0 missing, value = code + offset)
     * @throws IllegalArgumentException if the column is not coded
     */
    public static byte[] codes(Dataset dataset, String name) {
        return codes.apply(dataset, name);
    }
}
