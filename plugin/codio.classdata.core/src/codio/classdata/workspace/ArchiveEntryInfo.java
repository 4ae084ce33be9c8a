package codio.classdata.workspace;

/**
 * One entry of an input as listed, before anything is written.
 *
 * @param container  {@code ""} for an entry of the input itself, else the path (inside the input) of the nested
 *                   archive holding it, such as {@code "java-basics/alice.tar.zst"}
 * @param path       the entry's name inside its container, {@code /}-separated, without a leading {@code /} or
 *                   trailing {@code /}; names that are unsafe are never listed, they are reported as problems
 * @param type       what the entry is
 * @param size       uncompressed size in bytes (0 for folders and links, -1 when the archive does not say)
 * @param linkTarget the target of a link as stored, else null
 * @param text       the UTF-8 content of a small file that helps to recognise a workspace or its stack
 *                   ({@link #isHintFile}), else null
 */
public record ArchiveEntryInfo(String container, String path, EntryType type, long size, String linkTarget,
		String text) {

	/** Hint files are read while listing when at most this big. */
	public static final long MAX_HINT_BYTES = 64 * 1024;

	/** The last segment of the path. */
	public String fileName() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/**
	 * Whether a file's content helps discovery or stack recommendation, so the listing reads it: Codio's
	 * {@code .codio} and {@code .codioJUnit}, Eclipse's {@code .project}, {@code .classpath} and JDT preferences,
	 * and build files.
	 */
	public static boolean isHintFile(String path, long size) {
		if (size > MAX_HINT_BYTES) {
			return false;
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		switch (name) {
		case ".codio", ".codioJUnit", ".project", ".classpath", "org.eclipse.jdt.core.prefs", "pom.xml",
				"build.gradle", "build.gradle.kts", "package.json":
			return true;
		default:
			return false;
		}
	}
}
