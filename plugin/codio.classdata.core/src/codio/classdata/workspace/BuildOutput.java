package codio.classdata.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;

/** Where Eclipse builds a project to: not the student's work, never sent back to Codio. */
public final class BuildOutput {

	private BuildOutput() {
	}

	/** The project's Java output folders as {@code folder/} prefixes relative to the project; none if not Java. */
	public static List<String> folders(IProject project) throws CoreException {
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
		// an output folder that is the project itself would hide every file: the students' classes then count
		if (output != null && output.segmentCount() > 1 && project.getFullPath().isPrefixOf(output)) {
			String folder = output.removeFirstSegments(1).toString() + "/";
			if (!folders.contains(folder)) {
				folders.add(folder);
			}
		}
	}
}
