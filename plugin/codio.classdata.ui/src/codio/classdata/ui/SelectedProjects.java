package codio.classdata.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkingSet;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The open projects a command's selection names (Java projects and other adaptables included); a working set stands
 * for the projects of its elements, so that a whole class kept in one working set is one click.
 */
public final class SelectedProjects {

	private SelectedProjects() {
	}

	public static List<IProject> of(ExecutionEvent event) {
		return HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection ? of(selection)
				: List.of();
	}

	/** The open projects a selection holds or adapts to (a wizard's starting selection), each once. */
	public static List<IProject> of(IStructuredSelection selection) {
		Set<IProject> projects = new LinkedHashSet<>();
		if (selection != null) {
			for (Object element : selection) {
				if (element instanceof IWorkingSet workingSet) {
					for (Object member : workingSet.getElements()) {
						add(projectOf(member), projects);
					}
				} else {
					add(Adapters.adapt(element, IProject.class), projects);
				}
			}
		}
		return List.copyOf(projects);
	}

	/** A working set's element: a project, or a folder or file of one (a resource working set may hold those). */
	private static IProject projectOf(Object member) {
		IProject project = Adapters.adapt(member, IProject.class);
		if (project == null) {
			IResource resource = Adapters.adapt(member, IResource.class);
			project = resource == null ? null : resource.getProject();
		}
		return project;
	}

	private static void add(IProject project, Set<IProject> projects) {
		if (project != null && project.isOpen()) {
			projects.add(project);
		}
	}
}
