package org.factorstudio.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The IDE window: title, size, and the standard menus and tool bar. */
public class IdeWindowAdvisor extends WorkbenchWindowAdvisor {

	public IdeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new IdeActionBarAdvisor(configurer);
	}

	/** 1400x900, or the screen's work area when it is smaller (1366x768): never wider or taller than the screen. */
	public static Point initialSize(Rectangle screen) {
		return new Point(Math.min(1400, screen.width), Math.min(900, screen.height));
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("FactorStudio");
	}
}
