package org.factorstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.factorstudio.cli.ClassDataTraining;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The end of the run that records the class-data archive: the bundles' classes the JVM's class-loading log names
 * are found in their bundles and linked, whatever else the log holds, and nothing it meets is thrown.
 */
class ClassDataTrainingTest {

	@TempDir
	Path folder;

	@Test
	void linksTheClassesOfBundleJarsTheLogNames() throws IOException {
		BundleContext context = FrameworkUtil.getBundle(ClassDataTrainingTest.class).getBundleContext();
		Bundle guava = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("com.google.guava"))
				.findFirst().orElse(null);
		assertNotNull(guava, "the test runtime has Guava (the study language needs it)");
		String jar = "file:/anywhere/plugins/" + guava.getLocation().substring(guava.getLocation().lastIndexOf('/') + 1);
		Path log = folder.resolve("classes-loaded.txt");
		Files.write(log, List.of(
				"java.lang.Object source: shared objects file",
				"com.google.common.collect.ImmutableList source: " + jar,
				"com.google.common.base.Joiner source: " + jar,
				"com.google.common.base.Joiner source: " + jar, // a class is linked once
				"com.google.common.NoSuchClass source: " + jar, // not in the bundle: left out
				"org.example.Elsewhere source: file:/anywhere/plugins/no-such-bundle_1.0.jar",
				"java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source: __JVM_LookupDefineClass__",
				"a line that is not of the log's form",
				""));

		assertEquals(2, ClassDataTraining.link(log, context));
	}

	@Test
	void aMissingLogLinksNothingAndThrowsNothing() {
		BundleContext context = FrameworkUtil.getBundle(ClassDataTrainingTest.class).getBundleContext();

		assertEquals(0, ClassDataTraining.link(folder.resolve("no-such-log.txt"), context));
	}
}
