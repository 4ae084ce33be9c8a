package codio.classdata.workspace;

/**
 * An entry skipped while listing or extracting, which does not stop the rest: the import reports it to the user.
 *
 * @param archive the archive's display name, such as {@code class.zip} or {@code class.zip!/alice.tar.zst}
 * @param entry   the entry's name as stored
 * @param kind    what is wrong
 * @param message a sentence for the user
 */
public record ArchiveProblem(String archive, String entry, Kind kind, String message) {

	/** Why an entry was skipped. */
	public enum Kind {
		/** The same name twice in one container; the first one is kept. */
		DUPLICATE_ENTRY,
		/** A name this platform's file system cannot hold (too long, reserved, forbidden characters). */
		INVALID_NAME,
		/** A device or FIFO: never extracted. */
		SPECIAL_FILE,
		/** Named like an archive but is not one: kept as a plain file. */
		NOT_AN_ARCHIVE,
		/** A link that could not be made: its target is missing, or the file system refuses links. */
		LINK_NOT_CREATED,
		/** The name is taken by another entry (a file and a folder of one name, or names differing in case only). */
		NAME_CLASH
	}

	@Override
	public String toString() {
		return archive + ": " + message;
	}
}
