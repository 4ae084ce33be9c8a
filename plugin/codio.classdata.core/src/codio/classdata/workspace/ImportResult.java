package codio.classdata.workspace;

import java.util.List;

/**
 * What an import did.
 *
 * @param projects the projects created, in plan order
 * @param problems entries skipped (special files, duplicates, names invalid here), to report to the user
 * @param bytes    bytes extracted
 */
public record ImportResult(List<ImportedProject> projects, List<ArchiveProblem> problems, long bytes) {

	public ImportResult {
		projects = List.copyOf(projects);
		problems = List.copyOf(problems);
	}
}
