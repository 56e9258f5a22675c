package org.factorstudio.ui.internal.welcome;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.factorstudio.ui.internal.wizards.NewStudyWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The welcome page, an editor so that it takes the middle of the window: shown on the first start of a
 * workspace and from Help > Welcome. Without the Platform's intro framework (not on Maven Central as a product
 * intro): a plain SWT page ({@link WelcomePage}).
 */
public final class WelcomeEditor extends EditorPart {

	public static final String ID = "org.factorstudio.ui.editors.welcome";

	/** Set once the welcome page was shown in a workspace; it is not shown again at start-up. */
	static final String SHOWN = "welcomeShown";

	static final String LANGUAGE_REFERENCE = "docs/language.md";

	private WelcomePage page;

	/** Opens the welcome page in {@code window}. */
	public static IEditorPart open(IWorkbenchWindow window) throws PartInitException {
		return window.getActivePage().openEditor(WelcomeInput.INSTANCE, ID);
	}

	/**
	 * Shows the welcome page on the workspace's first start (not when a study is to be opened at start-up), and
	 * records the studies opened from then on.
	 */
	public static void startup(IWorkbenchWindow window, boolean studyRequested) {
		RecentStudies.follow(window);
		var node = InstanceScope.INSTANCE.getNode("org.factorstudio.ui");
		if (studyRequested || node.getBoolean(SHOWN, false) || window.getActivePage() == null) {
			return;
		}
		node.putBoolean(SHOWN, true);
		try {
			open(window);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(WelcomeEditor.class).log(e.getStatus());
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		// the page scrolls when the editor area is small (1366x768 with the result views open)
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		page = new WelcomePage(scrolled, new Actions());
		scrolled.setContent(page);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setBackground(page.getBackground());
		Runnable fit = () -> scrolled.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		fit.run();
		page.addListener(SWT.Resize, event -> fit.run());
		page.onRelayout(fit);
	}

	public WelcomePage page() {
		return page;
	}

	@Override
	public void setFocus() {
		page.showRecent(RecentStudies.list());
		page.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	private IWorkbenchPage workbenchPage() {
		return getSite().getPage();
	}

	private final class Actions implements WelcomePage.Actions {

		@Override
		public void openExample() {
			try {
				IFile study = ExampleProject.create(null);
				IDE.openEditor(workbenchPage(), study, true);
			} catch (CoreException e) {
				MessageDialog.openError(getSite().getShell(), "Open the Example", e.getStatus().getMessage());
			}
		}

		@Override
		public void newStudy() {
			NewStudyWizard wizard = new NewStudyWizard();
			wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
			new WizardDialog(getSite().getShell(), wizard).open();
		}

		@Override
		public void languageReference() {
			try {
				Path copy = languageReferenceFile();
				workbenchPage().openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(copy.toUri())),
						"org.eclipse.ui.DefaultTextEditor");
			} catch (IOException | PartInitException e) {
				MessageDialog.openError(getSite().getShell(), "Study Language Reference",
						"The language reference could not be opened: " + e.getMessage());
			}
		}

		@Override
		public void openRecent(String study) {
			try {
				IResource member = ResourcesPlugin.getWorkspace().getRoot().findMember(study);
				if (member instanceof IFile file && file.exists()) {
					IDE.openEditor(workbenchPage(), file, true);
					return;
				}
				Path path = Path.of(study);
				if (path.isAbsolute() && Files.isRegularFile(path)) {
					IDE.openEditorOnFileStore(workbenchPage(), EFS.getLocalFileSystem().getStore(path.toUri()));
					return;
				}
			} catch (PartInitException | RuntimeException e) {
				MessageDialog.openError(getSite().getShell(), "Recent Studies", study + " could not be opened: " + e.getMessage());
				return;
			}
			List<String> studies = new ArrayList<>(RecentStudies.list());
			studies.remove(study);
			RecentStudies.save(studies);
			page.showRecent(studies);
			MessageDialog.openInformation(getSite().getShell(), "Recent Studies",
					study + " no longer exists; it is removed from the list.");
		}
	}

	/**
	 * docs/language.md, which the build puts into this bundle, copied into the workspace's state folder so that
	 * the text editor opens it as a file (a read-only copy: changes are not kept).
	 */
	static Path languageReferenceFile() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(WelcomeEditor.class);
		URL entry = bundle.getEntry(LANGUAGE_REFERENCE);
		Path copy = Path.of(Platform.getStateLocation(bundle).toOSString(), "language.md");
		if (entry != null) {
			try (InputStream in = entry.openStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
		} else {
			String repo = System.getProperty("factorstudio.repo");
			Path source = repo == null ? null : Path.of(repo, LANGUAGE_REFERENCE);
			if (source == null || !Files.isRegularFile(source)) {
				throw new IOException(LANGUAGE_REFERENCE + " is not installed with this FactorStudio");
			}
			Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
		}
		copy.toFile().setWritable(false);
		return copy;
	}
}
