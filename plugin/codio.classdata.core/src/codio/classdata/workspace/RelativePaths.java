package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

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

	/**
	 * The regular files under a folder by relative path, in path order; links are neither followed nor listed.
	 * Empty when the folder does not exist.
	 *
	 * @param included which relative paths to list
	 */
	public static Map<String, Path> files(Path root, Predicate<String> included) throws IOException {
		Map<String, Path> files = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return files;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					String path = of(root, file);
					if (included.test(path)) {
						files.put(path, file);
					}
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}
}
