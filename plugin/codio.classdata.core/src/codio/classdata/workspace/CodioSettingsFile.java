package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Codio's editor settings file {@code .settings} (INI: tab size, theme, hidden files) has the name of the folder
 * where Eclipse keeps project preferences. While that file is in the project root, every project preference fails
 * to save: {@code IProject.setDefaultCharset} throws "Could not save encoding settings", JDT's compiler options and
 * {@link StackRecord} cannot be flushed ({@code BackingStoreException}, as {@code .settings} "already exists").
 * So an imported workspace's file is moved aside to {@value #MOVED_NAME} (numbered if that name is taken), before
 * anything writes preferences; its content is kept unchanged, and moving it back restores Codio's layout.
 */
public final class CodioSettingsFile {

	/** The name Codio's {@code .settings} file gets in an Eclipse project. */
	public static final String MOVED_NAME = ".settings.codio";
	private static final String CODIO_NAME = ".settings";

	private CodioSettingsFile() {
	}

	/**
	 * Moves Codio's {@code .settings} file out of the way of Eclipse's {@code .settings} folder.
	 *
	 * @return the file's new place, or empty when the project has no such file (a {@code .settings} folder is
	 *         Eclipse's own and stays)
	 */
	public static Optional<IFile> moveAside(IProject project, IProgressMonitor monitor) throws CoreException {
		IFile codio = project.getFile(CODIO_NAME);
		if (!codio.exists()) {
			return Optional.empty();
		}
		IFile target = project.getFile(MOVED_NAME);
		for (int n = 2; isTaken(target); n++) {
			target = project.getFile(MOVED_NAME + "-" + n);
		}
		codio.move(IPath.fromPortableString(target.getName()), IResource.FORCE | IResource.KEEP_HISTORY, monitor);
		return Optional.of(target);
	}

	/**
	 * The same, on disk, for a folder that is about to become a project: a plain rename, without the workspace's
	 * move and its copy of the file's local history (which, for a file just extracted, holds nothing).
	 *
	 * @return the file's new place, or empty when the folder has no such file
	 */
	public static Optional<Path> moveAside(Path projectFolder) throws IOException {
		Path codio = projectFolder.resolve(CODIO_NAME);
		if (!Files.isRegularFile(codio, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		Path target = projectFolder.resolve(MOVED_NAME);
		for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
			target = projectFolder.resolve(MOVED_NAME + "-" + n);
		}
		return Optional.of(Files.move(codio, target)); // without REPLACE_EXISTING: never replaces a file
	}

	private static boolean isTaken(IFile file) {
		// also on disk: a file the workspace does not know yet would make the move fail
		return file.exists() || file.getLocation() != null && file.getLocation().toFile().exists();
	}
}
