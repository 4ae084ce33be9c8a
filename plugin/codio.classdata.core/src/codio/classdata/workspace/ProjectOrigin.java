package codio.classdata.workspace;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where an imported project came from: its assignment and student as the export named them, and the class when the
 * import knew it. Kept with the project
 * beside its {@link StackRecord}, so that review tools can match the project to its assignment's starter code and
 * name the student.
 *
 * @param assignment          the assignment's name as the export gives it
 * @param student             the student's login or name as the export gives it, {@code ""} when it does not say
 * @param studentEclipseFiles which of Eclipse's {@link #ECLIPSE_FILES} the workspace itself held (the others are
 *                            the import's), so that a zip for Codio leaves out only what the import added
 * @param courseId            the Codio class's id, {@code ""} when the import did not know it (a file opened on
 *                            its own)
 */
public record ProjectOrigin(String assignment, String student, Set<String> studentEclipseFiles, String courseId) {

	/** Eclipse's project files an import may add: {@code .project}, {@code .classpath}, the {@code .settings/} folder. */
	public static final List<String> ECLIPSE_FILES = List.of(".project", ".classpath", ".settings/");
	static final String ASSIGNMENT = "origin.assignment";
	static final String STUDENT = "origin.student";
	static final String STUDENT_ECLIPSE_FILES = "origin.studentEclipseFiles";
	static final String COURSE = "origin.course";

	public ProjectOrigin {
		studentEclipseFiles = Set.copyOf(studentEclipseFiles);
		courseId = courseId == null ? "" : courseId;
	}

	/** An origin whose workspace held none of Eclipse's files, of a class not known. */
	public ProjectOrigin(String assignment, String student) {
		this(assignment, student, Set.of(), "");
	}

	/**
	 * The origin of a discovered workspace, extracted into {@code folder} but not yet a project.
	 */
	public static ProjectOrigin of(DiscoveredWorkspace workspace, Path folder, String courseId) {
		Set<String> own = new LinkedHashSet<>();
		for (String name : ECLIPSE_FILES) {
			Path file = folder.resolve(name.replace("/", ""));
			if (name.endsWith("/") ? Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
					: Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				own.add(name);
			}
		}
		return new ProjectOrigin(workspace.assignment(), workspace.student(), own, courseId);
	}

	/** Records this origin on the project and saves it at once. */
	public void writeTo(IProject project) throws CoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(StackRecord.NODE);
		node.put(ASSIGNMENT, assignment);
		node.put(STUDENT, student);
		if (courseId.isEmpty()) {
			node.remove(COURSE);
		} else {
			node.put(COURSE, courseId);
		}
		node.put(STUDENT_ECLIPSE_FILES, String.join(",", ECLIPSE_FILES.stream().filter(studentEclipseFiles::contains)
				.toList()));
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
		if (assignment == null) {
			return Optional.empty();
		}
		String own = node.get(STUDENT_ECLIPSE_FILES, "");
		return Optional.of(new ProjectOrigin(assignment, node.get(STUDENT, ""),
				own.isEmpty() ? Set.of() : Set.of(own.split(",")), node.get(COURSE, "")));
	}
}
