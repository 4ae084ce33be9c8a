package codio.classdata.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The headers ({@link JavaFileHeader}) of the {@code .java} files an extraction wrote, read from their first bytes
 * as those passed through: setting up the projects then need not open every source file again, which on a slow
 * disk cost more than the rest of the set-up. Each header is handed out once ({@link #take}), so the map only holds
 * the workspaces extracted ahead of the projects made.
 */
final class JavaHeaders {

	private final Map<Path, JavaFileHeader> byFile = new ConcurrentHashMap<>();

	static boolean isJavaSource(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().endsWith(".java");
	}

	/** Records the header of a file from its first {@code length} bytes (at most {@link JavaFileHeader#HEAD_BYTES}). */
	void put(Path file, byte[] head, int length) {
		byFile.put(file, JavaFileHeader.parse(new String(head, 0, length, StandardCharsets.UTF_8)));
	}

	/** A file written as a copy of another has its header. */
	void copied(Path from, Path to) {
		JavaFileHeader header = byFile.get(from);
		if (header != null) {
			byFile.put(to, header);
		}
	}

	/** The header recorded for a file, forgetting it; null when the extraction did not see the file. */
	JavaFileHeader take(Path file) {
		return byFile.remove(file);
	}
}
