package codio.classdata.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** The open projects a command's selection names (Java projects and other adaptables included). */
public final class SelectedProjects {

	private SelectedProjects() {
	}

	public static List<IProject> of(ExecutionEvent event) {
		return HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection ? of(selection)
				: List.of();
	}

	/** The open projects a selection holds or adapts to (a wizard's starting selection). */
	public static List<IProject> of(IStructuredSelection selection) {
		List<IProject> projects = new ArrayList<>();
		if (selection != null) {
			for (Object element : selection) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null && project.isOpen()) {
					projects.add(project);
				}
			}
		}
		return projects;
	}
}
