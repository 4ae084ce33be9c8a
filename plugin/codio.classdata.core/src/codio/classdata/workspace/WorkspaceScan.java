package codio.classdata.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * What an input holds: its student workspaces and what could not be read.
 *
 * @param input      the archive or folder
 * @param format     how it is stored
 * @param workspaces the workspaces found, in input order; empty when none
 * @param problems   entries skipped while listing (special files, duplicates, names invalid here)
 */
public record WorkspaceScan(Path input, ArchiveFormat format, List<DiscoveredWorkspace> workspaces,
		List<ArchiveProblem> problems) {

	public WorkspaceScan {
		workspaces = List.copyOf(workspaces);
		problems = List.copyOf(problems);
	}

	/** Why nothing can be imported, for a scan without workspaces. */
	public String noWorkspaceMessage() {
		return "No student workspace found in " + input.getFileName()
				+ ": it holds no files. Choose a Codio class export, a student workspace archive (.zip, .tar, "
				+ ".tar.gz, .tar.zst) or a workspace folder.";
	}
}
