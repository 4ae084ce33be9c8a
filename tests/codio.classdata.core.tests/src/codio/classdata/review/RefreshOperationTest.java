package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.FileRefresh.Action;
import codio.classdata.workspace.ImportBase;
import codio.classdata.workspace.ImportWorkspacesOperation;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.ProjectNameTemplate;
import codio.classdata.workspace.ScanWorkspacesOperation;
import codio.classdata.workspace.StackRecommender;
import codio.classdata.workspace.TestArchives;
import codio.classdata.workspace.TestArchives.Spec;
import codio.classdata.workspace.WorkspaceScan;

/** Refresh from Export: the student's newer work comes in, the instructor's edits stay, conflicts wait. */
class RefreshOperationTest {

	private static final String MAIN = """
			def total(values):
			    result = 0
			    for value in values:
			        result += value
			    return result


			def main():
			    print(total([1, 2, 3]))


			main()
			""";

	@TempDir
	Path temp;

	@AfterEach
	void deleteAllProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** A class export: one Codio workspace per student of assignment Loops, each given as path to content. */
	private Path export(String name, Map<String, Map<String, String>> students) throws IOException {
		List<Spec> specs = new ArrayList<>();
		students.forEach((student, files) -> {
			String prefix = "Loops/" + student + "/";
			specs.add(TestArchives.file(prefix + ".codio", "{ \"commands\": { \"Run\": \"python3 main.py\" } }\n"));
			specs.add(TestArchives.file(prefix + ".guides/content.md", "# Loops\n"));
			files.forEach((path, content) -> specs.add(TestArchives.file(prefix + path, content)));
		});
		return TestArchives.write(temp.resolve(name), TestArchives.zip(specs.toArray(Spec[]::new)));
	}

	private static Map<String, String> files(String... pathsAndContents) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < pathsAndContents.length; i += 2) {
			files.put(pathsAndContents[i], pathsAndContents[i + 1]);
		}
		return files;
	}

	private static List<IProject> importAll(Path export) throws Exception {
		WorkspaceScan scan = new ScanWorkspacesOperation(export).run(new NullProgressMonitor());
		StackRecommender recommender = new StackRecommender();
		ProjectNameTemplate names = new ProjectNameTemplate(null);
		List<PlannedProject> plan = scan.workspaces().stream().map(w -> new PlannedProject(w, names.nameFor(w, ""),
				recommender.recommend(w.facts()).stack())).toList();
		return new ImportWorkspacesOperation(export, plan).run(new NullProgressMonitor()).projects().stream()
				.map(imported -> imported.project()).toList();
	}

	private static IProject named(List<IProject> projects, String student) {
		return projects.stream().filter(p -> p.getName().contains(student)).findFirst().orElseThrow();
	}

	private static String read(IProject project, String path) throws IOException {
		return Files.readString(project.getLocation().toPath().resolve(path), StandardCharsets.UTF_8);
	}

	private static void edit(IProject project, String path, String content) throws CoreException {
		IFile file = project.getFile(path);
		ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, IResource.KEEP_HISTORY, null);
		} else {
			file.create(bytes, true, null);
		}
	}

	private Path stateFolder() {
		return temp.resolve("state");
	}

	private static FileRefresh fileOf(ProjectRefresh refresh, String path) {
		return refresh.files().stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
	}

	@Test
	void studentsNewWorkComesInAndTheInstructorsEditsStay() throws Exception {
		List<IProject> projects = importAll(export("v1.zip", Map.of(
				"alice", files("main.py", MAIN, "notes.txt", "first notes\n", ".settings", "[editor]\ntab_size = 4\n"),
				"bob", files("main.py", MAIN))));
		IProject alice = named(projects, "alice");
		assertTrue(ImportBase.exists(alice), "the import keeps the imported version as the base");
		try (ImportBase base = ImportBase.read(alice).orElseThrow()) {
			assertTrue(base.entries().containsKey(".settings.codio") && base.entries().containsKey("main.py"));
			assertFalse(base.entries().containsKey(".project"), "Eclipse's files are the import's, not the base's");
		}
		// the instructor reviews: a comment at the top of main.py, a file of their own
		edit(alice, "main.py", "# Reviewed: loop is fine, see main()\n" + MAIN);
		edit(alice, "REVIEW.md", "Good work.\n");
		Path v2 = export("v2.zip", Map.of(
				"alice", files("main.py", MAIN.replace("print(total([1, 2, 3]))", "print(total(range(10)))"),
						"extra.py", "X = 1\n", ".settings", "[editor]\ntab_size = 2\n"),
				"bob", files("main.py", MAIN),
				"carol", files("main.py", MAIN)));

		RefreshOperation operation = new RefreshOperation(v2, List.of(alice, named(projects, "bob")));
		try (RefreshPlan plan = operation.plan(stateFolder(), new NullProgressMonitor())) {
			ProjectRefresh forAlice = plan.projects().get(0);
			assertEquals(Action.MERGE, fileOf(forAlice, "main.py").action());
			assertEquals(Action.ADD, fileOf(forAlice, "extra.py").action());
			assertEquals(Action.DELETE, fileOf(forAlice, "notes.txt").action());
			assertEquals(Action.UPDATE, fileOf(forAlice, ".settings.codio").action(),
					"Codio's .settings maps to the file the import moved aside");
			assertEquals(Action.KEEP, fileOf(forAlice, "REVIEW.md").action());
			assertEquals(4, forAlice.studentFiles());
			assertEquals(1 + 1 + 1, forAlice.studentLinesAdded(), "main.py, extra.py, .settings");
			assertEquals(1 + 1 + 1, forAlice.studentLinesRemoved(), "main.py, notes.txt, .settings");
			assertTrue(forAlice.unresolved().isEmpty());
			assertEquals(List.of("carol"), plan.newStudents().stream().map(w -> w.student()).toList());
			assertEquals("first notes\n", read(alice, "notes.txt"), "planning writes nothing");

			List<RefreshOutcome> outcomes = operation.apply(plan, new NullProgressMonitor());

			assertEquals(List.of(RefreshOutcome.Status.UPDATED, RefreshOutcome.Status.UNCHANGED),
					outcomes.stream().map(RefreshOutcome::status).toList());
			assertEquals(4, outcomes.get(0).files());
		}
		assertEquals("# Reviewed: loop is fine, see main()\n"
				+ MAIN.replace("print(total([1, 2, 3]))", "print(total(range(10)))"), read(alice, "main.py"));
		assertEquals("X = 1\n", read(alice, "extra.py"));
		assertEquals("Good work.\n", read(alice, "REVIEW.md"));
		assertFalse(alice.getFile("notes.txt").exists());
		assertEquals("[editor]\ntab_size = 2\n", read(alice, ".settings.codio"));
		assertTrue(alice.getFile("main.py").getHistory(null).length >= 2,
				"what the refresh replaced stays in local history");
		try (Stream<Path> left = Files.list(stateFolder())) {
			assertEquals(0, left.count(), "the plan's temporary folder is gone");
		}

		// the export is the new base: the same export again brings nothing
		try (RefreshPlan again = operation.plan(stateFolder(), new NullProgressMonitor())) {
			ProjectRefresh forAlice = again.projects().get(0);
			assertEquals(List.of(Action.KEEP, Action.KEEP), forAlice.files().stream().map(FileRefresh::action)
					.toList(), "only the instructor's two edits differ from the export");
			assertEquals(RefreshOutcome.Status.UNCHANGED, operation.apply(again, null).get(0).status());
		}
	}

	@Test
	void conflictsLeaveTheProjectUntouchedUntilDecided() throws Exception {
		List<IProject> projects = importAll(export("v1.zip", Map.of("alice", files("main.py", MAIN,
				"notes.txt", "first notes\n"))));
		IProject alice = projects.get(0);
		String instructors = MAIN.replace("result = 0", "result = 0  # start at zero");
		edit(alice, "main.py", instructors);
		alice.getFile("notes.txt").delete(true, null);
		String students = MAIN.replace("result = 0", "result = sum([])");
		Path v2 = export("v2.zip", Map.of("alice", files("main.py", students, "notes.txt", "more notes\n",
				"extra.py", "X = 1\n")));

		RefreshOperation operation = new RefreshOperation(v2, projects);
		try (RefreshPlan plan = operation.plan(stateFolder(), new NullProgressMonitor())) {
			ProjectRefresh refresh = plan.projects().get(0);
			FileRefresh main = fileOf(refresh, "main.py");
			assertEquals(Action.CONFLICT, main.action());
			assertEquals(1, main.conflicts());
			assertEquals(MAIN, Files.readString(main.base()), "the base is at hand for a three-way compare");
			assertEquals(students, Files.readString(main.incoming()));
			assertEquals(Action.CONFLICT, fileOf(refresh, "notes.txt").action(),
					"deleted by the instructor, changed by the student");
			assertEquals(2, plan.unresolvedConflicts());

			RefreshOutcome undecided = operation.apply(plan, new NullProgressMonitor()).get(0);

			assertEquals(RefreshOutcome.Status.CONFLICTS, undecided.status());
			assertEquals(2, undecided.conflicts());
			assertEquals(instructors, read(alice, "main.py"));
			assertFalse(alice.getFile("extra.py").exists(), "nothing of a project with open conflicts is written");

			String merged = students.replace("result = sum([])", "result = sum([])  # start at zero");
			refresh.resolve("main.py", merged.getBytes(StandardCharsets.UTF_8));
			refresh.resolve("notes.txt", null);
			RefreshOutcome decided = operation.apply(plan, new NullProgressMonitor()).get(0);

			assertEquals(RefreshOutcome.Status.UPDATED, decided.status());
			assertEquals(merged, read(alice, "main.py"));
			assertFalse(alice.getFile("notes.txt").exists());
			assertEquals("X = 1\n", read(alice, "extra.py"));
		}
	}

	@Test
	void withoutARecordedBaseEveryDifferenceIsAConflictAndNewFilesComeIn() throws Exception {
		List<IProject> projects = importAll(export("v1.zip", Map.of("alice", files("main.py", MAIN))));
		IProject alice = projects.get(0);
		Files.delete(alice.getWorkingLocation("codio.classdata.core").toPath().resolve("import-base.zip"));
		Path v2 = export("v2.zip", Map.of("alice", files("main.py", MAIN + "# more\n", "extra.py", "X = 1\n")));

		try (RefreshPlan plan = new RefreshOperation(v2, projects).plan(stateFolder(), null)) {
			ProjectRefresh refresh = plan.projects().get(0);
			assertFalse(refresh.baseKnown());
			assertEquals(Action.CONFLICT, fileOf(refresh, "main.py").action(),
					"with no base, who changed main.py cannot be told");
			assertEquals(Action.ADD, fileOf(refresh, "extra.py").action());
		}
	}

	@Test
	void aFailedWriteUndoesTheProjectsEarlierWrites() throws Exception {
		List<IProject> projects = importAll(export("v1.zip", Map.of("alice", files("main.py", MAIN))));
		IProject alice = projects.get(0);
		// the instructor made a file "tools"; the student, a folder: tools/util.py cannot be written after main.py
		edit(alice, "tools", "instructor's file\n");
		Path v2 = export("v2.zip", Map.of("alice", files("tools/util.py", "U = 1\n", "main.py", MAIN + "# more\n",
				"added/new.py", "N = 1\n")));
		RefreshOperation operation = new RefreshOperation(v2, projects);

		try (RefreshPlan plan = operation.plan(stateFolder(), null)) {
			assertThrows(CoreException.class, () -> operation.apply(plan, null));
		}

		assertEquals(MAIN, read(alice, "main.py"), "main.py was written, then put back");
		assertFalse(Files.exists(alice.getLocation().toPath().resolve("added")), "added/new.py and its folder are gone");
		assertEquals("instructor's file\n", read(alice, "tools"));
		try (ImportBase base = ImportBase.read(alice).orElseThrow()) {
			assertArrayEquals(MAIN.getBytes(StandardCharsets.UTF_8), base.content("main.py").orElseThrow(),
					"the base stays the version the project still holds");
		}
	}

	@Test
	void cancellingThePlanLeavesNothingAndCancellingTheApplyWritesNothingMore() throws Exception {
		List<IProject> projects = importAll(export("v1.zip", Map.of("alice", files("main.py", MAIN),
				"bob", files("main.py", MAIN))));
		Path v2 = export("v2.zip", Map.of("alice", files("main.py", MAIN + "# a\n"),
				"bob", files("main.py", MAIN + "# b\n")));
		RefreshOperation operation = new RefreshOperation(v2, projects);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		Files.createDirectories(stateFolder());

		assertThrows(InterruptedException.class, () -> operation.plan(stateFolder(), cancelled));
		try (Stream<Path> left = Files.list(stateFolder())) {
			assertEquals(0, left.count());
		}

		try (RefreshPlan plan = operation.plan(stateFolder(), null)) {
			List<RefreshOutcome> outcomes = operation.apply(plan, cancelled);
			assertEquals(List.of(RefreshOutcome.Status.CANCELLED, RefreshOutcome.Status.CANCELLED),
					outcomes.stream().map(RefreshOutcome::status).toList());
		}
		for (IProject project : projects) {
			assertEquals(MAIN, read(project, "main.py"));
		}
	}
}
