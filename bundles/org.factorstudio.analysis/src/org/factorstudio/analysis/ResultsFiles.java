package org.factorstudio.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.factorstudio.model.results.StudyResults;

/** Writes results files atomically: a failed write leaves the previous file as it was. */
public final class ResultsFiles {

	private ResultsFiles() {
	}

	/** Saves a copy of the results model as XMI. */
	public static void saveXmi(StudyResults results, Path file) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(results));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		writeAtomically(file, bytes.toByteArray());
	}

	/** Writes to a temporary file beside the target, then moves it over the target in one step. */
	public static void writeAtomically(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		// not Files.createTempFile: its owner-only permissions would stay on the result
		Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				// on disk before the rename, so a crash cannot leave an empty file in the target's place
				channel.force(true);
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
}
