package codio.classdata.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;

/**
 * The import wizard's defaults for workspaces imported without asking: names from the default template, never a
 * name (or folder) the workspace already has, and each workspace's recommended stack. Refresh from Export imports a
 * newer export's new students this way, in the IDE and on the command line.
 */
public final class DefaultPlan {

	private DefaultPlan() {
	}

	/**
	 * @param className what {@code {class}} stands for in names, such as the export's file name without extension
	 */
	public static List<PlannedProject> of(List<DiscoveredWorkspace> workspaces, String className,
			IWorkspaceRoot root) {
		return of(workspaces, className, root, new ProjectNameTemplate(null), Optional.empty());
	}

	/**
	 * The same with a name template of the user's and, when given, one stack for every workspace.
	 *
	 * @param className what {@code {class}} stands for in names
	 */
	public static List<PlannedProject> of(List<DiscoveredWorkspace> workspaces, String className,
			IWorkspaceRoot root, ProjectNameTemplate template, Optional<CodioStack> stack) {
		Path rootFolder = root.getLocation().toPath();
		Set<String> taken = new HashSet<>();
		for (IProject project : root.getProjects()) {
			taken.add(ProjectNameTemplate.key(project.getName()));
		}
		StackRecommender recommender = new StackRecommender();
		List<PlannedProject> planned = new ArrayList<>();
		for (DiscoveredWorkspace workspace : workspaces) {
			String name = ProjectNameTemplate.unique(template.nameFor(workspace, className),
					candidate -> taken.contains(ProjectNameTemplate.key(candidate))
							|| Files.exists(rootFolder.resolve(candidate)));
			taken.add(ProjectNameTemplate.key(name));
			planned.add(new PlannedProject(workspace, name,
					stack.orElseGet(() -> recommender.recommend(workspace.facts()).stack())));
		}
		return planned;
	}
}
