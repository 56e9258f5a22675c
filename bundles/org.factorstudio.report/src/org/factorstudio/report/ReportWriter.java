package org.factorstudio.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes rendered report files into a folder so that a failure leaves the previous report intact: every
 * file is first written to a temporary file beside its target, and only when all of them are written are
 * they moved over their targets, each with one atomic rename. A failure while writing the temporary files
 * deletes them and touches no target.
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	/**
	 * Writes the files into {@code folder}, creating it (and the files' sub-folders) when needed.
	 *
	 * @return the paths written, in the order of {@code files}
	 * @throws IOException when a file cannot be written; no target has been replaced then, unless the
	 *                     failure happens in the final renames (a failing rename leaves its own target as it was)
	 */
	public static List<Path> write(Path folder, List<ReportFile> files) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		List<Path> targets = new ArrayList<>();
		List<Path> temporaries = new ArrayList<>();
		try {
			for (ReportFile file : files) {
				Path target = root.resolve(file.path()).normalize();
				if (!target.startsWith(root)) {
					throw new IOException(file.path() + ": a report file must stay inside " + root);
				}
				Files.createDirectories(target.getParent());
				// not Files.createTempFile: its owner-only permissions would end up on the report
				Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
				temporaries.add(temporary);
				Files.write(temporary, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				targets.add(target);
			}
			for (int i = 0; i < targets.size(); i++) {
				move(temporaries.get(i), targets.get(i));
			}
			return List.copyOf(targets);
		} finally {
			for (Path temporary : temporaries) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	private static void move(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// same folder, so this happens only on file systems without rename; still all-or-nothing per file
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
