package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkspaceDiscoveryTest {

	private static ArchiveEntryInfo file(String path) {
		return file("", path);
	}

	private static ArchiveEntryInfo file(String container, String path) {
		String text = ArchiveEntryInfo.isHintFile(path, 10) ? "{}" : null;
		return new ArchiveEntryInfo(container, path, EntryType.FILE, 10, null, text);
	}

	private static ArchiveEntryInfo folder(String path) {
		return new ArchiveEntryInfo("", path, EntryType.DIRECTORY, 0, null, null);
	}

	/** A Codio workspace's files under a folder ("" for the root). */
	private static List<ArchiveEntryInfo> workspace(String container, String folder) {
		return List.of(file(container, folder + ".codio"), file(container, folder + ".settings"),
				file(container, folder + ".guides/content.md"), file(container, folder + ".guides/secure/MainTest.py"),
				file(container, folder + "code/com/example/Main.java"),
				file(container, folder + "code/com/example/model/Shape.java"));
	}

	private static List<DiscoveredWorkspace> discover(String input, List<ArchiveEntryInfo> entries) {
		return new WorkspaceDiscovery(input, Set.of()).discover(entries);
	}

	private static List<String> names(List<DiscoveredWorkspace> workspaces) {
		return workspaces.stream().map(w -> w.assignment() + "|" + w.student()).toList();
	}

	@Test
	void codioClassExportGivesOneWorkspacePerAssignmentAndStudent() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		entries.add(file("assessments.csv"));
		for (String assignment : List.of("Hello World", "Loops")) {
			entries.add(folder(assignment));
			for (String student : List.of("alice", "bob", "carol")) {
				entries.addAll(workspace("", assignment + "/" + student + "/"));
			}
		}

		List<DiscoveredWorkspace> found = discover("class-data.zip", entries);

		assertEquals(List.of("Hello World|alice", "Hello World|bob", "Hello World|carol", "Loops|alice", "Loops|bob",
				"Loops|carol"), names(found));
		DiscoveredWorkspace first = found.get(0);
		assertEquals(new WorkspaceRoot("", "Hello World/alice/"), first.root());
		assertEquals(6, first.fileCount());
		assertEquals(60, first.totalBytes());
		assertEquals(List.of("Java"), first.languages(), "the teacher's Python test under .guides is not counted");
		assertTrue(first.facts().files().contains("code/com/example/Main.java"));
		assertEquals("{}", first.facts().hintTexts().get(".codio"));
	}

	@Test
	void studentFirstLayoutIsRecognisedByTheKnownLogins() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		for (String student : List.of("alice", "bob")) {
			for (String assignment : List.of("Hello World", "Loops", "Arrays")) {
				entries.addAll(workspace("", student + "/" + assignment + "/"));
			}
		}

		List<DiscoveredWorkspace> found = new WorkspaceDiscovery("x.zip", Set.of("Alice", "Bob")).discover(entries);

		assertEquals(List.of("Hello World|alice", "Loops|alice", "Arrays|alice", "Hello World|bob", "Loops|bob",
				"Arrays|bob"), names(found));
	}

	@Test
	void studentFirstLayoutIsRecognisedByHavingMoreStudentsThanAssignments() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		for (String student : List.of("alice", "bob", "carol")) {
			for (String assignment : List.of("Hello World", "Loops")) {
				entries.addAll(workspace("", student + "/" + assignment + "/"));
			}
		}

		assertEquals("Hello World|alice", names(discover("x.zip", entries)).get(0));
	}

	@Test
	void lowerCaseNamesOnBothSidesAreToldApartByTheirCounts() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		for (String student : List.of("alice", "bob", "carol")) {
			for (String assignment : List.of("loops", "arrays")) {
				entries.addAll(workspace("", student + "/" + assignment + "/"));
			}
		}

		assertEquals("loops|alice", names(discover("x.zip", entries)).get(0));
	}

	@Test
	void oneStudentInSeveralAssignmentsKeepsCodiosOrder() {
		List<ArchiveEntryInfo> entries = new ArrayList<>(workspace("", "loops/alice/"));
		entries.addAll(workspace("", "arrays/alice/"));

		assertEquals(List.of("loops|alice", "arrays|alice"), names(discover("x.zip", entries)));
	}

	@Test
	void assignmentFirstIsTheDefaultWhenCountsTie() {
		List<ArchiveEntryInfo> entries = new ArrayList<>(workspace("", "Loops/alice/"));

		assertEquals(List.of("Loops|alice"), names(discover("x.zip", entries)));
	}

	@Test
	void loneWorkspaceWithFilesAtTheRootIsNamedAfterTheInput() {
		List<ArchiveEntryInfo> entries = List.of(file("Main.java"), file("README.md"), file("lib/util.py"));

		List<DiscoveredWorkspace> found = discover("hello-world.tar.gz", entries);

		assertEquals(List.of("hello-world|"), names(found));
		assertEquals(new WorkspaceRoot("", ""), found.get(0).root());
		assertEquals(3, found.get(0).fileCount());
		assertEquals("hello-world", found.get(0).displayName());
	}

	@Test
	void loneWorkspaceInOneTopFolderStartsInsideIt() {
		List<ArchiveEntryInfo> entries = List.of(folder("project"), file("project/Main.java"),
				file("project/src/App.java"));

		List<DiscoveredWorkspace> found = discover("download.zip", entries);

		assertEquals(new WorkspaceRoot("", "project/"), found.get(0).root());
		assertEquals(List.of("project|"), names(found));
		assertEquals(List.of("Main.java", "src/App.java"), found.get(0).facts().files());
	}

	@Test
	void eclipseSettingsFolderIsNotACodioMarker() {
		List<ArchiveEntryInfo> entries = List.of(file("a/.settings/org.eclipse.jdt.core.prefs"),
				file("a/Main.java"), file("b/Other.java"));

		List<DiscoveredWorkspace> found = discover("two.zip", entries);

		assertEquals(1, found.size(), "no markers: the whole input is one workspace");
		assertEquals(new WorkspaceRoot("", ""), found.get(0).root());
	}

	@Test
	void nestedPerStudentArchivesAreWorkspacesNamedAfterThem() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		entries.add(file("README.txt"));
		entries.addAll(workspace("Loops/alice.tar.zst", ""));
		entries.addAll(workspace("Loops/bob.zip", "bob/"));
		entries.add(file("Loops/carol.tar.gz", "solution.py"));

		List<DiscoveredWorkspace> found = discover("class.zip", entries);

		assertEquals(List.of("Loops|alice", "Loops|bob", "Loops|carol"), names(found));
		assertEquals(new WorkspaceRoot("Loops/alice.tar.zst", ""), found.get(0).root());
		assertEquals(new WorkspaceRoot("Loops/bob.zip", "bob/"), found.get(1).root());
		assertEquals(List.of("Python"), found.get(2).languages());
	}

	@Test
	void perStudentArchivesAtTheTopTakeTheInputAsAssignment() {
		List<ArchiveEntryInfo> entries = new ArrayList<>();
		entries.addAll(workspace("alice.tar.zst", ""));
		entries.addAll(workspace("bob.tar.zst", ""));

		assertEquals(List.of("loops|alice", "loops|bob"), names(discover("loops.zip", entries)));
	}

	@Test
	void outermostMarkerFolderWinsAndLooseFilesStayOut() {
		List<ArchiveEntryInfo> entries = new ArrayList<>(workspace("", "Loops/alice/"));
		entries.add(file("Loops/alice/sub/.codio"));
		entries.add(file("Loops/alice/sub/x.py"));
		entries.add(file("Loops/grades.csv"));
		entries.add(file("__MACOSX/Loops/._x"));

		List<DiscoveredWorkspace> found = discover("class.zip", entries);

		assertEquals(1, found.size());
		assertEquals(8, found.get(0).fileCount());
	}

	@Test
	void emptyInputHasNoWorkspace() {
		assertEquals(List.of(), discover("empty.zip", List.of(folder("a"), folder("a/b"))));
	}
}
