package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import codio.classdata.workspace.ProjectOrigin;

/**
 * Lays out the assignments' published sources as read-only baselines in a store of the workspace and records each
 * project's baseline, matched by the assignment its import recorded. A project whose assignment the sources lack
 * keeps what it had. On failure nothing of this run is left in the store.
 */
public final class AttachStarterSourcesOperation {

	private final Path sources;
	private final List<IProject> projects;
	private final Path store;

	/**
	 * @param store the folder that keeps baselines (the core bundle's state location in the IDE); each run lays its
	 *              sources out in a new folder of it
	 */
	public AttachStarterSourcesOperation(Path sources, List<IProject> projects, Path store) {
		this.sources = sources;
		this.projects = List.copyOf(projects);
		this.store = store;
	}

	/**
	 * What was attached.
	 *
	 * @param matched    the projects now matched to a baseline
	 * @param unmatched  the projects whose assignment the sources lack, or that the import did not make
	 * @param baselines  the baselines laid out
	 */
	public record Result(List<IProject> matched, List<IProject> unmatched, StarterBaselines baselines) {
	}

	/** Where the IDE keeps baselines: the core bundle's state folder of the running workspace. */
	public static Path workspaceStore() {
		org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(StarterBaseline.class);
		return org.eclipse.core.runtime.Platform.getStateLocation(bundle).toPath().resolve("baselines");
	}

	public Result run(IProgressMonitor monitor) throws IOException, InterruptedException, CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ReviewText.AttachStarterSources_task,
				sources.getFileName()), 10 + projects.size());
		String stem = String.valueOf(sources.getFileName()).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		Path folder = store
				.resolve(stem + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
		Files.createDirectories(store);
		StarterBaselines baselines;
		try {
			baselines = new StarterSources(sources).extract(folder, progress.split(10));
		} catch (IOException | InterruptedException | RuntimeException e) {
			TemporaryFolders.delete(folder);
			throw e;
		}
		List<IProject> matched = new ArrayList<>();
		List<IProject> unmatched = new ArrayList<>();
		for (IProject project : projects) {
			Optional<Path> baseline = ProjectOrigin.readFrom(project)
					.flatMap(origin -> baselines.forAssignment(origin.assignment()));
			if (baseline.isPresent()) {
				StarterBaseline.write(project, baseline.get());
				matched.add(project);
			} else {
				unmatched.add(project);
			}
			progress.worked(1);
		}
		if (matched.isEmpty()) {
			TemporaryFolders.delete(folder); // nothing refers to it
		}
		return new Result(matched, unmatched, baselines);
	}
}
