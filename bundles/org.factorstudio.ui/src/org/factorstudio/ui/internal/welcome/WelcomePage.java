package org.factorstudio.ui.internal.welcome;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * The welcome page's content, a plain composite: what FactorStudio is in one line, the first steps as links
 * (open the example, a new study from a data file, the language reference) and the recent studies.
 */
public final class WelcomePage extends Composite {

	/** What the links do; the editor opens things, tests record the calls. */
	public interface Actions {
		void openExample();

		void newStudy();

		void languageReference();

		void openRecent(String study);
	}

	private final List<Link> links = new ArrayList<>();

	private final Composite recent;

	private final Actions actions;

	private Runnable relayout = () -> {
	};

	public WelcomePage(Composite parent, Actions actions) {
		super(parent, SWT.NONE);
		this.actions = actions;
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), this);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 40;
		layout.marginHeight = 30;
		layout.verticalSpacing = 6;
		setLayout(layout);

		Label title = new Label(this, SWT.NONE);
		title.setText("Welcome to FactorStudio");
		title.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(6)));
		Label intro = new Label(this, SWT.WRAP);
		intro.setText("Declare a questionnaire study (scales, indicators, index variables, factors, hypotheses and its "
				+ "data) in one text file, checked as you type, and run its analysis with Ctrl+R.");
		intro.setLayoutData(GridDataWidth.wrapping());

		heading(resources, "Start");
		step("<a>Open the example study</a>", "The municipal automation survey (105 respondents, 71 statements, "
				+ "17 factors) as a project in your workspace: open it, press Ctrl+R, read the result views.",
				a -> actions.openExample());
		step("<a>New study from a data file...</a>", "Pick a survey export (CSV, comma, semicolon or tab): its "
				+ "answer columns become indicators of a study skeleton in a new project.", a -> actions.newStudy());
		step("<a>Study language reference</a>", "Every declaration of a study file, with examples "
				+ "(docs/language.md).", a -> actions.languageReference());

		heading(resources, "Recent studies");
		recent = new Composite(this, SWT.NONE);
		GridLayout recentLayout = new GridLayout(1, false);
		recentLayout.marginWidth = 0;
		recentLayout.marginHeight = 0;
		recent.setLayout(recentLayout);
		recent.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		showRecent(RecentStudies.list());
	}

	/** Lists {@code studies} (newest first) as links. */
	public void showRecent(List<String> studies) {
		for (var child : recent.getChildren()) {
			if (child instanceof Link link) {
				links.remove(link);
			}
			child.dispose();
		}
		if (studies.isEmpty()) {
			Label none = new Label(recent, SWT.NONE);
			none.setText("None yet: the studies you open are listed here.");
		}
		for (String study : studies) {
			Link link = new Link(recent, SWT.NONE);
			link.setText("<a>" + study.replace("&", "&&") + "</a>");
			link.addListener(SWT.Selection, event -> actions.openRecent(study));
			links.add(link);
		}
		layout(true, true);
		relayout.run();
	}

	/** Run after the recent studies changed the page's size (the editor's scroller refits). */
	void onRelayout(Runnable action) {
		relayout = action;
	}

	/** The links, in the order shown (tests click them). */
	public List<Link> links() {
		return List.copyOf(links);
	}

	private void heading(LocalResourceManager resources, String text) {
		Label spacer = new Label(this, SWT.NONE);
		spacer.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label heading = new Label(this, SWT.NONE);
		heading.setText(text);
		heading.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getBannerFont())));
	}

	private void step(String linkText, String description, Consumer<Object> action) {
		Link link = new Link(this, SWT.NONE);
		link.setText(linkText);
		link.addListener(SWT.Selection, event -> action.accept(event));
		links.add(link);
		Label text = new Label(this, SWT.WRAP);
		text.setText(description);
		GridData data = GridDataWidth.wrapping();
		data.horizontalIndent = 16;
		text.setLayoutData(data);
	}

	/** Grid data for a label that wraps at the page's width, up to a readable line length. */
	private static final class GridDataWidth {
		static GridData wrapping() {
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.widthHint = 640;
			return data;
		}
	}
}
