package codio.classdata.emulator;

import java.io.IOException;
import java.nio.file.Path;

/** A file the archive host serves, generated on demand. */
interface ArchiveContent {

	/** Equal for equal content, so one generated file serves every export that asks for it. */
	String key();

	/** The file name extension, e.g. {@code zip} or {@code tar.zst}. */
	String extension();

	String contentType();

	/** Writes the content to a new file, streaming: exports can be far larger than the heap. */
	void writeTo(Path file) throws IOException;
}
