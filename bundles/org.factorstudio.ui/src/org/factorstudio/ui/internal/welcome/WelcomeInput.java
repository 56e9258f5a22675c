package org.factorstudio.ui.internal.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The welcome editor's input: there is one welcome page, so all inputs are equal. */
public final class WelcomeInput implements IEditorInput {

	public static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false; // not in the list of recently opened editors
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return "Welcome";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Welcome to FactorStudio";
	}
}
