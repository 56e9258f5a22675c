package org.factorstudio.extensions;

import java.util.Objects;

/**
 * A contribution that could not be used (a missing attribute, a class that is not found, has the wrong type
 * or fails in its constructor), named by the plugin that made it so the user knows whom to ask.
 */
public record ContributionProblem(String extensionPointId, String pluginId, String contributionId, String message) {

    public ContributionProblem {
        Objects.requireNonNull(extensionPointId, "extensionPointId");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(message, "message");
    }

    /** One line for a log, a console or a problem marker. */
    @Override
    public String toString() {
        return "Plugin '" + pluginId + "': contribution '" + (contributionId == null ? "?" : contributionId)
                + "' to " + extensionPointId + " is unusable: " + message;
    }
}
