package codio.classdata.workspace;

/**
 * Where one workspace sits inside an input: a container and a folder in it.
 *
 * @param container {@code ""} for the input itself, else the path of the nested archive (see
 *                  {@link ArchiveEntryInfo#container()})
 * @param prefix    {@code ""} when the workspace is the whole container, else its folder with a trailing
 *                  {@code /}, such as {@code "Hello World/alice/"}
 */
public record WorkspaceRoot(String container, String prefix) {

	/** Whether an entry belongs to this workspace. */
	public boolean contains(ArchiveEntryInfo entry) {
		return entry.container().equals(container) && entry.path().startsWith(prefix)
				&& entry.path().length() > prefix.length();
	}

	/** The entry's path relative to this workspace; only for entries it {@link #contains}. */
	public String relativePath(ArchiveEntryInfo entry) {
		return entry.path().substring(prefix.length());
	}

	@Override
	public String toString() {
		return container.isEmpty() ? prefix : container + "!/" + prefix;
	}
}
