package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.executable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.TestArchives.Spec;

/** Back to Codio: an imported project zipped as Codio's project import takes it. */
class CodioWorkspaceZipTest {

	@TempDir
	Path temp;

	@AfterEach
	void deleteAllProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** One student's workspace as the export holds it, with a script whose executable bit must survive. */
	private static List<Spec> workspace() {
		List<Spec> specs = new ArrayList<>(ImportWorkspacesOperationTest.javaWorkspace("", "loops", "alice"));
		specs.removeIf(spec -> spec.name().startsWith(".guides/secure/")); // students' workspaces lack them
		specs.add(executable("run.sh", "#!/bin/sh\njava -cp out com.example.loops.Main\n"));
		return specs;
	}

	private IProject imported(List<Spec> specs) throws Exception {
		List<Spec> inExport = specs.stream().map(spec -> new Spec("Loops/alice/" + spec.name(), spec.kind(),
				spec.content(), spec.executable())).toList();
		Path export = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(inExport.toArray(Spec[]::new)));
		WorkspaceScan scan = new ScanWorkspacesOperation(export).run(new NullProgressMonitor());
		List<PlannedProject> plan = scan.workspaces().stream()
				.map(w -> new PlannedProject(w, "Loops-alice", new StackRecommender().recommend(w.facts()).stack()))
				.toList();
		IProject project = new ImportWorkspacesOperation(export, plan).run(new NullProgressMonitor()).projects().get(0)
				.project();
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		return project;
	}

	@Test
	void exportImportZipGivesTheSameFilesWithTheSameBytes() throws Exception {
		List<Spec> original = workspace();
		IProject project = imported(original);
		assertTrue(project.getFile(".project").exists() && project.getFolder(".settings").exists());
		try (Stream<Path> built = Files.walk(project.getLocation().toPath())) {
			assertTrue(built.anyMatch(path -> path.toString().endsWith(".class")), "the project was built");
		}

		Path zip = new CodioWorkspaceZip(project).write(temp.resolve("out/alice.zip"), new NullProgressMonitor());

		Map<String, byte[]> expected = new TreeMap<>();
		for (Spec spec : original) {
			expected.put(spec.name(), spec.content());
		}
		Map<String, byte[]> actual = new TreeMap<>();
		boolean scriptExecutable = false;
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			for (Enumeration<ZipArchiveEntry> entries = file.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				actual.put(entry.getName(), file.getInputStream(entry).readAllBytes());
				if (entry.getName().equals("run.sh")) {
					scriptExecutable = (entry.getUnixMode() & 0100) != 0;
				}
			}
		}
		assertEquals(expected.keySet(), actual.keySet(), "Eclipse's metadata and build output are left out");
		for (String name : expected.keySet()) {
			assertArrayEquals(expected.get(name), actual.get(name), name);
		}
		assertTrue(scriptExecutable, "run.sh keeps its executable bit");
	}

	@Test
	void eclipseFilesTheStudentHadAreKept() throws Exception {
		List<Spec> specs = workspace();
		specs.add(TestArchives.file(".project", """
				<?xml version="1.0" encoding="UTF-8"?>
				<projectDescription><name>loops</name><comment></comment><projects></projects>
				<buildSpec></buildSpec><natures></natures></projectDescription>
				"""));
		IProject project = imported(specs);

		assertEquals(java.util.Set.of(".project"), ProjectOrigin.readFrom(project).orElseThrow().studentEclipseFiles());
		Map<String, Path> entries = new CodioWorkspaceZip(project).entries();
		assertTrue(entries.containsKey(".project"), entries.keySet().toString());
		assertTrue(!entries.containsKey(".classpath"), entries.keySet().toString());
	}

	@Test
	void anExistingFileIsNeverReplaced() throws Exception {
		IProject project = imported(workspace());
		Path zip = Files.writeString(temp.resolve("alice.zip"), "mine");

		assertThrows(FileAlreadyExistsException.class,
				() -> new CodioWorkspaceZip(project).write(zip, new NullProgressMonitor()));

		assertEquals("mine", Files.readString(zip));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(), files.filter(path -> path.toString().endsWith(".part")).toList());
		}
	}

	@Test
	void cancelLeavesNothing() throws Exception {
		IProject project = imported(workspace());
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		Path zip = temp.resolve("out/alice.zip");

		assertThrows(InterruptedException.class, () -> new CodioWorkspaceZip(project).write(zip, cancelled));

		try (Stream<Path> files = Files.list(zip.getParent())) {
			assertEquals(List.of(), files.toList());
		}
	}
}
