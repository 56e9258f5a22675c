package org.factorstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.factorstudio.analysis.AnalysisEngine;
import org.factorstudio.dsl.LoadedStudy;
import org.factorstudio.dsl.StudyLoader;
import org.factorstudio.ui.internal.preferences.PlanDefaults;
import org.factorstudio.ui.internal.run.StudyAnalysis;
import org.factorstudio.ui.internal.wizards.DataFileSample;
import org.factorstudio.ui.internal.wizards.NewStudyWizard;
import org.factorstudio.ui.internal.wizards.StudySkeleton;
import org.factorstudio.ui.results.AnalysisRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New Study wizard: a project with a copy of the data and a study whose indicators are its columns. */
class NewStudyTest {

	private static final String SURVEY = """
			respondent_id,gender,q1,q2,q3,q4
			1,f,1,2,3,2
			2,m,4,5,5,4
			3,f,3,3,,3
			4,m,2,4,1,2
			5,x,5,4,4,5
			""";

	@Test
	void theSkeletonOfTheExampleDataLoadsWithoutErrors(@TempDir Path folder) throws Exception {
		Path data = Ui.exampleFolder().resolve("responses.csv");
		DataFileSample sample = DataFileSample.read(data);
		assertEquals("respondent_id", StudySkeleton.idColumn(sample.header()));
		String text = StudySkeleton.text("MunicipalSurvey", "responses.csv", sample, PlanDefaults.STANDARD);
		assertTrue(text.contains("\tq71\n"), text);
		// the statements' scale, not the larger codes of the background columns (county numbers up to 20)
		assertTrue(text.contains("scale Likert5 1..5"), text);
		assertTrue(text.contains("background county, industry, population_band"), text);
		assertTrue(text.contains("id respondent_id"), text);
		Files.copy(data, folder.resolve("responses.csv"));
		LoadedStudy loaded = StudyLoader.create().load(folder.resolve("survey.study"), text);
		assertEquals(List.of(), loaded.errors(), text);
	}

	@Test
	void columnNamesThatAreNotStudyNamesKeepTheirColumn(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("export.csv");
		Files.writeString(data, "ID;Q 1;index;3x;status\n1;1;2;3;done\n2;2;3;4;done\n", StandardCharsets.UTF_8);
		DataFileSample sample = DataFileSample.read(data);
		assertEquals(';', sample.delimiter());
		String text = StudySkeleton.text("Export", "export.csv", sample, PlanDefaults.STANDARD);
		assertTrue(text.contains("Q_1 column \"Q 1\""), text);
		assertTrue(text.contains("^index"), text);
		assertTrue(text.contains("c_3x column \"3x\""), text);
		assertTrue(text.contains("background \"status\""), text);
		LoadedStudy loaded = StudyLoader.create().load(folder.resolve("export.study"), text);
		assertEquals(List.of(), loaded.errors(), text);
	}

	@Test
	void theWizardCreatesAProjectWhoseStudyRuns(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("survey.csv");
		Files.writeString(data, SURVEY, StandardCharsets.UTF_8);
		NewStudyWizard wizard = new NewStudyWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(Ui.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			// page 1: the project name; page 2: the data file (typed as a user would)
			texts(dialog.getShell()).get(0).setText("wizard-survey");
			Ui.flush();
			dialog.showPage(wizard.getPages()[1]);
			Ui.flush();
			Text dataField = texts((Composite) wizard.getPages()[1].getControl()).get(0);
			dataField.setText(data.toString());
			Ui.flush();
			assertTrue(wizard.canFinish(), "both pages complete");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		Ui.flush();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-survey");
		IFile study = wizard.created();
		assertEquals(project.getFile("WizardSurvey.study"), study);
		assertTrue(project.getFile("survey.csv").exists(), "the data file is copied into the project");
		assertEquals(SURVEY, Files.readString(data), "the chosen file is not changed");
		String text = new String(study.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("background gender"), text);

		AnalysisRun run = assertInstanceOf(StudyAnalysis.Success.class,
				new StudyAnalysis(AnalysisEngine.builtIn()).run(study.getLocation().toPath(), null, null)).run();
		assertEquals(5, run.results().getImportReport().getRowsRead());
		assertEquals(4, run.results().getDescriptives().size(), "one per indicator q1..q4");
		Ui.page().closeAllEditors(false);
	}

	private static List<Text> texts(Composite parent) {
		List<Text> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text && text.isVisible() && (text.getStyle() & SWT.READ_ONLY) == 0) {
				found.add(text);
			}
			if (child instanceof Composite composite) {
				found.addAll(texts(composite));
			}
		}
		return found;
	}
}
