package codio.classdata.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The starter baseline a project is matched to, kept with the project like its stack: the folder of the
 * assignment's published version, which the review compares and tests against.
 */
public final class StarterBaseline {

	private static final String NODE = "codio.classdata";
	private static final String FOLDER = "review.baseline";

	private StarterBaseline() {
	}

	/** Records the project's baseline folder and saves it at once. */
	public static void write(IProject project, Path folder) throws CoreException {
		IEclipsePreferences node = new ProjectScope(project).getNode(NODE);
		node.put(FOLDER, folder.toAbsolutePath().toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(NLS.bind(ReviewText.StarterBaseline_cannotRecord,
					project.getName(), e.getMessage()), e));
		}
	}

	/** The project's baseline folder, when one is recorded and still there. */
	public static Optional<Path> read(IProject project) {
		if (!project.isOpen()) {
			return Optional.empty();
		}
		String folder = new ProjectScope(project).getNode(NODE).get(FOLDER, null);
		return folder == null ? Optional.empty() : Optional.of(Path.of(folder)).filter(Files::isDirectory);
	}
}
