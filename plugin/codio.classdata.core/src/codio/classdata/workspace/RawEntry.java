package codio.classdata.workspace;

/**
 * An entry as read from an archive or folder, before its name is checked.
 *
 * @param name           the name as stored
 * @param size           uncompressed size, -1 when not stated (a streamed zip entry with a data descriptor)
 * @param compressedSize stored size where the format states it (zip), else -1
 * @param linkName       a link's target as stored, else null
 * @param modifiedMillis modification time, 0 when unknown
 * @param executable     whether a unix mode says the owner may execute it
 */
record RawEntry(String name, EntryType type, long size, long compressedSize, String linkName, long modifiedMillis,
		boolean executable) {

	/** Where entries come from: {@code depth} 0 for the input itself, 1 for an archive nested in it. */
	record Source(String container, String displayName, int depth) {

		Source nested(String path) {
			return new Source(path, displayName + "!/" + path, depth + 1);
		}
	}
}
