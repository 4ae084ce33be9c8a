package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * A student project as a zip that Codio's project import takes: the student's files as they came, Codio's
 * {@code .settings} file restored from {@code .settings.codio}, and Eclipse's metadata ({@code .project},
 * {@code .classpath}, the {@code .settings/} folder) and build output left out unless the workspace itself held them
 * ({@link ProjectOrigin#studentEclipseFiles}). The zip lands atomically and never replaces a file.
 */
public final class CodioWorkspaceZip {

	private final IProject project;

	public CodioWorkspaceZip(IProject project) {
		this.project = project;
	}

	/** What the zip holds: entry name to the file it is read from, in name order. */
	public Map<String, Path> entries() throws IOException, CoreException {
		Path root = project.getLocation().toPath();
		Set<String> own = ProjectOrigin.readFrom(project).map(ProjectOrigin::studentEclipseFiles).orElse(Set.of());
		List<String> output = BuildOutput.folders(project);
		Map<String, Path> entries = new TreeMap<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String path = RelativePaths.of(root, dir) + "/";
				boolean ours = path.equals(".settings/") && !own.contains(".settings/");
				return dir.equals(root) || !ours && !output.contains(path) ? FileVisitResult.CONTINUE
						: FileVisitResult.SKIP_SUBTREE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (!attributes.isRegularFile()) {
					return FileVisitResult.CONTINUE;
				}
				String path = RelativePaths.of(root, file);
				if ((path.equals(".project") || path.equals(".classpath")) && !own.contains(path)) {
					return FileVisitResult.CONTINUE;
				}
				if (path.equals(CodioSettingsFile.MOVED_NAME) && !own.contains(".settings/")) {
					path = ".settings";
				}
				entries.put(path, file);
				return FileVisitResult.CONTINUE;
			}
		});
		return entries;
	}

	/**
	 * Writes the zip.
	 *
	 * @throws FileAlreadyExistsException {@code zip} exists: it is never replaced
	 * @throws InterruptedException       the monitor was cancelled; nothing is left behind
	 */
	public Path write(Path zip, IProgressMonitor monitor) throws IOException, CoreException, InterruptedException {
		if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(zip.toString(), null,
					NLS.bind(WorkspaceText.CodioWorkspaceZip_exists, zip));
		}
		Map<String, Path> entries = entries();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(WorkspaceText.CodioWorkspaceZip_task,
				project.getName(), zip.getFileName()), entries.size() + 1);
		Path folder = zip.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path part = Files.createTempFile(folder, zip.getFileName().toString(), ".part");
		boolean done = false;
		try {
			try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(part)) {
				for (Map.Entry<String, Path> entry : entries.entrySet()) {
					if (progress.isCanceled()) {
						throw new InterruptedException(NLS.bind(WorkspaceText.CodioWorkspaceZip_cancelled, zip));
					}
					ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.getValue().toFile(), entry.getKey());
					if (isExecutable(entry.getValue())) {
						zipEntry.setUnixMode(0100755);
					}
					out.putArchiveEntry(zipEntry);
					Files.copy(entry.getValue(), out);
					out.closeArchiveEntry();
					progress.worked(1);
				}
			}
			try {
				// a hard link is an atomic "create if absent": a file that appeared meanwhile is still not replaced
				Files.createLink(zip, part);
			} catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
				if (e instanceof FileAlreadyExistsException exists) {
					throw exists;
				}
				Files.move(part, zip); // no hard links here: a move that refuses a taken name
			}
			done = true;
			return zip;
		} finally {
			Files.deleteIfExists(part);
			if (!done) {
				progress.done();
			}
		}
	}

	private static boolean isExecutable(Path file) throws IOException {
		try {
			return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
		} catch (UnsupportedOperationException e) {
			return false;
		}
	}
}
