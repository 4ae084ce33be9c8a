package codio.classdata.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads an input's table of contents and finds the student workspaces in it, without writing anything: the first
 * step of an import, after which the user (or the command line's options) picks workspaces, stacks and names for
 * {@link ImportWorkspacesOperation}.
 */
public final class ScanWorkspacesOperation {

	private final Path input;
	private Set<String> knownStudents = Set.of();
	private ExtractionLimits limits = ExtractionLimits.DEFAULTS;

	public ScanWorkspacesOperation(Path input) {
		this.input = input;
	}

	/** The class's student logins when known (from Codio), which tell the export's folder order. */
	public ScanWorkspacesOperation knownStudents(Set<String> logins) {
		this.knownStudents = Set.copyOf(logins);
		return this;
	}

	/** Limits against archive bombs (default {@link ExtractionLimits#DEFAULTS}). */
	public ScanWorkspacesOperation limits(ExtractionLimits extractionLimits) {
		this.limits = extractionLimits;
		return this;
	}

	/**
	 * @throws ArchiveException     when the input is not an archive this reads, is damaged, unsafe or too big
	 * @throws InterruptedException when the monitor is cancelled
	 */
	public WorkspaceScan run(IProgressMonitor monitor) throws IOException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(WorkspaceText.ScanWorkspacesOperation_task,
				input.getFileName()), 10);
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, limits)) {
			ArchiveListing listing = archive.list(progress.split(9));
			String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
			WorkspaceDiscovery discovery = new WorkspaceDiscovery(name, knownStudents);
			progress.split(1);
			return new WorkspaceScan(input, archive.format(), discovery.discover(listing.entries()),
					listing.problems());
		}
	}
}
