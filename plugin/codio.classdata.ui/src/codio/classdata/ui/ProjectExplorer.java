package codio.classdata.ui;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;

/** The Project Explorer, where a notification's "Show" link takes the user to the projects a job made or changed. */
public final class ProjectExplorer {

	public static final String ID = "org.eclipse.ui.navigator.ProjectExplorer";

	private ProjectExplorer() {
	}

	/** Selects the projects in the Project Explorer (opened when needed); on the UI thread. */
	public static void reveal(List<IProject> projects) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			IViewPart view = page.showView(ID);
			if (view instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(projects));
			}
		} catch (PartInitException e) {
			Problems.show(e.getMessage(), e);
		}
	}
}
