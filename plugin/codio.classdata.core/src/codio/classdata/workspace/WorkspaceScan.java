package codio.classdata.workspace;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

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
		return NLS.bind(WorkspaceText.WorkspaceScan_noWorkspace, input.getFileName());
	}
}
