package org.factorstudio.ui;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.osgi.framework.Bundle;

/**
 * The images of {@code org.eclipse.ui.ide} that the Eclipse IDE's workbench advisor
 * ({@code IDEWorkbenchAdvisor.declareWorkbenchImages}) declares and the Problems view, the marker
 * annotations and the quick fix dialog look up by name ({@code IDEInternalWorkbenchImages}). Without
 * them the Problems view shows the missing-image placeholder for errors and warnings.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	/** Symbolic name (an {@code IDEInternalWorkbenchImages} constant) and path in the IDE bundle. */
	private static final String[][] IMAGES = {
			{ "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png" },
			{ "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png" },
			{ "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png" },
			{ "IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png" },
			{ "IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png" },
			{ "IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png" },
			{ "IMG_ELCL_QUICK_FIX_ENABLED", "icons/full/elcl16/smartmode_co.png" },
			{ "IMG_DLCL_QUICK_FIX_DISABLED", "icons/full/dlcl16/smartmode_co.png" },
			{ "IMG_DLGBAN_QUICKFIX_DLG", "icons/full/wizban/quick_fix.png" },
			{ "IMG_OPEN_MARKER", "icons/full/elcl16/gotoobj_tsk.png" },
			{ "IMG_OBJS_TASK_TSK", "icons/full/obj16/taskmrk_tsk.png" },
			{ "IMG_OBJS_BKMRK_TSK", "icons/full/obj16/bkmrk_tsk.png" },
			{ "IMG_OBJS_COMPLETE_TSK", "icons/full/obj16/complete_tsk.png" },
			{ "IMG_OBJS_INCOMPLETE_TSK", "icons/full/obj16/incomplete_tsk.png" },
			{ "IMG_OBJ_PROJECT", "icons/full/obj16/prj_obj.png" },
			{ "IMG_OBJ_PROJECT_CLOSED", "icons/full/obj16/cprj_obj.png" },
			{ "IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.png" },
			{ "IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png" },
			{ "IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png" },
			{ "IMG_LCL_FLAT_LAYOUT", "icons/full/elcl16/flatLayout.png" },
			{ "IMG_LCL_HIERARCHICAL_LAYOUT", "icons/full/elcl16/hierarchicalLayout.png" } };

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		if (ide == null) {
			return;
		}
		for (String[] image : IMAGES) {
			var url = FileLocator.find(ide, IPath.fromPortableString(image[1]));
			if (url != null) {
				configurer.declareImage(image[0], ImageDescriptor.createFromURL(url), true);
			}
		}
	}
}
