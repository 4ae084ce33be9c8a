package codio.classdata.workspace;

import java.util.List;

/**
 * Everything an input holds, as {@link WorkspaceArchive#list} found it, nothing written yet.
 *
 * @param entries    every safe entry once, nested archives' entries included (with their container); the nested
 *                   archives themselves are containers, not files
 * @param problems   entries skipped (duplicates, invalid names, special files)
 * @param fileCount  how many of the entries are files
 * @param totalBytes the uncompressed size of all files together
 */
public record ArchiveListing(List<ArchiveEntryInfo> entries, List<ArchiveProblem> problems, long fileCount,
		long totalBytes) {

	public ArchiveListing {
		entries = List.copyOf(entries);
		problems = List.copyOf(problems);
	}
}
