package org.factorstudio.dsl.ui.internal.refactoring;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A line of a study with usages of an indicator, as the Search view lists it. {@code file} is null for
 * a study outside the workspace; then {@code editor} shows it.
 */
public record UsageLine(IFile file, ITextEditor editor, String fileName, int line, String text) {
}
