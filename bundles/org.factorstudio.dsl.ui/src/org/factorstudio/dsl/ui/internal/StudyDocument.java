package org.factorstudio.dsl.ui.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * What the editor knows about one open study document: where it lives (workspace file or a file
 * outside the workspace) and its latest reconciled {@link StudySnapshot}. Hover, navigation, the
 * outline and colouring read snapshots from here; the reconciler publishes them on the UI thread.
 */
public final class StudyDocument {

	private static final Map<IDocument, StudyDocument> DOCUMENTS = Collections.synchronizedMap(new WeakHashMap<>());

	private final URI uri;

	private final IFile file;

	private volatile StudySnapshot latest;

	private final List<Consumer<StudySnapshot>> listeners = new CopyOnWriteArrayList<>();

	private StudyDocument(URI uri, IFile file) {
		this.uri = uri;
		this.file = file;
	}

	/** The state of a study document, created when the editor first reconciles it. */
	public static StudyDocument attach(IDocument document) {
		synchronized (DOCUMENTS) {
			return DOCUMENTS.computeIfAbsent(document, StudyDocument::locate);
		}
	}

	/** The state of {@code document}, or null when it is not a study document open in an editor. */
	public static StudyDocument find(IDocument document) {
		return document == null ? null : DOCUMENTS.get(document);
	}

	/** The state of a workspace file that no editor shows (not registered). */
	static StudyDocument forFile(IFile file) {
		return new StudyDocument(file.getLocation() == null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
				: URI.createFileURI(file.getLocation().toOSString()), file);
	}

	private static StudyDocument locate(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null) {
			IPath location = buffer.getLocation();
			if (location != null && location.segmentCount() > 1) {
				IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
				if (member instanceof IFile workspaceFile && workspaceFile.getLocation() != null) {
					return new StudyDocument(URI.createFileURI(workspaceFile.getLocation().toOSString()), workspaceFile);
				}
			}
			IFileStore store = buffer.getFileStore();
			if (store != null) {
				return new StudyDocument(URI.createURI(store.toURI().toString()), null);
			}
		}
		return new StudyDocument(URI.createURI("inmemory:/unsaved.study"), null);
	}

	public URI uri() {
		return uri;
	}

	/** The workspace file, or null for a file outside the workspace. */
	public IFile file() {
		return file;
	}

	/** The latest reconciled snapshot, or null before the first reconcile. */
	public StudySnapshot latest() {
		return latest;
	}

	/**
	 * A snapshot of the document's current text: the latest reconciled one when it is still current,
	 * otherwise the text parsed now (on the calling thread, without validation).
	 */
	public StudySnapshot current(IDocument document) {
		StudySnapshot reconciled = latest;
		long stamp = stamp(document);
		if (reconciled != null && reconciled.stamp() == stamp) {
			return reconciled;
		}
		String text = document.get();
		return new StudySnapshot(stamp, text, StudyLanguage.parse(text, uri), null, null);
	}

	/** Whether an editor has the file's text open (a text file buffer is connected to it). Any thread. */
	public static boolean isOpenInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}

	/** Makes {@code snapshot} the latest and tells the listeners; UI thread only. */
	void publish(StudySnapshot snapshot) {
		latest = snapshot;
		for (Consumer<StudySnapshot> listener : listeners) {
			listener.accept(snapshot);
		}
	}

	public void addListener(Consumer<StudySnapshot> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<StudySnapshot> listener) {
		listeners.remove(listener);
	}

	public static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: document.get().hashCode();
	}
}
