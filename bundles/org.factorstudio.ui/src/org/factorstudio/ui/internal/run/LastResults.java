package org.factorstudio.ui.internal.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.model.results.ResultsPackage;
import org.factorstudio.model.results.StudyResults;
import org.factorstudio.ui.results.AnalysisRun;
import org.factorstudio.ui.results.ResultsService;
import org.factorstudio.workflow.StudyRun;

/**
 * The last results of each study, kept across restarts: the IDE writes each good run's results as
 * XMI into its own folder (the workspace's plugin state location, one file per study named by a hash
 * of the study's path), atomically, and never into the user's report folder. Loading takes the newer
 * of that file and the {@code results.xmi} that {@code factorstudio analyze} writes into
 * {@code <study>-report/}; the study itself is read again from its file (without its data) for the
 * views that show its framework.
 */
public final class LastResults implements ResultsService.Store {

	private final Path folder;

	/** @param folder where the IDE keeps its copies (created on the first save) */
	public LastResults(Path folder) {
		this.folder = folder;
	}

	/** The IDE's own copy of a study's last results. */
	public Path keptFile(Path studyFile) {
		return folder.resolve(hash(studyFile.toAbsolutePath().normalize().toString()) + ".xmi");
	}

	/** The results file of the command line's report folder for a study. */
	public static Path reportFile(Path studyFile) {
		return StudyRun.defaultReportFolder(studyFile).resolve(StudyRun.RESULTS_FILE);
	}

	@Override
	public void save(AnalysisRun run) throws IOException {
		StudyRun.saveResults(run.results(), keptFile(run.studyFile()));
	}

	@Override
	public Optional<AnalysisRun> load(Path studyFile) {
		Path study = studyFile.toAbsolutePath().normalize();
		if (!Files.isRegularFile(study)) {
			return Optional.empty();
		}
		Path newest = newer(keptFile(study), reportFile(study));
		if (newest == null) {
			return Optional.empty();
		}
		StudyResults results;
		try {
			results = read(newest);
		} catch (IOException | RuntimeException e) {
			ILog.of(LastResults.class).warn(newest + ": the kept results could not be read", e);
			return Optional.empty();
		}
		if (results == null) {
			return Optional.empty();
		}
		LoadedStudy loaded = StudyLoader.create().withoutDataChecks().load(study);
		if (loaded.study() == null) {
			return Optional.empty();
		}
		return Optional.of(new AnalysisRun(study, loaded.study(), results, finishedAt(results, newest), 0, true));
	}

	private static Path newer(Path a, Path b) {
		FileTime timeA = modified(a);
		FileTime timeB = modified(b);
		if (timeA == null) {
			return timeB == null ? null : b;
		}
		return timeB == null || timeA.compareTo(timeB) >= 0 ? a : b;
	}

	private static FileTime modified(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
		} catch (IOException e) {
			return null;
		}
	}

	private static StudyResults read(Path file) throws IOException {
		ResultsPackage.eINSTANCE.eClass(); // registers the package for the XMI's namespace
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		resource.load(Map.of());
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof StudyResults results)
				? null
				: results;
	}

	private static Instant finishedAt(StudyResults results, Path file) {
		try {
			if (results.getCreatedAt() != null) {
				return Instant.parse(results.getCreatedAt());
			}
		} catch (DateTimeParseException e) {
			// fall back on the file's time
		}
		FileTime time = modified(file);
		return time == null ? Instant.EPOCH : time.toInstant();
	}

	private static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
					.substring(0, 32);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
