package codio.classdata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.ReviewedProjects;
import codio.classdata.review.StarterBaselines;
import codio.classdata.review.StarterSources;
import codio.classdata.review.TemporaryFolders;

/**
 * The imported projects a review command works on ({@code --select}), with the starter code of {@code --sources}
 * read into a temporary folder that {@link #close()} deletes; without {@code --sources}, each project's starter code
 * attached in the IDE.
 */
final class ReviewSelection implements AutoCloseable {

	private final Path store;
	private final List<ReviewedProject> projects;

	private ReviewSelection(Path store, List<ReviewedProject> projects) {
		this.store = store;
		this.projects = List.copyOf(projects);
	}

	/**
	 * @param atLeast how many projects the command needs; fewer is bad input
	 * @throws IllegalArgumentException the sources do not exist, or fewer projects match
	 */
	static ReviewSelection of(Optional<Pattern> select, Optional<Path> sources, int atLeast,
			ConsoleProgressMonitor progress) throws IOException, InterruptedException {
		if (sources.isPresent() && !Files.exists(sources.get())) {
			throw new IllegalArgumentException(sources.get() + " does not exist.");
		}
		Path store = Files.createTempDirectory("codio-classdata-starters");
		try {
			StarterBaselines baselines = sources.isPresent()
					? new StarterSources(sources.get()).extract(store.resolve("baselines"), progress)
					: null;
			List<ReviewedProject> projects = projects(select, baselines);
			if (projects.size() < atLeast) {
				throw new IllegalArgumentException(select.isPresent()
						? "--select matches " + (atLeast == 1 ? "none" : "fewer than " + atLeast)
								+ " of the workspace's imported projects."
						: "The workspace has " + (atLeast == 1 ? "no project" : "fewer than " + atLeast + " projects")
								+ " that codio-classdata import (or the IDE's import) made.");
			}
			return new ReviewSelection(store, projects);
		} catch (IOException | InterruptedException | RuntimeException e) {
			TemporaryFolders.delete(store);
			throw e;
		}
	}

	List<ReviewedProject> projects() {
		return projects;
	}

	@Override
	public void close() throws IOException {
		TemporaryFolders.delete(store);
	}

	/** The workspace's imported projects whose name or ASSIGNMENT/STUDENT the glob matches (all without one). */
	private static List<ReviewedProject> projects(Optional<Pattern> select, StarterBaselines baselines) {
		List<ReviewedProject> projects = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				Optional<ReviewedProject> reviewed = ReviewedProjects.of(project, baselines);
				if (reviewed.isPresent() && select.map(glob -> glob.matcher(reviewed.get().name()).matches()
						|| glob.matcher(reviewed.get().assignment() + "/" + reviewed.get().student()).matches())
						.orElse(true)) {
					projects.add(reviewed.get());
				}
			} catch (CoreException e) {
				// a project whose build path cannot be read is not one of ours to review
			}
		}
		return projects;
	}
}
