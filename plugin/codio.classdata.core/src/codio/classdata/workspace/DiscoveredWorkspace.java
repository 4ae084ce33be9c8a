package codio.classdata.workspace;

import java.util.List;

/**
 * One student workspace found in an input, before it is imported.
 *
 * @param root       where it sits in the input
 * @param student    the student's login or name as the path gives it, "" when the input does not say
 * @param assignment the assignment's name as the path gives it (or the input's name for a lone workspace)
 * @param fileCount  how many files it holds
 * @param totalBytes their uncompressed size
 * @param languages  the programming languages of its files, most files first, such as {@code [Java, Python]}
 * @param facts      its file list and hint files, for the stack recommendation
 */
public record DiscoveredWorkspace(WorkspaceRoot root, String student, String assignment, int fileCount,
		long totalBytes, List<String> languages, WorkspaceFacts facts) {

	public DiscoveredWorkspace {
		languages = List.copyOf(languages);
	}

	/** "assignment – student", or whichever of the two is known, for lists and messages. */
	public String displayName() {
		if (student.isEmpty()) {
			return assignment;
		}
		return assignment.isEmpty() ? student : assignment + " \u2013 " + student;
	}
}
