package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The operating system refused to write an entry (name too long, disk full, no permission, read-only): one plain
 * sentence that names the archive, the entry and the reason, instead of a bare {@code FileSystemException: path}.
 * The import that gets it removes everything it created.
 */
final class WriteRefusal {

	private WriteRefusal() {
	}

	/** An {@link ArchiveException} for the refusal, or the exception itself when it is not the system's refusal. */
	static IOException of(String archive, String entry, Path target, IOException e) {
		if (e instanceof ArchiveException) {
			return e;
		}
		String reason = reason(e);
		if (reason == null) {
			return e;
		}
		return new ArchiveException(archive, entry, archive + ": the entry " + shortened(entry)
				+ " could not be written to " + target + ": " + reason + ". Nothing of the import was kept.", e);
	}

	/** A very long entry name keeps its start and end, so the sentence stays readable. */
	static String shortened(String entry) {
		return entry.length() <= 160 ? entry : entry.substring(0, 80) + "…" + entry.substring(entry.length() - 70);
	}

	/** The reason in words, or null for an error that is not a refusal by the file system. */
	static String reason(IOException e) {
		String said = e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
				: String.valueOf(e.getMessage());
		String lower = said.toLowerCase(Locale.ROOT);
		if (lower.contains("file name too long") || lower.contains("name too long")) {
			return "its name is longer than this file system allows; import it on a file system with longer names,"
					+ " or rename the entry in the archive";
		}
		if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
			return "the disk is full; free some space and import again";
		}
		if (e instanceof AccessDeniedException || lower.contains("permission denied")
				|| lower.contains("access is denied")) {
			return "permission denied; check that the workspace folder is writable";
		}
		if (lower.contains("read-only file system")) {
			return "the file system is read-only; choose a workspace on a writable disk";
		}
		return e instanceof FileSystemException ? said : null;
	}
}
