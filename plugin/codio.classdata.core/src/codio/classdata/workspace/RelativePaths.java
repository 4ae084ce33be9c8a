package codio.classdata.workspace;

import java.nio.file.Path;

/** Paths inside a folder as the review and Codio name them: relative, {@code /}-separated on every platform. */
public final class RelativePaths {

	private RelativePaths() {
	}

	/** {@code path} relative to {@code root}, such as {@code code/Main.java}; {@code ""} for the root itself. */
	public static String of(Path root, Path path) {
		StringBuilder name = new StringBuilder();
		for (Path segment : root.relativize(path)) {
			name.append(name.length() == 0 ? "" : "/").append(segment);
		}
		return name.toString();
	}
}
