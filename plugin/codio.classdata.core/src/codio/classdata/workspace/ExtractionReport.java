package codio.classdata.workspace;

import java.util.List;

/**
 * What {@link WorkspaceArchive#extract} wrote.
 *
 * @param filesWritten files (and links) created
 * @param bytesWritten bytes written into them
 * @param problems     entries skipped, the listing's included when they fall under a workspace
 */
public record ExtractionReport(long filesWritten, long bytesWritten, List<ArchiveProblem> problems) {

	public ExtractionReport {
		problems = List.copyOf(problems);
	}
}
