package codio.classdata.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test gets a workspace folder of its own and a project made from it the way the import makes one (created
 * at the folder, opened, refreshed), deleted afterwards with its files (after LSP4E's AbstractTestWithProject).
 * Autobuild is off while these tests run, as in the import, so that builds happen only when a test asks.
 */
abstract class AbstractImportedProjectTest {

	static final CodioStack JAVA_17 = new CodioStack("java17", "Java 17", "2025.1", StackLanguage.JAVA, 17);
	static final CodioStack JAVA_11 = new CodioStack("java11", "Java 11", "", StackLanguage.JAVA, 11);
	static final CodioStack PYTHON = new CodioStack("python3", "Python 3", "", StackLanguage.PYTHON, 0);

	private static boolean autoBuilding;

	@TempDir
	Path folder;
	IProject project;
	private String projectName;

	@BeforeAll
	static void turnAutobuildOff() throws CoreException {
		autoBuilding = setAutoBuilding(false);
	}

	@AfterAll
	static void restoreAutobuild() throws CoreException {
		setAutoBuilding(autoBuilding);
	}

	private static boolean setAutoBuilding(boolean on) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription description = workspace.getDescription();
		boolean was = description.isAutoBuilding();
		description.setAutoBuilding(on);
		workspace.setDescription(description);
		return was;
	}

	@BeforeEach
	void nameProject(TestInfo test) {
		projectName = test.getTestMethod().map(method -> method.getName()).orElse("project") + "-"
				+ System.nanoTime();
	}

	@AfterEach
	void deleteProject() throws CoreException {
		if (project != null && project.exists()) {
			// the files go with the temporary folder
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	/** Writes a file of the student's workspace, creating its folders. */
	void write(String relativePath, String content) throws IOException {
		Path file = folder.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/** The project over the workspace folder, as the import creates it: existing, open, refreshed. */
	IProject importProject() throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		project = workspace.getRoot().getProject(projectName);
		IProjectDescription description = workspace.newProjectDescription(projectName);
		description.setLocation(IPath.fromPath(folder));
		project.create(description, null);
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	/** Imports and configures the project in one workspace operation, as the import does. */
	IProject importAndConfigure(CodioStack stack) throws CoreException {
		importProject();
		ResourcesPlugin.getWorkspace().run(monitor -> new ProjectSetup().configure(project, stack, monitor),
				new NullProgressMonitor());
		return project;
	}

	void fullBuild() throws CoreException, InterruptedException {
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		waitForEncodingValidation();
	}

	/**
	 * The "no explicit encoding" marker comes and goes in a job of core.resources (scheduled when the project is
	 * created, and again when its encoding is set); without waiting, a test may see it before it is gone.
	 */
	private static void waitForEncodingValidation() throws InterruptedException {
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getClass().getSimpleName().equals("ValidateProjectEncoding")) {
				job.join();
			}
		}
	}

	/** The project's problem markers of a severity, as "path:line: message", for readable failures. */
	List<String> problems(int severity) throws CoreException {
		List<String> found = new ArrayList<>();
		for (IMarker marker : project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == severity) {
				found.add(marker.getResource().getProjectRelativePath() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0)
						+ ": " + marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return found;
	}

	List<String> errors() throws CoreException {
		return problems(IMarker.SEVERITY_ERROR);
	}

	List<String> warnings() throws CoreException {
		return problems(IMarker.SEVERITY_WARNING);
	}

	/** A workspace as the emulator exports a Java class (JavaSources, StudentWorkspace): {@code count} sources. */
	void writeEmulatorWorkspace(String slug, int count) throws IOException {
		String packageName = "com.example." + slug;
		String code = "code/" + packageName.replace('.', '/');
		write(".codio", """
				{
				  // Configure your Run and Preview buttons here.
				  "commands": {
				    "Run": "javac -sourcepath code -d out %1$s/Main.java && java -cp out %2$s.Main"
				  }
				}
				""".formatted(code, packageName));
		write(".settings", """
				[editor]
				tab_size = 4
				soft_tabs = true

				[ide]
				theme = dark
				filetree_hidden_files = .guides,out
				""");
		write(".guides/content.md", "# Sums\n\nPress **Run**, then **Check It!**\n");
		write(".guides/secure/MainTest.java", """
				import static org.junit.jupiter.api.Assertions.assertTrue;

				import org.junit.jupiter.api.Test;

				class MainTest {

					@Test
					void printsTheTotal() {
						%s.Main.main(new String[0]);
						assertTrue(true);
					}
				}
				""".formatted(packageName));
		write(code + "/Main.java", """
				package %s;

				// Alice Example (alice) wrote this
				public class Main {

					public static void main(String[] args) {
						int total = 0;
						for (int i = 1; i <= 5; i++) {
							total += i;
						}
						System.out.println("Sums: " + total);
					}
				}
				""".formatted(packageName));
		for (int i = 1; i < count; i++) {
			String subpackage = i % 2 == 1 ? "model" : "io";
			String name = "Type" + i;
			write(code + "/" + subpackage + "/" + name + ".java", """
					package %s.%s;

					/** The {@code %s} type of Sums. */
					public class %s {

						private int value = %d;

						public int step(int amount) {
							value += amount * 3;
							return value;
						}

						@Override
						public String toString() {
							return "%s(" + value + ")";
						}
					}
					""".formatted(packageName, subpackage, name, name, i, name));
		}
	}

	/** The raw classpath's source folders, as project-relative paths with "(test)" for test folders. */
	String sourceFolders() throws CoreException {
		return Arrays.stream(org.eclipse.jdt.core.JavaCore.create(project).getRawClasspath())
				.filter(entry -> entry.getEntryKind() == org.eclipse.jdt.core.IClasspathEntry.CPE_SOURCE)
				.map(entry -> entry.getPath().removeFirstSegments(1).toPortableString()
						+ (Arrays.stream(entry.getExtraAttributes())
								.anyMatch(a -> a.getName().equals("test") && a.getValue().equals("true")) ? " (test)"
										: ""))
				.collect(Collectors.joining(", "));
	}
}
