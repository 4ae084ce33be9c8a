package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProjectNameTemplateTest {

	private static DiscoveredWorkspace workspace(String assignment, String student) {
		return new DiscoveredWorkspace(new WorkspaceRoot("", ""), student, assignment, 1, 1, List.of(),
				new WorkspaceFacts(List.of("a"), java.util.Map.of()));
	}

	@Test
	void defaultTemplateJoinsAssignmentAndStudent() {
		assertEquals("Loops-alice", new ProjectNameTemplate(null).nameFor(workspace("Loops", "alice"), "CS 101"));
	}

	@Test
	void missingStudentTakesItsSeparatorAlong() {
		ProjectNameTemplate template = new ProjectNameTemplate("");

		assertEquals("Loops", template.nameFor(workspace("Loops", ""), null));
		assertEquals("alice - CS 101",
				new ProjectNameTemplate("{student} - {assignment} - {class}").nameFor(workspace("", "alice"),
						"CS 101"));
		assertEquals("alice", new ProjectNameTemplate("{assignment}-{student}").nameFor(workspace("", "alice"), ""));
	}

	@Test
	void reservedCharactersAndLeadingDotsAreReplaced() {
		assertEquals("Week 1_ I_O-bob", new ProjectNameTemplate(null).nameFor(workspace("Week 1: I/O", "bob"), ""));
		assertEquals("hidden-x", new ProjectNameTemplate(null).nameFor(workspace("..hidden", "x"), ""));
	}

	@Test
	void nameNeverComesOutEmpty() {
		assertEquals("workspace", new ProjectNameTemplate("{class}").nameFor(workspace("", ""), ""));
		assertEquals("Loops", new ProjectNameTemplate("{class}").nameFor(workspace("Loops", ""), ""));
	}

	@Test
	void takenNamesGetANumber() {
		Set<String> taken = Set.of("loops-alice", "loops-alice (2)");

		assertEquals("Loops-alice (3)",
				ProjectNameTemplate.unique("Loops-alice", name -> taken.contains(ProjectNameTemplate.key(name))));
		assertEquals("Loops-bob", ProjectNameTemplate.unique("Loops-bob", taken::contains));
	}

	@Test
	void unknownPlaceholdersAreNamed() {
		assertEquals("{login}", new ProjectNameTemplate("{assignment}-{login}").unknownPlaceholder());
		assertEquals("", new ProjectNameTemplate("{class} {assignment} {student}").unknownPlaceholder());
	}
}
