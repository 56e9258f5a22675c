package org.factorstudio.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report set (the rendered files of one run) into a report folder so that the folder always holds
 * one whole set: the previous run's or this run's, never a mix, and never a file of the user's is removed.
 * <ol>
 * <li>The report folder belongs to FactorStudio. A manifest ({@value #MANIFEST}) lists the files a run wrote.
 * A folder that holds anything else (a file no run wrote, a symbolic link, the study's own data) is refused
 * with a {@link ReportFolderException} before anything is written, so no user file is ever replaced or
 * removed, and no symbolic link is ever followed out of the folder.</li>
 * <li>The new set is written into a hidden staging folder beside the report folder, every file forced to
 * disk, the manifest last.</li>
 * <li>The staging folder then takes the report folder's place: the old folder is renamed aside, the new one
 * renamed in, the old one deleted. Each rename is atomic; a run killed between the two leaves no report
 * folder (not a mixed one), and the hidden folders of a killed run are removed by the next run.</li>
 * </ol>
 * Concurrent runs on the same folder do not remove each other's staging folders: each run holds a lock on a
 * lock file beside its staging folder while it writes, and only folders whose lock is free are cleaned.
 */
public final class ReportWriter {

	/** The manifest of a report folder: the relative paths of the files the last run wrote, one per line. */
	public static final String MANIFEST = ".factorstudio-report";

	private static final String MANIFEST_HEADER = "# FactorStudio report set: files written by the last run";

	/** File names of reports written before the manifest existed (version 0.1 wrote no manifest). */
	private static final Set<String> LEGACY_NAMES = Set.of("report.html", "report.md", "report.tex", "results.json",
			"results.xmi");

	private static final int NAMES_SHOWN = 5;

	private ReportWriter() {
	}

	/** {@link #write(Path, List, Collection)} without input files to protect. */
	public static List<Path> write(Path folder, List<ReportFile> files) throws IOException {
		return write(folder, files, List.of());
	}

	/**
	 * Replaces the report set in {@code folder} (created when missing) by {@code files}.
	 *
	 * @param inputs the run's input files (the study, its data): a report folder that holds one of them is refused
	 * @return the paths written, in the order of {@code files}
	 * @throws ReportFolderException when the folder holds anything but an earlier report set, or an input file
	 * @throws IOException           when a file cannot be written; the previous report set is then left as it was
	 */
	public static List<Path> write(Path folder, List<ReportFile> files, Collection<Path> inputs) throws IOException {
		Path target = checkFolder(folder, inputs);
		Path parent = target.getParent();
		Files.createDirectories(parent);
		String prefix = "." + target.getFileName() + ".factorstudio-";
		String runId = uniqueId();
		Path lockFile = parent.resolve(prefix + runId + ".lock");
		Path staging = parent.resolve(prefix + runId + ".new");
		Path aside = parent.resolve(prefix + runId + ".old");
		// a name another run holds fails here, before the finally below could remove that run's lock
		FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try (lockChannel; FileLock lock = lockChannel.lock()) {
			removeLeftovers(parent, prefix, lockFile);
			refuseForeignContent(folder, target);
			List<Path> written = new ArrayList<>();
			try {
				Files.createDirectory(staging);
				Set<String> manifest = new LinkedHashSet<>();
				for (ReportFile file : files) {
					Path staged = staging.resolve(file.path()).normalize();
					if (!staged.startsWith(staging) || staged.equals(staging.resolve(MANIFEST))) {
						throw new IOException(file.path() + ": a report file must stay inside the report folder");
					}
					Files.createDirectories(staged.getParent());
					writeForced(staged, file.content());
					manifest.add(staging.relativize(staged).toString());
					written.add(target.resolve(staging.relativize(staged)));
				}
				writeForced(staging.resolve(MANIFEST),
						(MANIFEST_HEADER + "\n" + String.join("\n", manifest) + "\n").getBytes(StandardCharsets.UTF_8));
				swap(staging, target, aside);
			} finally {
				deleteTree(staging);
				deleteTree(aside);
			}
			return List.copyOf(written);
		} finally {
			Files.deleteIfExists(lockFile);
		}
	}

	/**
	 * Replaces one file (an exported table, the IDE's kept results) atomically: the content is written to a
	 * hidden file beside it, forced to disk, and moved over the file in one step, so a failed write leaves the
	 * previous file as it was. The file gets the permissions of an ordinary new file.
	 */
	public static void writeFile(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		// not Files.createTempFile: its owner-only permissions would stay on the result
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + uniqueId() + ".tmp");
		// created before the finally that deletes it: a name another writer holds fails here and is left alone
		FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try {
			try (channel) {
				writeForced(channel, content);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Checks, without writing anything, that {@code folder} may take a report set: callers check before a long
	 * run, so that a refused folder is said at once.
	 *
	 * @return the folder's real absolute path (links to a folder resolved: the user named them)
	 * @throws ReportFolderException when {@link #write(Path, List, Collection)} would refuse the folder
	 */
	public static Path checkFolder(Path folder, Collection<Path> inputs) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		if (Files.isSymbolicLink(target) && !Files.exists(target)) {
			throw new ReportFolderException(folder + " is a symbolic link to nothing: choose a folder");
		}
		if (Files.exists(target)) {
			target = target.toRealPath();
			if (!Files.isDirectory(target)) {
				throw new ReportFolderException(folder + " is a file, not a folder");
			}
		}
		if (target.getParent() == null) {
			throw new ReportFolderException(folder + ": a report needs a folder of its own, not the file system's root");
		}
		if (target.equals(Path.of("").toAbsolutePath().normalize())) {
			// the swap would move the folder the user's shell is in
			throw new ReportFolderException(folder + " is the current folder: a report needs a folder of its own,"
					+ " such as a new sub-folder");
		}
		refuseInputsInside(folder, target, inputs);
		refuseForeignContent(folder, target);
		return target;
	}

	/** The files an earlier run wrote into {@code folder}, from its manifest; empty when there is none. */
	public static Optional<Set<String>> manifest(Path folder) throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		Set<String> entries = new TreeSet<>();
		for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				entries.add(line.strip());
			}
		}
		return Optional.of(entries);
	}

	private static void refuseInputsInside(Path shown, Path target, Collection<Path> inputs) throws IOException {
		for (Path input : inputs) {
			Path real = Files.exists(input) ? input.toRealPath() : input.toAbsolutePath().normalize();
			if (real.startsWith(target)) {
				throw new ReportFolderException("the report folder " + shown + " holds the input file " + input
						+ "; a report folder belongs to FactorStudio and is replaced by each run: choose another folder");
			}
		}
	}

	/**
	 * Everything in the folder must be a file an earlier run wrote (named in its manifest) or a folder holding
	 * only such files. Without a manifest, a folder of a version before the manifest is recognised by its
	 * names (results.xmi, the report files and csv/*.csv).
	 */
	private static void refuseForeignContent(Path shown, Path target) throws IOException {
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Optional<Set<String>> manifest = manifest(target);
		List<String> foreign = new ArrayList<>();
		List<String> legacyNamed = new ArrayList<>();
		boolean[] seen = new boolean[1]; // results.xmi
		Files.walkFileTree(target, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String relative = target.relativize(file).toString();
				seen[0] |= relative.equals("results.xmi");
				if (manifest.isEmpty() && attributes.isRegularFile() && isLegacyName(relative)) {
					legacyNamed.add(relative);
				} else if (!attributes.isRegularFile() || manifest.isEmpty()
						|| !(relative.equals(MANIFEST) || manifest.get().contains(relative))) {
					foreign.add(relative);
				}
				// a folder named by mistake (a home folder) is not walked to its end: a few names make the point
				return foreign.size() > NAMES_SHOWN ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
			}
		});
		if (!legacyNamed.isEmpty() && (!seen[0] || !foreign.isEmpty())) {
			// report-like names are evidence of an earlier run only beside its results model and nothing else
			foreign.addAll(legacyNamed);
		}
		if (!foreign.isEmpty()) {
			foreign.sort(null);
			String names = String.join(", ", foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size())))
					+ (foreign.size() > NAMES_SHOWN ? " and more" : "");
			throw new ReportFolderException("the report folder " + shown
					+ " holds files FactorStudio did not write (" + names
					+ "); each run replaces the whole report folder, so it must be a new or empty folder or one an earlier"
					+ " run wrote: choose another folder");
		}
	}

	private static boolean isLegacyName(String relative) {
		return LEGACY_NAMES.contains(relative)
				|| (relative.startsWith("csv/") && relative.endsWith(".csv") && relative.indexOf('/', 4) < 0);
	}

	private static void swap(Path staging, Path target, Path aside) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			return;
		}
		Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
		try {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
			throw e;
		}
	}

	/** Staging and set-aside folders of runs that were killed: their lock files are no longer held. */
	private static void removeLeftovers(Path parent, String prefix, Path ownLock) throws IOException {
		List<Path> candidates = new ArrayList<>();
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, glob(prefix) + "*")) {
			siblings.forEach(candidates::add);
		}
		for (Path candidate : candidates) {
			String name = candidate.getFileName().toString();
			if (candidate.equals(ownLock) || !(name.endsWith(".new") || name.endsWith(".old") || name.endsWith(".lock"))) {
				continue;
			}
			String run = name.substring(0, name.lastIndexOf('.'));
			Path lock = parent.resolve(run + ".lock");
			if (isHeld(lock)) {
				continue;
			}
			if (name.endsWith(".lock")) {
				Files.deleteIfExists(candidate);
			} else {
				deleteTree(candidate);
			}
		}
	}

	/** Whether a live run (this process or another) holds the lock file. */
	private static boolean isHeld(Path lock) throws IOException {
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
			FileLock held = channel.tryLock();
			if (held == null) {
				return true;
			}
			held.release();
			return false;
		} catch (OverlappingFileLockException e) {
			return true;
		} catch (NoSuchFileException e) {
			return false;
		}
	}

	private static String glob(String literal) {
		return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
	}

	/**
	 * A name part for one run's temporary files: two longs of {@link ThreadLocalRandom} (a 64-bit seed per
	 * thread, drawn from the clock: distinct, not secret). The files are created with CREATE_NEW and only the
	 * writer that created one deletes it, so even a repeated name fails a write and touches nothing of another's.
	 * Not {@code UUID.randomUUID()}: setting up its SecureRandom took about 15 ms of every command-line run.
	 */
	private static String uniqueId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return String.format(java.util.Locale.ROOT, "%016x%016x", random.nextLong(), random.nextLong());
	}

	private static void writeForced(Path file, byte[] content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			writeForced(channel, content);
		}
	}

	private static void writeForced(FileChannel channel, byte[] content) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(content);
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
		// on disk before the swap, so a crash cannot leave an empty file in a report's place
		channel.force(true);
	}

	/** Deletes a folder the writer made; symbolic links inside are removed, never followed. */
	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
				if (failure != null) {
					throw failure;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
