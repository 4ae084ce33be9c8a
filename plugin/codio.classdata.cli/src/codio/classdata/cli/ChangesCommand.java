package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.review.ChangeSummary;
import codio.classdata.review.FileChange;
import codio.classdata.review.ProjectChanges;
import codio.classdata.review.StarterBaseline;
import codio.classdata.review.StarterBaselines;
import codio.classdata.review.StarterSources;
import codio.classdata.review.TemporaryFolders;
import codio.classdata.workspace.ProjectOrigin;

/**
 * {@code changes PROJECT [--sources ZIP|DIR]}: what the student of an imported project changed against the starter
 * code of its assignment (from the sources given, else the starter code attached to the project): one line per
 * added, changed or deleted file with its line counts.
 */
final class ChangesCommand implements Command {

	@Override
	public ExitCode run(CommandContext context) throws UsageException, IOException, InterruptedException {
		CommandArguments arguments = new CommandArguments("changes", context.arguments());
		Optional<Path> sources = arguments.option("--sources").map(Path::of);
		String name = arguments.positional("a project of the workspace");
		arguments.done();
		if (sources.isPresent() && !Files.exists(sources.get())) {
			throw new IllegalArgumentException(sources.get() + " does not exist.");
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.isOpen()) {
			throw new IllegalArgumentException("The workspace has no open project " + name + ".");
		}
		ProjectOrigin origin = ProjectOrigin.readFrom(project).orElseThrow(() -> new IllegalArgumentException(name
				+ " records no assignment: compare projects that codio-classdata import (or the IDE's import) made."));
		if (sources.isEmpty() && StarterBaseline.read(project).isEmpty()) {
			throw new UsageException("changes: " + name + " has no starter code attached; give --sources ZIP|DIR, the "
					+ "assignments' starter code as Codio's Course Sources export (or a folder with one folder per "
					+ "assignment).");
		}

		Path store = Files.createTempDirectory("codio-classdata-starters");
		try {
			ConsoleProgressMonitor progress = context.progress();
			Path starter = sources.isEmpty() ? StarterBaseline.read(project).orElseThrow()
					: starter(sources.get(), origin, store, progress);
			ChangeSummary summary;
			try {
				summary = ProjectChanges.of(project, starter, progress);
			} catch (CoreException e) {
				throw new IOException(e.getStatus().getMessage(), e);
			}
			progress.done();
			print(context, project, origin, summary);
			return ExitCode.OK;
		} finally {
			TemporaryFolders.delete(store);
		}
	}

	/** The assignment's starter code from the sources given on the command line, laid out in {@code store}. */
	private static Path starter(Path sources, ProjectOrigin origin, Path store, ConsoleProgressMonitor progress)
			throws IOException, InterruptedException {
		StarterBaselines baselines = new StarterSources(sources).extract(store.resolve("baselines"), progress);
		return baselines.forAssignment(origin.assignment())
				.orElseThrow(() -> new IllegalArgumentException(sources.getFileName() + " has no assignment "
						+ origin.assignment() + " (it has " + String.join(", ", baselines.folders().keySet()) + ")."));
	}

	private static void print(CommandContext context, IProject project, ProjectOrigin origin, ChangeSummary summary) {
		if (context.options().json()) {
			List<Map<String, Object>> files = new ArrayList<>();
			for (FileChange change : summary.changes()) {
				Map<String, Object> file = new LinkedHashMap<>();
				file.put("path", change.path());
				file.put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
				file.put("linesAdded", change.linesAdded());
				file.put("linesRemoved", change.linesRemoved());
				file.put("binary", change.binary());
				files.add(file);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", project.getName());
			json.put("assignment", origin.assignment());
			json.put("student", origin.student());
			json.put("added", summary.count(FileChange.Kind.ADDED));
			json.put("changed", summary.count(FileChange.Kind.CHANGED));
			json.put("deleted", summary.count(FileChange.Kind.DELETED));
			json.put("linesAdded", summary.linesAdded());
			json.put("linesRemoved", summary.linesRemoved());
			json.put("files", files);
			context.out().println(context.json().toJson(json));
			return;
		}
		for (FileChange change : summary.changes()) {
			context.out().println(change.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + change.path() + "\t"
					+ (change.binary() ? "binary" : "+" + change.linesAdded() + " -" + change.linesRemoved()));
		}
		context.note(project.getName() + " against the starter code of " + origin.assignment() + ": "
				+ summary.count(FileChange.Kind.ADDED) + " added, " + summary.count(FileChange.Kind.CHANGED)
				+ " changed, " + summary.count(FileChange.Kind.DELETED) + " deleted; +" + summary.linesAdded() + " -"
				+ summary.linesRemoved() + " lines");
	}
}
