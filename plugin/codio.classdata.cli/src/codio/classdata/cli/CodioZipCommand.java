package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.workspace.CodioWorkspaceZip;

/**
 * {@code codio-zip PROJECT --out FILE}: the project as a zip that Codio's project import takes (the student's files,
 * Codio's {@code .settings} restored, Eclipse's metadata and build output left out). Never replaces a file.
 */
final class CodioZipCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("codio-zip", context.arguments());
		Path out = Path.of(arguments.option("--out")
				.orElseThrow(() -> new UsageException("codio-zip: --out FILE is needed: where to write the zip.")));
		String name = arguments.positional("a project of the workspace");
		arguments.done();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.isOpen()) {
			throw new IllegalArgumentException("The workspace has no open project " + name + ".");
		}
		try {
			CodioWorkspaceZip zip = new CodioWorkspaceZip(project);
			int files = zip.entries().size();
			Path written = zip.write(out, context.progress());
			context.progress().done();
			context.out().println(written);
			context.note(files + " files of " + name + " zipped for Codio's project import");
			return ExitCode.OK;
		} catch (FileAlreadyExistsException e) {
			throw new IllegalArgumentException(e.getReason() != null ? e.getReason() : out + " exists.", e);
		} catch (CoreException e) {
			throw new IOException(e.getStatus().getMessage(), e);
		}
	}
}
