package codio.classdata.review;

import java.nio.file.Path;

/**
 * What a refresh does with one file of a project, decided from three versions: the base (what the project was
 * imported from), the project now (the instructor's edits) and the newer export (the student's work since).
 *
 * @param path         the file's {@code /}-separated path in the project
 * @param action       what happens to it
 * @param base         the base version, when a conflict needs it for a three-way compare; else null
 * @param incoming     the export's version, null when the student deleted the file
 * @param merged       the merged bytes of a {@link Action#MERGE}, else null
 * @param linesAdded   lines the student added since the base (or, with no base, against the project)
 * @param linesRemoved lines the student removed since then
 * @param conflicts    for a {@link Action#CONFLICT}: places where both changed the same lines (1 for a file that is not
 *                     text, or that one side deleted)
 */
public record FileRefresh(String path, Action action, Path base, Path incoming, byte[] merged, int linesAdded,
		int linesRemoved, int conflicts) {

	/** What happens to a file. */
	public enum Action {
		/** New in the export: created. */
		ADD,
		/** Changed by the student only: replaced by the export's version. */
		UPDATE,
		/** Changed by both in different lines: the two merged. */
		MERGE,
		/** Deleted by the student, unchanged by the instructor: deleted. */
		DELETE,
		/** Changed or added by the instructor only: kept as it is. */
		KEEP,
		/** Changed by both in the same lines, or by one while the other deleted it: the user decides. */
		CONFLICT;

		/** Whether the project's file changes (a resolved conflict does too). */
		public boolean writes() {
			return this == ADD || this == UPDATE || this == MERGE || this == DELETE;
		}
	}

	/** Whether the student changed this file since the base: what the summary counts. */
	public boolean changedByStudent() {
		return action != Action.KEEP;
	}
}
