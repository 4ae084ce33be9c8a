package codio.classdata.review;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.workspace.BuildOutput;
import codio.classdata.workspace.ProjectOrigin;

/** The workspace's imported projects as the review sees them. */
public final class ReviewedProjects {

	private ReviewedProjects() {
	}

	/**
	 * The project with its recorded origin, its assignment's baseline when {@code baselines} has one, and its build
	 * output to skip; empty when the import did not record an origin (a project we did not make).
	 *
	 * @param baselines the starter baselines at hand, or null for the baseline recorded on the project
	 */
	public static Optional<ReviewedProject> of(IProject project, StarterBaselines baselines) throws CoreException {
		Optional<ProjectOrigin> origin = ProjectOrigin.readFrom(project);
		if (origin.isEmpty() || project.getLocation() == null) {
			return Optional.empty();
		}
		List<String> outputs = BuildOutput.folders(project);
		return Optional.of(new ReviewedProject(project.getName(), project.getLocation().toPath(),
				origin.get().assignment(), origin.get().student(), origin.get().courseId(),
				baselines != null ? baselines.forAssignment(origin.get().assignment()).orElse(null)
						: StarterBaseline.read(project).orElse(null),
				path -> outputs.stream().anyMatch(path::startsWith)));
	}
}
