package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

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
		return new ArchiveException(archive, entry, NLS.bind(WorkspaceText.WriteRefusal_message,
				new Object[] { archive, shortened(entry), target, reason }), e);
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
			return WorkspaceText.WriteRefusal_nameTooLong;
		}
		if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
			return WorkspaceText.WriteRefusal_diskFull;
		}
		if (e instanceof AccessDeniedException || lower.contains("permission denied")
				|| lower.contains("access is denied")) {
			return WorkspaceText.WriteRefusal_permissionDenied;
		}
		if (lower.contains("read-only file system")) {
			return WorkspaceText.WriteRefusal_readOnly;
		}
		return e instanceof FileSystemException ? said : null;
	}
}
