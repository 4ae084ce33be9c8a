package codio.classdata.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;

/**
 * The planned refresh of one project from a newer export: each file that differs, what happens to it, and the
 * user's choice for each conflict. Nothing is written until {@link RefreshOperation#apply}.
 *
 * @param project      the project
 * @param student      the student as the export names them
 * @param baseKnown    whether the project's base ({@link codio.classdata.workspace.ImportBase}) was recorded; without
 *                     it every file both sides hold differently is a conflict
 * @param incoming     the export's version of the workspace, extracted for the refresh
 * @param files        the files that differ between the project and the export, by path
 * @param resolutions  the content chosen for conflicts, by path ({@link Optional#empty()}: the file is deleted)
 */
public record ProjectRefresh(IProject project, String student, boolean baseKnown, Path incoming,
		List<FileRefresh> files, Map<String, Optional<byte[]>> resolutions) {

	public ProjectRefresh(IProject project, String student, boolean baseKnown, Path incoming,
			List<FileRefresh> files) {
		this(project, student, baseKnown, incoming, List.copyOf(files), new ConcurrentHashMap<>());
	}

	/** Conflicting files. */
	public List<FileRefresh> conflicts() {
		return files.stream().filter(file -> file.action() == FileRefresh.Action.CONFLICT).toList();
	}

	/** Conflicting files the user has not decided yet. */
	public List<FileRefresh> unresolved() {
		return conflicts().stream().filter(file -> !resolutions.containsKey(file.path())).toList();
	}

	/** Settles a conflict: the project's file gets {@code content}; null deletes it. */
	public void resolve(String path, byte[] content) {
		resolutions.put(path, Optional.ofNullable(content));
	}

	/** Whether applying would change the project (conflicts aside). */
	public boolean changes() {
		return files.stream().anyMatch(file -> file.action().writes())
				|| !resolutions.isEmpty();
	}

	/** Files the student added, changed or deleted since the base. */
	public long studentFiles() {
		return files.stream().filter(FileRefresh::changedByStudent).count();
	}

	public int studentLinesAdded() {
		return files.stream().mapToInt(FileRefresh::linesAdded).sum();
	}

	public int studentLinesRemoved() {
		return files.stream().mapToInt(FileRefresh::linesRemoved).sum();
	}
}
