package codio.classdata.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file of the review beside its target and moves it into place, so that a failure or a cancel never leaves
 * a half-written file where a colleague will open it, and the file it replaces stays as it was until the end.
 */
final class FileReplacement {

	/** What goes into the file. */
	@FunctionalInterface
	interface Content {
		void writeTo(Writer out) throws IOException, InterruptedException;
	}

	private FileReplacement() {
	}

	/** Writes {@code content} as UTF-8 to a hidden temporary file beside {@code target}, then replaces the target. */
	static void write(Path target, Content content) throws IOException, InterruptedException {
		Path absolute = target.toAbsolutePath();
		Path part = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
		try {
			try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
				content.writeTo(out);
			}
			Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | InterruptedException | RuntimeException e) {
			try {
				Files.deleteIfExists(part);
			} catch (IOException notDeleted) {
				e.addSuppressed(notDeleted); // the failure that matters is the write's
			}
			throw e;
		}
	}
}
