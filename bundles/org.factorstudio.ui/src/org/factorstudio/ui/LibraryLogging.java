package org.factorstudio.ui;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Xtext logs through log4j 1.2, which without a configuration prints "No appenders could be found" into the
 * terminal at the first parse. In the IDE its warnings and errors go to the platform log (Error Log,
 * .metadata/.log) like every other bundle's; the CLI sends them to standard error (CliApplication).
 */
final class LibraryLogging {

	private LibraryLogging() {
	}

	static void toPlatformLog() {
		Logger root = Logger.getRootLogger();
		if (root.getAllAppenders().hasMoreElements()) {
			return; // configured by whoever started the JVM
		}
		root.addAppender(new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				int severity = event.getLevel().isGreaterOrEqual(Level.ERROR) ? IStatus.ERROR : IStatus.WARNING;
				ThrowableInformation thrown = event.getThrowableInformation();
				ILog.of(LibraryLogging.class).log(new Status(severity, "org.factorstudio.ui",
						event.getLoggerName() + ": " + event.getRenderedMessage(),
						thrown == null ? null : thrown.getThrowable()));
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}

			@Override
			public void close() {
				// nothing held
			}
		});
		root.setLevel(Level.WARN);
	}
}
