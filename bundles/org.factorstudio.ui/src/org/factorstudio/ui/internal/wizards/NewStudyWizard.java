package org.factorstudio.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.factorstudio.ui.internal.preferences.UiPreferences;

/**
 * File > New > FactorStudio Study: a project with a copy of the chosen data file (the original is
 * never changed) and a study skeleton bound to it, whose indicators are the file's answer columns.
 */
public final class NewStudyWizard extends Wizard implements INewWizard {

	public static final String ID = "org.factorstudio.ui.wizards.newStudy";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage projectPage;
	private DataFilePage dataPage;
	private IFile created;

	public NewStudyWizard() {
		setWindowTitle("New FactorStudio Study");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		projectPage = new WizardNewProjectCreationPage("project");
		projectPage.setTitle("Study project");
		projectPage.setDescription("A project holds a study, its data file and its results.");
		addPage(projectPage);
		dataPage = new DataFilePage();
		addPage(dataPage);
	}

	@Override
	public boolean performFinish() {
		String projectName = projectPage.getProjectName();
		IPath location = projectPage.useDefaults() ? null : projectPage.getLocationPath();
		Path dataFile = dataPage.dataFile();
		DataFileSample sample;
		try {
			sample = DataFileSample.read(dataFile);
		} catch (IOException e) {
			dataPage.setErrorMessage(dataFile + ": " + e.getMessage());
			return false;
		}
		String studyName = StudySkeleton.studyName(projectName);
		String text = StudySkeleton.text(studyName, dataFile.getFileName().toString(), sample,
				UiPreferences.planDefaults());
		try {
			getContainer().run(true, true, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InterruptedException {
					created = create(projectName, location, dataFile, studyName, text, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "New Study", "The study project could not be created: "
					+ (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
			} catch (PartInitException e) {
				MessageDialog.openError(getShell(), "New Study", created.getFullPath() + ": could not be opened: " + e.getMessage());
			}
		}
		return true;
	}

	/** Creates the project, copies the data file into it and writes the study; returns the study file. */
	public static IFile create(String projectName, IPath location, Path dataFile, String studyName, String text,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + projectName, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(projectName);
		description.setLocation(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		IFile data = project.getFile(dataFile.getFileName().toString());
		try (InputStream in = Files.newInputStream(dataFile)) {
			data.create(in, false, progress.split(1));
		} catch (IOException e) {
			throw new CoreException(Status.error(dataFile + ": could not be copied: " + e.getMessage(), e));
		}
		IFile study = project.getFile(studyName + ".study");
		study.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, progress.split(1));
		study.setCharset("UTF-8", null);
		return study;
	}

	/** The study file the last finish created. */
	public IFile created() {
		return created;
	}
}
