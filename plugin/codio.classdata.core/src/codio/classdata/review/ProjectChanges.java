package codio.classdata.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;

/** What the student of an imported project changed against its starter code, build output left out. */
public final class ProjectChanges {

	private ProjectChanges() {
	}

	/**
	 * @param starter the starter code of the project's assignment
	 * @throws IOException   a file cannot be read
	 * @throws CoreException the project's build path cannot be read
	 */
	public static ChangeSummary of(IProject project, Path starter, IProgressMonitor monitor)
			throws IOException, CoreException {
		List<String> outputs = outputFolders(project);
		return new ChangeComparison(project.getLocation().toPath(), starter)
				.ignoring(path -> outputs.stream().anyMatch(output -> path.startsWith(output)))
				.compare(monitor);
	}

	/** The project's Java output folders as {@code folder/} prefixes, relative to the project. */
	static List<String> outputFolders(IProject project) throws CoreException {
		List<String> folders = new ArrayList<>();
		if (!project.isOpen() || !project.hasNature(JavaCore.NATURE_ID)) {
			return folders;
		}
		IJavaProject javaProject = JavaCore.create(project);
		add(folders, project, javaProject.getOutputLocation());
		for (IClasspathEntry entry : javaProject.getRawClasspath()) {
			add(folders, project, entry.getOutputLocation());
		}
		return folders;
	}

	private static void add(List<String> folders, IProject project, IPath output) {
		// an output folder that is the project itself would hide every file: students' classes then count
		if (output != null && output.segmentCount() > 1 && project.getFullPath().isPrefixOf(output)) {
			folders.add(output.removeFirstSegments(1).toString() + "/");
		}
	}
}
