package org.factorstudio.ui;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar skeleton (File, Edit, Window, Help) with the standard workbench actions; FactorStudio's
 * own commands are contributed through menu contributions in plugin.xml.
 */
public class IdeActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IWorkbenchAction back;
	private IWorkbenchAction forward;
	private IContributionItem newWizards;
	private IContributionItem showViews;

	public IdeActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		find = register(ActionFactory.FIND.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		// Alt+Left / Alt+Right: back to where Open Declaration (F3) came from, and forward again
		back = register(ActionFactory.BACKWARD_HISTORY.create(window));
		forward = register(ActionFactory.FORWARD_HISTORY.create(window));
		newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(newWizards);
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		// Text editors contribute into these groups (TextEditorActionContributor: find.ext and others).
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new Separator());
		edit.add(find);
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT)); // text editors add Find Next/Previous here
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showViewMenu = new MenuManager("Show &View");
		showViewMenu.add(showViews);
		window.add(showViewMenu);
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		MenuManager navigate = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.SHOW_EXT));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		navigate.add(new Separator(IWorkbenchActionConstants.HISTORY_GROUP));
		navigate.add(back);
		navigate.add(forward);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		menuBar.add(navigate);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
