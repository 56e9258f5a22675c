package org.factorstudio.report;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.factorstudio.extensions.Contribution;
import org.factorstudio.extensions.ContributionProblem;
import org.factorstudio.extensions.ContributionRegistry;
import org.factorstudio.report.spi.ReportFormat;

/**
 * The report formats contributed to {@code org.factorstudio.report.formats} (schema/formats.exsd), read
 * lazily: a format's class is loaded when it is first used. A broken contribution is reported once and the
 * other formats still work.
 */
public final class ReportFormatRegistry {

	public static final String EXTENSION_POINT = "org.factorstudio.report.formats";
	public static final String ELEMENT = "format";

	private final ContributionRegistry<ReportFormat> contributions;

	private ReportFormatRegistry(ContributionRegistry<ReportFormat> contributions) {
		this.contributions = contributions;
	}

	/** The formats of the running platform; empty without one (plain Java: use {@link ReportFormats#builtIn()}). */
	public static ReportFormatRegistry fromPlatform(Consumer<ContributionProblem> problemSink) {
		return new ReportFormatRegistry(
				ContributionRegistry.fromPlatform(EXTENSION_POINT, ELEMENT, ReportFormat.class, problemSink));
	}

	/** The formats of the given extension registry. */
	public static ReportFormatRegistry from(IExtensionRegistry registry, Consumer<ContributionProblem> problemSink) {
		return new ReportFormatRegistry(
				ContributionRegistry.from(registry, EXTENSION_POINT, ELEMENT, ReportFormat.class, problemSink));
	}

	/** What was declared, without loading any class. */
	public List<Contribution> contributions() {
		return contributions.contributions();
	}

	/** Every format that loads, in registry order. */
	/**
	 * The formats contributed to the extension point, or the built-in ones when there is no platform (plain
	 * Java, unit tests): what the command line and the IDE offer.
	 */
	public static ReportFormats installed(Consumer<ContributionProblem> problemSink) {
		ReportFormats installed = fromPlatform(problemSink).formats();
		return installed.isEmpty() ? ReportFormats.builtIn() : installed;
	}

	public ReportFormats formats() {
		return new ReportFormats(contributions.instances());
	}

	public List<ContributionProblem> problems() {
		return contributions.problems();
	}
}
