package codio.classdata.workspace;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where an imported project came from: its assignment and student as the export named them. Kept with the project
 * beside its {@link StackRecord}, so that review tools can match the project to its assignment's starter code and
 * name the student.
 *
 * @param assignment the assignment's name as the export gives it
 * @param student    the student's login or name as the export gives it, {@code ""} when it does not say
 */
public record ProjectOrigin(String assignment, String student) {

	static final String ASSIGNMENT = "origin.assignment";
	static final String STUDENT = "origin.student";

	/** The origin of a discovered workspace. */
	public static ProjectOrigin of(DiscoveredWorkspace workspace) {
		return new ProjectOrigin(workspace.assignment(), workspace.student());
	}

	/** Records this origin on the project and saves it at once. */
	public void writeTo(IProject project) throws CoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(StackRecord.NODE);
		node.put(ASSIGNMENT, assignment);
		node.put(STUDENT, student);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(NLS.bind(WorkspaceText.ProjectOrigin_cannotRecord,
					new Object[] { assignment, project.getName(), e.getMessage() }), e));
		}
	}

	/** The origin recorded on the project; empty when none was (not imported by us), or the project is closed. */
	public static Optional<ProjectOrigin> readFrom(IProject project) {
		if (!project.isOpen()) {
			return Optional.empty();
		}
		IEclipsePreferences node = new ProjectScope(project).getNode(StackRecord.NODE);
		String assignment = node.get(ASSIGNMENT, null);
		return assignment == null ? Optional.empty()
				: Optional.of(new ProjectOrigin(assignment, node.get(STUDENT, "")));
	}
}
