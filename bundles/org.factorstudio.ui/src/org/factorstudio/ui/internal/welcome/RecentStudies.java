package org.factorstudio.ui.internal.welcome;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The studies opened last, newest first: workspace paths ({@code /project/x.study}) or, for a study outside the
 * workspace, its file system path. Kept in this bundle's instance preferences, so per workspace.
 */
public final class RecentStudies {

	static final String KEY = "recentStudies";

	public static final int MAX = 8;

	private RecentStudies() {
	}

	/** Records every study an editor of {@code window} opens. */
	public static void follow(IWorkbenchWindow window) {
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference reference) {
				if (reference.getPart(false) instanceof IEditorPart editor) {
					record(editor.getEditorInput());
				}
			}
		});
	}

	static void record(IEditorInput input) {
		String entry = entryOf(input);
		if (entry == null) {
			return;
		}
		List<String> studies = new ArrayList<>(list());
		studies.remove(entry);
		studies.add(0, entry);
		save(studies.subList(0, Math.min(MAX, studies.size())));
	}

	private static String entryOf(IEditorInput input) {
		IFile file = input == null ? null : input.getAdapter(IFile.class);
		if (file != null) {
			return "study".equals(file.getFileExtension()) ? file.getFullPath().toString() : null;
		}
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null
				&& "file".equals(uriInput.getURI().getScheme()) && uriInput.getURI().getPath().endsWith(".study")) {
			return IPath.fromOSString(uriInput.getURI().getPath()).toOSString();
		}
		return null;
	}

	/** Newest first. */
	public static List<String> list() {
		String stored = node().get(KEY, "");
		return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
	}

	static void save(List<String> studies) {
		IEclipsePreferences node = node();
		node.put(KEY, String.join("\n", studies));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			org.eclipse.core.runtime.ILog.of(RecentStudies.class).warn("The recent studies were not saved", e);
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode("org.factorstudio.ui");
	}
}
