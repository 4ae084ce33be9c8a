package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jdt.launching.IJavaLaunchConfigurationConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.CodioProjectFile.JavaProgram;
import codio.classdata.workspace.TestArchives.Spec;

/** The Run buttons of {@code .codio} become the imported project's launch configurations. */
class CodioLaunchesTest {

	private static final String CODIO = """
			{
			  // Run button configuration
			  "commands": {
			    "Run": "javac -sourcepath code -d out code/com/example/loops/Main.java && java -cp out com.example.loops.Main 5 six",
			    "Greet": "echo Hello from {{filename}}",
			    "Mark": "echo launched > launched.txt"
			  },
			  "debugger": [ { "type": "JAVA", "command": "java -cp out com.example.loops.Main" } ]
			}
			""";

	@TempDir
	Path temp;

	@AfterEach
	void deleteAllProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			for (ILaunchConfiguration configuration : CodioLaunches.of(project)) {
				configuration.delete();
			}
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private IProject imported() throws Exception {
		List<Spec> specs = List.of(file("Loops/alice/.codio", CODIO),
				file("Loops/alice/code/com/example/loops/Main.java", """
						package com.example.loops;
						public class Main { public static void main(String[] args) { System.out.println(args.length); } }
						"""));
		Path export = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(specs.toArray(Spec[]::new)));
		WorkspaceScan scan = new ScanWorkspacesOperation(export).run(new NullProgressMonitor());
		List<PlannedProject> plan = scan.workspaces().stream()
				.map(w -> new PlannedProject(w, "Loops-alice", new StackRecommender().recommend(w.facts()).stack()))
				.toList();
		return new ImportWorkspacesOperation(export, plan).run(new NullProgressMonitor()).projects().get(0).project();
	}

	@Test
	void theImportMakesALaunchPerRunButton() throws Exception {
		IProject project = imported();

		Map<String, ILaunchConfiguration> byButton = CodioLaunches.of(project).stream().collect(Collectors
				.toMap(configuration -> attribute(configuration, CodioLaunches.BUTTON), configuration -> configuration));

		assertEquals(java.util.Set.of("Run", "Greet", "Mark"), byButton.keySet());
		ILaunchConfiguration run = byButton.get("Run");
		assertEquals(IJavaLaunchConfigurationConstants.ID_JAVA_APPLICATION, run.getType().getIdentifier());
		assertEquals("Run (Loops-alice)", run.getName());
		assertEquals("com.example.loops.Main",
				run.getAttribute(IJavaLaunchConfigurationConstants.ATTR_MAIN_TYPE_NAME, ""));
		assertEquals("Loops-alice", run.getAttribute(IJavaLaunchConfigurationConstants.ATTR_PROJECT_NAME, ""));
		assertEquals("5 six", run.getAttribute(IJavaLaunchConfigurationConstants.ATTR_PROGRAM_ARGUMENTS, ""));
		assertTrue(run.supportsMode(ILaunchManager.DEBUG_MODE), "Codio's JAVA debugger target: it debugs too");
		ILaunchConfiguration greet = byButton.get("Greet");
		assertEquals(CodioLaunches.CODIO_COMMAND_TYPE, greet.getType().getIdentifier());
		assertEquals("echo Hello from ${selected_resource_name}", greet.getAttribute(CodioLaunches.COMMAND, ""));
		assertTrue(Files.notExists(project.getLocation().toPath().resolve("Run (Loops-alice).launch")),
				"kept in the workspace's metadata, not in the student's project");
	}

	@Test
	void aCodioCommandRunsThroughTheShellInTheProjectFolder() throws Exception {
		IProject project = imported();
		ILaunchConfiguration mark = CodioLaunches.of(project).stream()
				.filter(configuration -> "Mark".equals(attribute(configuration, CodioLaunches.BUTTON))).findAny()
				.orElseThrow();

		ILaunch launch = mark.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!launch.isTerminated() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}

		assertTrue(launch.isTerminated());
		assertEquals(0, launch.getProcesses()[0].getExitValue());
		assertEquals("launched\n", Files.readString(project.getLocation().toPath().resolve("launched.txt")));
	}

	@Test
	void makingThemAgainReplacesTheOldOnes() throws Exception {
		IProject project = imported();

		CodioLaunches.create(project, new NullProgressMonitor());

		assertEquals(3, CodioLaunches.of(project).size());
	}

	@Test
	void javaProgramsOfCommands() {
		assertEquals(Optional.of(new JavaProgram("com.example.Main", List.of("1", "2"))),
				CodioProjectFile.javaProgram("cd code && javac Main.java && java -cp .:lib/x.jar com.example.Main 1 2"));
		assertEquals(Optional.of(new JavaProgram("Main", List.of())),
				CodioProjectFile.javaProgram("java -Xmx64m -ea Main"));
		assertEquals(Optional.empty(), CodioProjectFile.javaProgram("java -jar app.jar"));
		assertEquals(Optional.empty(), CodioProjectFile.javaProgram("java code/Main.java"));
		assertEquals(Optional.empty(), CodioProjectFile.javaProgram("python3 main.py"));
	}

	private static String attribute(ILaunchConfiguration configuration, String name) {
		try {
			return configuration.getAttribute(name, "");
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
