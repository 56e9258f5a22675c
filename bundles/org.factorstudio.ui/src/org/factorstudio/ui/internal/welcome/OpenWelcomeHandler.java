package org.factorstudio.ui.internal.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Welcome: the welcome page again. */
public final class OpenWelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			WelcomeEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event));
		} catch (PartInitException e) {
			throw new ExecutionException("The welcome page could not be opened", e);
		}
		return null;
	}
}
