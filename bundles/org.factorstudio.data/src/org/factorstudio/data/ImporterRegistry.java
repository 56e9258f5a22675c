package org.factorstudio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.factorstudio.data.spi.DatasetImporter;
import org.factorstudio.extensions.Contribution;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.extensions.ContributionRegistry;

/**
 * The importers contributed to the {@code org.factorstudio.data.importers} extension point (see
 * {@code schema/importers.exsd}), the built-in CSV and XLSX importers among them. Importer classes are loaded
 * on the first call to {@link #importers()}; a broken contribution is reported once to the problem sink and
 * leaves the others usable.
 *
 * <p>Without a running extension registry (plain Java: unit tests, a library use of the engine) there are no
 * contributions to read, and {@link #importers()} gives {@link Importers#builtIn() the built-in importers}.
 */
public final class ImporterRegistry {

    /** The extension point. */
    public static final String EXTENSION_POINT_ID = "org.factorstudio.data.importers";

    /** The element that declares one importer. */
    public static final String ELEMENT = "importer";

    private static final String OWN_PLUGIN = "org.factorstudio.data";

    /** Null when there is no extension registry. */
    private final ContributionRegistry<DatasetImporter> contributions;
    private final Consumer<ContributionProblem> problemSink;
    private final List<ContributionProblem> ownProblems = new ArrayList<>();

    private ImporterRegistry(ContributionRegistry<DatasetImporter> contributions,
            Consumer<ContributionProblem> problemSink) {
        this.contributions = contributions;
        this.problemSink = problemSink;
    }

    /** The importers of the running platform; broken contributions are logged. */
    public static ImporterRegistry fromPlatform() {
        return fromPlatform(ImporterRegistry::log);
    }

    /** The importers of the running platform; broken contributions go to the sink. */
    public static ImporterRegistry fromPlatform(Consumer<ContributionProblem> problemSink) {
        return from(RegistryFactory.getRegistry(), problemSink);
    }

    /** The importers of the given registry ({@code null}: none is running, so the built-ins). */
    public static ImporterRegistry from(IExtensionRegistry registry, Consumer<ContributionProblem> problemSink) {
        Consumer<ContributionProblem> sink = problemSink == null ? p -> { } : problemSink;
        ContributionRegistry<DatasetImporter> contributions = registry == null ? null
                : ContributionRegistry.from(registry, EXTENSION_POINT_ID, ELEMENT, DatasetImporter.class, sink);
        return new ImporterRegistry(contributions, sink);
    }

    /** Whether the importers come from an extension registry (false: the built-ins, no registry running). */
    public boolean isRunning() {
        return contributions != null;
    }

    /** The declared contributions, without loading their classes; empty without a registry. */
    public List<Contribution> contributions() {
        return contributions == null ? List.of() : contributions.contributions();
    }

    /**
     * The usable importers: FactorStudio's own first, so that a plugin claiming the same file extension is
     * chosen only when the study declares its format, then the others in registry order.
     */
    public synchronized List<DatasetImporter> importerList() {
        if (contributions == null) {
            return Importers.builtIn().all();
        }
        List<DatasetImporter> own = new ArrayList<>();
        List<DatasetImporter> others = new ArrayList<>();
        for (Contribution c : contributions.contributions()) {
            contributions.get(c.id()).ifPresent(importer -> {
                if (!importer.id().equals(c.id())) {
                    report(new ContributionProblem(EXTENSION_POINT_ID, c.pluginId(), c.id(), "class "
                            + importer.getClass().getName() + " says its id is '" + importer.id()
                            + "'; expected the contribution's id"));
                    return;
                }
                (OWN_PLUGIN.equals(c.pluginId()) ? own : others).add(importer);
            });
        }
        own.addAll(others);
        return List.copyOf(own);
    }

    /** The entry point that chooses among {@link #importerList()}. */
    public Importers importers() {
        return new Importers(importerList());
    }

    /** Contributions found unusable so far. */
    public synchronized List<ContributionProblem> problems() {
        List<ContributionProblem> all = new ArrayList<>(contributions == null ? List.of() : contributions.problems());
        all.addAll(ownProblems);
        return List.copyOf(all);
    }

    private void report(ContributionProblem problem) {
        if (ownProblems.stream().noneMatch(problem::equals)) {
            ownProblems.add(problem);
            problemSink.accept(problem);
        }
    }

    private static void log(ContributionProblem problem) {
        System.getLogger(ImporterRegistry.class.getName()).log(System.Logger.Level.WARNING, problem.toString());
    }
}
