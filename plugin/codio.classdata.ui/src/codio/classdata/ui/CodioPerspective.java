package codio.classdata.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Codio perspective: classes and imported student projects on the left, the code in the middle. */
public final class CodioPerspective implements IPerspectiveFactory {

	private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout classes = layout.createFolder("codio.classdata.ui.left", IPageLayout.LEFT, 0.34f, editorArea);
		classes.addView(UiIds.CLASSES_VIEW);
		IFolderLayout projects = layout.createFolder("codio.classdata.ui.leftBottom", IPageLayout.BOTTOM, 0.55f,
				"codio.classdata.ui.left");
		projects.addView(ProjectExplorer.ID);
		IFolderLayout bottom = layout.createFolder("codio.classdata.ui.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addPlaceholder(ERROR_LOG);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editorArea);

		layout.addShowViewShortcut(UiIds.CLASSES_VIEW);
		layout.addShowViewShortcut(ProjectExplorer.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(ERROR_LOG);
	}
}
