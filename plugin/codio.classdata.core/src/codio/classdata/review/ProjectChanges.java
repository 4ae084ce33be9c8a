package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import codio.classdata.workspace.BuildOutput;

/** What the student of an imported project changed against its starter code, build output left out. */
public final class ProjectChanges {

	private ProjectChanges() {
	}

	/**
	 * @param starter the starter code of the project's assignment
	 * @throws IOException   a file cannot be read
	 * @throws CoreException the project's build path cannot be read
	 */
	public static ChangeSummary of(IProject project, Path starter, IProgressMonitor monitor)
			throws IOException, CoreException {
		List<String> outputs = BuildOutput.folders(project);
		return new ChangeComparison(project.getLocation().toPath(), starter)
				.ignoring(path -> outputs.stream().anyMatch(path::startsWith))
				.compare(monitor);
	}
}
