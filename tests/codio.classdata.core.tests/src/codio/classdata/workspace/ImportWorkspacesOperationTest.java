package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.core.JavaCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.TestArchives.Spec;

/**
 * The whole import on real archives: scan, plan (recommended stacks, template names), extract, create and configure
 * projects, and roll back on failure or cancel.
 */
class ImportWorkspacesOperationTest {

	private static boolean autoBuilding;

	@TempDir
	Path temp;

	@BeforeAll
	static void turnAutobuildOff() throws CoreException {
		autoBuilding = setAutoBuilding(false);
	}

	@AfterAll
	static void restoreAutobuild() throws CoreException {
		setAutoBuilding(autoBuilding);
	}

	@AfterEach
	void deleteAllProjects() throws CoreException {
		for (IProject project : root().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** A Java workspace as the emulator exports it, under {@code prefix}. */
	static List<Spec> javaWorkspace(String prefix, String slug, String author) {
		String folder = prefix + "code/com/example/" + slug + "/";
		return List.of(file(prefix + ".codio", """
				{
				  // Run button configuration
				  "commands": { "Run": "javac -sourcepath code -d out code/com/example/%s/Main.java" },
				  "debugger": [ { "type": "JAVA", "command": "java -cp out Main" } ]
				}
				""".formatted(slug)), file(prefix + ".settings", "[editor]\ntab_size = 4\n"),
				file(prefix + ".guides/content.md", "# Task\n"),
				file(prefix + ".guides/secure/MainTest.java", """
						import org.junit.jupiter.api.Test;
						class MainTest { @Test void runs() { com.example.%s.Main.main(new String[0]); } }
						""".formatted(slug)),
				file(folder + "Main.java", """
						package com.example.%s;

						// %s
						public class Main {
							public static void main(String[] args) {
								System.out.println(new com.example.%s.model.Counter().step(2));
							}
						}
						""".formatted(slug, author, slug)),
				file(folder + "model/Counter.java", """
						package com.example.%s.model;

						public class Counter {
							private int value;

							public int step(int amount) {
								value += amount;
								return value;
							}
						}
						""".formatted(slug)));
	}

	private Path classExport(String name, List<String> students, Spec... extra) throws Exception {
		List<Spec> specs = new ArrayList<>();
		for (String assignment : List.of("Loops", "Arrays")) {
			for (String student : students) {
				specs.addAll(javaWorkspace(assignment + "/" + student + "/", assignment.toLowerCase(), student));
			}
		}
		specs.addAll(Arrays.asList(extra));
		return TestArchives.write(temp.resolve(name), TestArchives.zip(specs.toArray(Spec[]::new)));
	}

	private static List<PlannedProject> plan(WorkspaceScan scan) {
		StackRecommender recommender = new StackRecommender();
		ProjectNameTemplate template = new ProjectNameTemplate(null);
		return scan.workspaces().stream().map(w -> new PlannedProject(w, template.nameFor(w, "CS 101"),
				recommender.recommend(w.facts()).stack())).toList();
	}

	@Test
	void classExportBecomesOneConfiguredProjectPerWorkspaceThatCompiles() throws Exception {
		Path input = classExport("class.zip", List.of("alice", "bob"), file("grades.csv", "login,grade\n"));

		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		ImportResult result = new ImportWorkspacesOperation(input, plan(scan)).course("c101")
				.run(new NullProgressMonitor());

		assertEquals(List.of("Loops-alice", "Loops-bob", "Arrays-alice", "Arrays-bob"),
				result.projects().stream().map(p -> p.project().getName()).toList());
		for (ImportedProject imported : result.projects()) {
			IProject project = imported.project();
			assertTrue(project.isOpen());
			assertTrue(project.hasNature(JavaCore.NATURE_ID), project.getName());
			assertEquals("java17", StackRecord.read(project).orElseThrow().id());
			// the assignment and the student, as the export names them, for matching the starter code; the class
			String[] parts = project.getName().split("-");
			assertEquals(new ProjectOrigin(parts[0], parts[1], java.util.Set.of(), "c101"),
					ProjectOrigin.readFrom(project).orElseThrow());
			assertEquals(root().getLocation().append(project.getName()), project.getLocation(),
					"copied into the workspace folder, not linked");
			assertTrue(project.getFile(".settings.codio").exists(), "Codio's settings file kept, moved aside");
			assertFalse(project.getFile("grades.csv").exists());
		}
		ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		for (ImportedProject imported : result.projects()) {
			assertEquals(List.of(), errors(imported.project()), imported.project().getName());
		}
	}

	@Test
	void perStudentTarZstArchivesInsideAZipAreImportedInPlace() throws Exception {
		List<Spec> outer = new ArrayList<>();
		for (String student : List.of("alice", "bob")) {
			byte[] inner = TestArchives.tarZst(javaWorkspace("", "loops", student).toArray(Spec[]::new));
			outer.add(TestArchives.stored("Loops/" + student + ".tar.zst", inner));
		}
		Path input = TestArchives.write(temp.resolve("loops.zip"), TestArchives.zip(outer.toArray(Spec[]::new)));

		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		ImportResult result = new ImportWorkspacesOperation(input, plan(scan)).run(new NullProgressMonitor());

		assertEquals(List.of("Loops-alice", "Loops-bob"),
				result.projects().stream().map(p -> p.project().getName()).toList());
		assertTrue(root().getProject("Loops-bob").getFile("code/com/example/loops/Main.java").exists());
	}

	@Test
	void takenProjectNameStopsTheImportBeforeAnythingIsWritten() throws Exception {
		Path input = classExport("class.zip", List.of("alice"));
		IProject existing = root().getProject("Arrays-alice");
		existing.create(new NullProgressMonitor());
		Set<String> before = workspaceFolderNames();

		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		CoreException e = assertThrows(CoreException.class,
				() -> new ImportWorkspacesOperation(input, plan(scan)).run(new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("\"Arrays-alice\" already exists"), e.getMessage());
		assertEquals(before, workspaceFolderNames());
		assertFalse(root().getProject("Loops-alice").exists());
	}

	@Test
	void folderOfAPlannedNameIsNeverReused() throws Exception {
		Path input = classExport("class.zip", List.of("alice"));
		Path stray = Files.createDirectories(root().getLocation().toPath().resolve("Loops-alice"));
		Files.writeString(stray.resolve("notes.txt"), "mine");

		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		assertThrows(CoreException.class,
				() -> new ImportWorkspacesOperation(input, plan(scan)).run(new NullProgressMonitor()));

		assertEquals(List.of("notes.txt"), list(stray));
		ImportWorkspacesOperation.deleteTree(stray);
	}

	@Test
	void corruptEntryHalfwayRemovesEveryProjectAndFolderItCreated() throws Exception {
		byte[] payload = "class Broken { /* the payload whose CRC breaks */ }".getBytes(StandardCharsets.UTF_8);
		List<Spec> specs = new ArrayList<>(javaWorkspace("Loops/alice/", "loops", "alice"));
		specs.addAll(javaWorkspace("Loops/bob/", "loops", "bob"));
		specs.add(TestArchives.stored("Loops/bob/code/Broken.java", payload));
		byte[] zip = TestArchives.zip(specs.toArray(Spec[]::new));
		int at = indexOf(zip, payload);
		zip[at + 4] ^= 0x20;
		Path input = TestArchives.write(temp.resolve("class.zip"), zip);
		Set<String> before = workspaceFolderNames();
		IProject unrelated = root().getProject("Unrelated");
		unrelated.create(new NullProgressMonitor());

		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		ArchiveException e = assertThrows(ArchiveException.class,
				() -> new ImportWorkspacesOperation(input, plan(scan)).run(new NullProgressMonitor()));

		assertEquals("Loops/bob/code/Broken.java", e.entry());
		assertEquals(List.of("Unrelated"), Stream.of(root().getProjects()).map(IProject::getName).toList());
		Set<String> after = workspaceFolderNames();
		after.remove("Unrelated");
		assertEquals(before, after);
	}

	@Test
	void cancelWhileCreatingProjectsRemovesEverythingCreated() throws Exception {
		Path input = classExport("class.zip", List.of("alice", "bob", "carol"));
		Set<String> before = workspaceFolderNames();
		WorkspaceScan scan = new ScanWorkspacesOperation(input).run(new NullProgressMonitor());
		CancelAfterSubTasks monitor = new CancelAfterSubTasks(3);

		assertThrows(InterruptedException.class,
				() -> new ImportWorkspacesOperation(input, plan(scan)).run(monitor));

		assertTrue(monitor.subTasks.get() >= 3, "cancelled while creating projects");
		assertEquals(0, root().getProjects().length);
		assertEquals(before, workspaceFolderNames());
	}

	@Test
	void hostileArchiveIsRefusedAtTheScanAndNothingIsWritten() throws Exception {
		List<Spec> specs = new ArrayList<>(javaWorkspace("Loops/alice/", "loops", "alice"));
		specs.add(file("Loops/alice/../../../escaped.txt", "gotcha"));
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(specs.toArray(Spec[]::new)));
		Set<String> before = workspaceFolderNames();

		assertThrows(UnsafeArchiveException.class,
				() -> new ScanWorkspacesOperation(input).run(new NullProgressMonitor()));

		assertEquals(before, workspaceFolderNames());
		assertFalse(Files.exists(temp.resolve("escaped.txt")));
		assertFalse(Files.exists(temp.getParent().resolve("escaped.txt")));
	}

	private static List<String> errors(IProject project) throws CoreException {
		List<String> errors = new ArrayList<>();
		for (IMarker marker : project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
			if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR) {
				errors.add(marker.getResource().getProjectRelativePath() + ": "
						+ marker.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		return errors;
	}

	private static org.eclipse.core.resources.IWorkspaceRoot root() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	private static Set<String> workspaceFolderNames() throws Exception {
		return new java.util.TreeSet<>(list(root().getLocation().toPath()));
	}

	private static List<String> list(Path folder) throws Exception {
		try (Stream<Path> children = Files.list(folder)) {
			return children.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new AssertionError("payload not found");
	}

	private static boolean setAutoBuilding(boolean on) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IWorkspaceDescription description = workspace.getDescription();
		boolean was = description.isAutoBuilding();
		description.setAutoBuilding(on);
		workspace.setDescription(description);
		return was;
	}

	/** Cancels once the operation has named this many projects in its progress. */
	private static final class CancelAfterSubTasks extends NullProgressMonitor {
		final AtomicInteger subTasks = new AtomicInteger();
		private final int limit;

		CancelAfterSubTasks(int limit) {
			this.limit = limit;
		}

		@Override
		public void subTask(String name) {
			if (subTasks.incrementAndGet() >= limit) {
				setCanceled(true);
			}
		}
	}
}
