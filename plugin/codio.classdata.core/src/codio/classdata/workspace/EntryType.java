package codio.classdata.workspace;

/** What an archive entry is. Only files, folders and links inside their workspace are ever extracted. */
public enum EntryType {
	FILE, DIRECTORY, SYMLINK, HARDLINK,
	/** A device, FIFO or other special file: never extracted, always reported. */
	SPECIAL
}
