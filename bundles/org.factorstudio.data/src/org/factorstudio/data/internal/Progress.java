package org.factorstudio.data.internal;

import org.factorstudio.data.ImportMonitor;

/**
 * Forwards progress to the monitor at most every 50 ms and turns a cancellation request into
 * {@link Cancelled}. Used only on the thread that called the importer (see {@link ImportMonitor}).
 */
final class Progress {

    private static final long INTERVAL_NANOS = 50_000_000L;

    private final ImportMonitor monitor;
    private final long total;
    private long lastReport = Long.MIN_VALUE;

    Progress(ImportMonitor monitor, long total) {
        this.monitor = monitor;
        this.total = total;
    }

    void update(long done) throws Cancelled {
        long now = System.nanoTime();
        if (lastReport == Long.MIN_VALUE || now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            monitor.worked(Math.min(done, total), total);
        }
        checkCancel();
    }

    void checkCancel() throws Cancelled {
        if (monitor.isCanceled()) {
            throw new Cancelled();
        }
    }

    void done() {
        monitor.worked(total, total);
    }
}
