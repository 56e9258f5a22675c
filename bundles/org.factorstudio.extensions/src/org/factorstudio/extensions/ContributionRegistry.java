package org.factorstudio.extensions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The contributions to one extension point whose elements name an implementation class. Descriptors are read
 * at once (no plugin class is loaded); an instance is created on first request and kept. A broken contribution
 * is reported once, through {@link #problems()} and the problem sink, and never hides the others.
 *
 * <p>Thread-safe: the IDE asks from jobs and the UI thread.
 *
 * @param <T> the SPI type the contributed classes implement
 */
public final class ContributionRegistry<T> {

    /** The attribute that names the implementation class in every FactorStudio extension point. */
    public static final String CLASS_ATTRIBUTE = "class";

    private final String extensionPointId;
    private final Class<T> type;
    private final Consumer<ContributionProblem> problemSink;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<ContributionProblem> problems = new ArrayList<>();

    private final class Entry {
        final Contribution contribution;
        final IConfigurationElement element;
        T instance;
        boolean broken;

        Entry(Contribution contribution, IConfigurationElement element) {
            this.contribution = contribution;
            this.element = element;
        }
    }

    private ContributionRegistry(String extensionPointId, Class<T> type, Consumer<ContributionProblem> problemSink) {
        this.extensionPointId = extensionPointId;
        this.type = type;
        this.problemSink = problemSink;
    }

    /**
     * Reads the contributions from the running platform's extension registry; without one (plain Java) the
     * registry is empty.
     */
    public static <T> ContributionRegistry<T> fromPlatform(String extensionPointId, String elementName, Class<T> type,
            Consumer<ContributionProblem> problemSink) {
        return from(RegistryFactory.getRegistry(), extensionPointId, elementName, type, problemSink);
    }

    /** Reads the contributions from the given registry ({@code null} means none). */
    public static <T> ContributionRegistry<T> from(IExtensionRegistry registry, String extensionPointId,
            String elementName, Class<T> type, Consumer<ContributionProblem> problemSink) {
        ContributionRegistry<T> result = new ContributionRegistry<>(extensionPointId, type, problemSink);
        if (registry != null) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
                if (elementName.equals(element.getName())) {
                    result.describe(element);
                }
            }
        }
        return result;
    }

    private void describe(IConfigurationElement element) {
        String pluginId = element.getContributor().getName();
        String id = element.getAttribute("id");
        if (id == null || id.isBlank()) {
            report(new ContributionProblem(extensionPointId, pluginId, null, "it has no id"));
            return;
        }
        if (element.getAttribute(CLASS_ATTRIBUTE) == null) {
            report(new ContributionProblem(extensionPointId, pluginId, id, "it names no class"));
            return;
        }
        if (entries.containsKey(id)) {
            Contribution first = entries.get(id).contribution;
            report(new ContributionProblem(extensionPointId, pluginId, id,
                    "the id is already taken by plugin '" + first.pluginId() + "'"));
            return;
        }
        Contribution contribution = new Contribution(id, element.getAttribute("name"), pluginId);
        entries.put(id, new Entry(contribution, element));
    }

    /** The usable-looking contributions in registry order; a class that fails to load is found only by {@link #get}. */
    public synchronized List<Contribution> contributions() {
        List<Contribution> result = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (!entry.broken) {
                result.add(entry.contribution);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** The contribution's instance, created on the first call; empty when unknown or broken. */
    public Optional<T> get(String id) {
        Entry entry;
        synchronized (this) {
            entry = entries.get(id);
            if (entry == null || entry.broken) {
                return Optional.empty();
            }
            if (entry.instance != null) {
                return Optional.of(entry.instance);
            }
        }
        // Plugin code (bundle activation, the constructor) runs without the registry's lock: a slow plugin
        // must not block content assist or validation asking for the declarations, nor deadlock with them.
        Created<T> created = instantiate(entry);
        synchronized (this) {
            if (entry.instance == null && created.instance() != null) {
                entry.instance = created.instance();
            } else if (created.instance() == null && !entry.broken) {
                entry.broken = true;
                report(new ContributionProblem(extensionPointId, entry.contribution.pluginId(),
                        entry.contribution.id(), created.failure()));
            }
            return Optional.ofNullable(entry.instance);
        }
    }

    /** Every contribution that can be instantiated, in registry order. */
    public List<T> instances() {
        List<String> ids;
        synchronized (this) {
            ids = new ArrayList<>(entries.keySet());
        }
        List<T> result = new ArrayList<>();
        for (String id : ids) {
            get(id).ifPresent(result::add);
        }
        return Collections.unmodifiableList(result);
    }

    /** Whether a contribution with this id was declared (broken or not). */
    public synchronized boolean isDeclared(String id) {
        return entries.containsKey(id);
    }

    /** The contributions found unusable so far, each reported once. */
    public synchronized List<ContributionProblem> problems() {
        return List.copyOf(problems);
    }

    public String extensionPointId() {
        return extensionPointId;
    }

    /** An instance, or why there is none. */
    private record Created<T>(T instance, String failure) {
    }

    private Created<T> instantiate(Entry entry) {
        try {
            Object created = entry.element.createExecutableExtension(CLASS_ATTRIBUTE);
            if (!type.isInstance(created)) {
                return new Created<>(null,
                        "class " + created.getClass().getName() + " does not implement " + type.getName());
            }
            return new Created<>(type.cast(created), null);
        } catch (CoreException e) {
            return new Created<>(null, describe(e));
        } catch (RuntimeException | LinkageError e) {
            // A plugin's constructor or static initialiser failing must not take the host down with it.
            return new Created<>(null,
                    "class " + entry.element.getAttribute(CLASS_ATTRIBUTE) + " failed to load: " + e);
        }
    }

    private static String describe(CoreException e) {
        Throwable cause = e.getStatus().getException();
        if (cause instanceof ClassNotFoundException) {
            return "class " + cause.getMessage() + " was not found";
        }
        String message = e.getStatus().getMessage();
        return cause == null ? message : message + " (" + cause + ")";
    }

    private synchronized void report(ContributionProblem problem) {
        problems.add(problem);
        if (problemSink != null) {
            problemSink.accept(problem);
        }
    }
}
