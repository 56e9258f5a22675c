package org.factorstudio.data.internal;

/** The monitor asked to stop. Internal control flow, like {@link ImportFailure}. */
final class Cancelled extends Exception {

    private static final long serialVersionUID = 1L;

    Cancelled() {
        super("cancelled", null, false, false);
    }
}
