package org.factorstudio.extensions;

import java.util.Objects;

/**
 * What a plugin declared for one extension: its id, a display name and the plugin it came from. Reading a
 * contribution loads no class of the plugin; the instance is created by {@link ContributionRegistry#get}.
 */
public record Contribution(String id, String name, String pluginId) {

    public Contribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pluginId, "pluginId");
        name = name == null || name.isBlank() ? id : name;
    }
}
