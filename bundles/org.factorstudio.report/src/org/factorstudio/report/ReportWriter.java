package org.factorstudio.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes rendered report files into a folder so that a failure leaves the previous report intact: every
 * file is first written to a temporary file beside its target and forced to disk, and only when all of them
 * are written are they moved over their targets, one after the other, each with one atomic rename. A failure
 * while writing the temporary files (a full disk, a folder that cannot be created) deletes them and touches no
 * target; a target is never half-written. Tables of an earlier run that this run no longer writes are removed
 * from the report's sub-folders.
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
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE)) {
					channel.write(ByteBuffer.wrap(file.content()));
					// on disk before any rename, so a crash cannot leave an empty file in a report's place
					channel.force(true);
				}
				targets.add(target);
			}
			for (int i = 0; i < targets.size(); i++) {
				move(temporaries.get(i), targets.get(i));
			}
			removeStale(root, targets);
			return List.copyOf(targets);
		} finally {
			for (Path temporary : temporaries) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * A sub-folder the report writes into (such as {@code csv/}) belongs to the report: files of the same kind
	 * that this run did not write are tables of an earlier run (an analysis since removed from the plan) and
	 * would pass for current ones, so they go. Files in the report folder itself and of other kinds stay.
	 */
	private static void removeStale(Path root, List<Path> written) throws IOException {
		Set<Path> writtenSet = new HashSet<>(written);
		Set<Path> folders = new HashSet<>();
		for (Path target : written) {
			if (!target.getParent().equals(root)) {
				folders.add(target.getParent());
			}
		}
		for (Path folder : folders) {
			Set<String> kinds = new HashSet<>();
			written.stream().filter(p -> p.getParent().equals(folder)).forEach(p -> kinds.add(extension(p)));
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
				for (Path entry : entries) {
					if (Files.isRegularFile(entry) && !writtenSet.contains(entry) && kinds.contains(extension(entry))
							&& !entry.getFileName().toString().startsWith(".")) {
						Files.deleteIfExists(entry);
					}
				}
			}
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot);
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
