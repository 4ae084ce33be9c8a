package codio.classdata.ui.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.ReviewedProjects;
import codio.classdata.workspace.ProjectOrigin;

/**
 * Which projects a similarity search compares: the selected ones that an import of ours made; with only one of them
 * selected, every open project of its assignment, since one project has nothing to be compared with. Read on the
 * search's job thread: it reads each project's recorded origin and build path.
 */
final class ComparedProjects {

	private ComparedProjects() {
	}

	static List<ReviewedProject> of(List<IProject> selected) throws CoreException {
		List<IProject> chosen = selected;
		if (selected.size() == 1) {
			Optional<ProjectOrigin> origin = ProjectOrigin.readFrom(selected.get(0));
			if (origin.isPresent()) {
				chosen = new ArrayList<>();
				for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
					if (project.isOpen() && ProjectOrigin.readFrom(project)
							.filter(each -> each.assignment().equals(origin.get().assignment())).isPresent()) {
						chosen.add(project);
					}
				}
			}
		}
		List<ReviewedProject> reviewed = new ArrayList<>();
		for (IProject project : chosen) {
			ReviewedProjects.of(project, null).ifPresent(reviewed::add);
		}
		return reviewed;
	}
}
