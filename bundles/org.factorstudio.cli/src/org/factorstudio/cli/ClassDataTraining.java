package org.factorstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The end of the run that records the CLI's class-data archive (the first {@code analyze} after a build, see
 * {@code ./factorstudio}): links every class the bundles' class loaders loaded, so that the archive keeps it.
 * <p>
 * JDK 17 archives at exit only the classes that are linked by then, and it links at exit only the classes of the
 * JDK's own class loaders, not those of the OSGi bundles. A class that was loaded but never linked (the type of a
 * parameter Guice saw by reflection, an interface nothing called yet: about 400 of Guava, Guice, EMF and Xtext in
 * a run of the bundled example) was therefore read from its jar and parsed again on every later run. Linking them
 * here puts them into the archive: about 20 ms less of each later run of the example (docs/benchmarks.md).
 * <p>
 * The classes come from the JVM's own log of the run ({@code -Xlog:class+load} with no decorations, which the
 * script asks for in this run only): {@code name source: file:/.../plugins/bundle_version.jar}. Nothing here may
 * change the run's outcome: whatever cannot be linked is left out of the archive, as before.
 */
public final class ClassDataTraining {

	/** The system property naming the class-loading log; set by the script for the recording run only. */
	static final String CLASS_LOG_PROPERTY = "factorstudio.cds.classLog";

	private static final String SOURCE = " source: file:";

	private ClassDataTraining() {
	}

	/** Links the logged classes of the bundles, if this run records the archive; never throws. */
	static void linkLoadedClasses(BundleContext context) {
		String classLog = System.getProperty(CLASS_LOG_PROPERTY);
		if (classLog != null && context != null) {
			link(Path.of(classLog), context);
		}
	}

	/**
	 * Links the classes of the bundles that {@code classLog} lists; never throws.
	 *
	 * @return how many it linked (a class linked before counts too)
	 */
	public static int link(Path classLog, BundleContext context) {
		int linked = 0;
		try {
			Map<String, Bundle> bundlesByJar = new HashMap<>();
			for (Bundle bundle : context.getBundles()) {
				bundlesByJar.put(fileName(bundle.getLocation()), bundle);
			}
			Set<String> done = new HashSet<>();
			// linking verifies, and verifying loads further classes, which the log then lists: a few passes
			for (int pass = 0; pass < 4; pass++) {
				int linkedInPass = linkPass(Files.readAllLines(classLog, StandardCharsets.UTF_8), bundlesByJar, done);
				linked += linkedInPass;
				if (linkedInPass == 0) {
					break;
				}
			}
		} catch (IOException | RuntimeException | LinkageError e) {
			// the archive then holds what the JVM linked itself
		}
		return linked;
	}

	/** @return how many classes this pass linked */
	private static int linkPass(List<String> lines, Map<String, Bundle> bundlesByJar, Set<String> done) {
		int linked = 0;
		for (String line : lines) {
			int source = line.indexOf(SOURCE);
			if (source <= 0 || !line.endsWith(".jar")) {
				continue;
			}
			String name = line.substring(0, source);
			Bundle bundle = bundlesByJar.get(fileName(line));
			if (bundle == null || !done.add(name)) {
				continue;
			}
			try {
				// HotSpot links a class before it lists its fields (JVM_GetClassDeclaredFields), without
				// initializing it: no static initializer runs
				bundle.loadClass(name).getDeclaredFields();
				linked++;
			} catch (ClassNotFoundException | RuntimeException | LinkageError e) {
				// a class that cannot be linked (a missing optional dependency) stays out of the archive
			}
		}
		return linked;
	}

	/** "com.google.guava_33.4.8.jre.jar" of a bundle location or a log line's jar path. */
	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
