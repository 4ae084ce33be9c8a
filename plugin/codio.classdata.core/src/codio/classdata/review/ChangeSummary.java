package codio.classdata.review;

import java.util.List;

/**
 * What a student changed against the starter code: every file of either side, in path order.
 *
 * @param files the files, unchanged ones included
 */
public record ChangeSummary(List<FileChange> files) {

	public ChangeSummary {
		files = List.copyOf(files);
	}

	public long count(FileChange.Kind kind) {
		return files.stream().filter(file -> file.kind() == kind).count();
	}

	public int linesAdded() {
		return files.stream().mapToInt(FileChange::linesAdded).sum();
	}

	public int linesRemoved() {
		return files.stream().mapToInt(FileChange::linesRemoved).sum();
	}

	/** The files the student added, changed or deleted. */
	public List<FileChange> changes() {
		return files.stream().filter(file -> file.kind() != FileChange.Kind.UNCHANGED).toList();
	}
}
