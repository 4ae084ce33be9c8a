package codio.classdata.review;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;

import codio.classdata.workspace.DiscoveredWorkspace;

/**
 * A refresh of projects from a newer export, worked out but not applied: per project what changes, the student
 * workspaces of the export that no project holds yet, and the projects the export does not hold. Holds the
 * export's workspaces extracted to a temporary folder until closed.
 *
 * @param archive     the newer export
 * @param projects    the projects found in the export, in the order given
 * @param newStudents workspaces of the export that match no given project: students to import as new projects
 * @param notInExport given projects the export holds no workspace for, or not imported from a Codio export
 * @param temporary   where the export's workspaces were extracted, deleted by {@link #close()}
 */
public record RefreshPlan(Path archive, List<ProjectRefresh> projects, List<DiscoveredWorkspace> newStudents,
		List<IProject> notInExport, Path temporary) implements Closeable {

	public RefreshPlan {
		projects = List.copyOf(projects);
		newStudents = List.copyOf(newStudents);
		notInExport = List.copyOf(notInExport);
	}

	/** Conflicting files over all projects that the user has not decided yet. */
	public int unresolvedConflicts() {
		return projects.stream().mapToInt(project -> project.unresolved().size()).sum();
	}

	@Override
	public void close() throws IOException {
		TemporaryFolders.delete(temporary);
	}
}
