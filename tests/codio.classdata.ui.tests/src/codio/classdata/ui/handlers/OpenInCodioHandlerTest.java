package codio.classdata.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import codio.classdata.api.Assignment;
import codio.classdata.api.ConnectionSettings;
import codio.classdata.api.Course;
import codio.classdata.ui.views.AssignmentNode;
import codio.classdata.ui.views.ClassFolder;

class OpenInCodioHandlerTest {

	private static final Course COURSE = new Course("c0ffee", "CS 101", null, null, null, null, null, null, null,
			null, false);
	private static final ConnectionSettings UK = new ConnectionSettings("codio.co.uk", "", "", "id");

	@Test
	void aClassOpensItsOverviewOnTheSignedInDomain() {
		assertEquals(Optional.of(URI.create("https://codio.co.uk/home/teacher/c0ffee/overview")),
				OpenInCodioHandler.pageOf(COURSE, UK));
	}

	@Test
	void anAssignmentOpensItsGradingQueue() {
		AssignmentNode node = new AssignmentNode(COURSE, new Assignment("a1", "Loops"));

		assertEquals(Optional.of(URI.create("https://codio.co.uk/home/teacher/c0ffee/grading-queue?assignmentId=a1")),
				OpenInCodioHandler.pageOf(node, UK));
	}

	@Test
	void otherElementsHaveNoPage() {
		assertEquals(Optional.empty(), OpenInCodioHandler.pageOf(new ClassFolder(COURSE, ClassFolder.Kind.EXPORTS), UK));
	}
}
