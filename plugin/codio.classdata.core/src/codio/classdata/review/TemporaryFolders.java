package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes the review's temporary folders: sandboxes and extracted baselines, whose files may be read-only. */
public final class TemporaryFolders {

	private TemporaryFolders() {
	}

	/** Deletes a folder and everything in it (read-only files too, which Windows refuses to delete as they are). */
	public static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				path.toFile().setWritable(true);
				Files.deleteIfExists(path);
			}
		}
	}
}
