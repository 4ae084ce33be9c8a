package codio.classdata.workspace;

import java.io.IOException;

/**
 * An input that cannot be read as a whole: not an archive, truncated or damaged, encrypted, or (subclasses) unsafe or
 * over a limit. The message names the archive and, where there is one, the entry, and says what is wrong.
 */
public class ArchiveException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String archive;
	private final String entry;

	/**
	 * @param archive the archive's display name, such as {@code class.zip} or {@code class.zip!/alice.tar.zst}
	 * @param entry   the entry's name as stored, or null when the archive as a whole is at fault
	 */
	public ArchiveException(String archive, String entry, String message) {
		super(message);
		this.archive = archive;
		this.entry = entry;
	}

	public ArchiveException(String archive, String entry, String message, Throwable cause) {
		super(message, cause);
		this.archive = archive;
		this.entry = entry;
	}

	/** The archive's display name, such as {@code class.zip!/alice.tar.zst}. */
	public String archive() {
		return archive;
	}

	/** The entry at fault as stored in the archive, or null. */
	public String entry() {
		return entry;
	}
}
