package codio.classdata.review;

/**
 * How one file of a student's project differs from the starter code.
 *
 * @param path         {@code /}-separated, relative to the project (the starter's name for Codio's {@code .settings}
 *                     file, which the import keeps as {@code .settings.codio})
 * @param kind         added, changed, deleted or unchanged
 * @param linesAdded   lines the student added (all of an added text file); 0 for binary files
 * @param linesRemoved lines the student removed (all of a deleted text file); 0 for binary files
 * @param binary       whether either side is not text, so no lines were counted
 */
public record FileChange(String path, Kind kind, int linesAdded, int linesRemoved, boolean binary) {

	/** What happened to a file since the starter code. */
	public enum Kind {
		ADDED, CHANGED, DELETED, UNCHANGED
	}
}
