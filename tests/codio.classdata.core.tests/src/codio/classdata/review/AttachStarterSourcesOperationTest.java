package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.ProjectOrigin;

/** The published sources become the baselines of imported projects, matched by their recorded assignment. */
class AttachStarterSourcesOperationTest {

	@TempDir
	Path temp;

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private static IProject project(String name, ProjectOrigin origin) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		if (origin != null) {
			origin.writeTo(project);
		}
		return project;
	}

	@Test
	void projectsAreMatchedByAssignmentAndTheMatchIsRecorded() throws Exception {
		Path sources = temp.resolve("sources");
		put(sources, "Loops/Main.java", "class Main {}\n");
		put(sources, "Arrays/Main.java", "class Main {}\n");
		IProject alice = project("Loops-alice", new ProjectOrigin("Loops", "alice"));
		IProject bob = project("Recursion-bob", new ProjectOrigin("Recursion", "bob"));
		IProject mine = project("mine", null);

		AttachStarterSourcesOperation.Result result = new AttachStarterSourcesOperation(sources,
				List.of(alice, bob, mine), temp.resolve("store")).run(new NullProgressMonitor());

		assertEquals(List.of(alice), result.matched());
		assertEquals(List.of(bob, mine), result.unmatched());
		Path baseline = StarterBaseline.read(alice).orElseThrow();
		assertTrue(baseline.startsWith(temp.resolve("store")), baseline.toString());
		assertEquals("class Main {}\n", Files.readString(baseline.resolve("Main.java")));
		assertTrue(StarterBaseline.read(bob).isEmpty());
		// the review finds it without being given the sources again
		assertEquals(baseline, ReviewedProjects.of(alice, null).orElseThrow().baseline());
	}

	@Test
	void sourcesThatMatchNoProjectLeaveNothingInTheStore() throws Exception {
		Path sources = temp.resolve("sources");
		put(sources, "Loops/Main.java", "class Main {}\n");
		IProject bob = project("Recursion-bob", new ProjectOrigin("Recursion", "bob"));

		new AttachStarterSourcesOperation(sources, List.of(bob), temp.resolve("store")).run(new NullProgressMonitor());

		try (var children = Files.list(temp.resolve("store"))) {
			assertEquals(0, children.count());
		}
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
