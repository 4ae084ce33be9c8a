package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session pairing: how Project Open and Project Close become time per unit. */
class StudentSummaryTest {

	private static final String IP = "192.0.2.10";

	@TempDir
	Path folder;

	@Test
	void pairsOpenWithCloseAndCountsSessionsLastLoginAndIps() throws Exception {
		AccessLog log = new AccessCsvText().event("alice", 0, "Log In", "", IP)
				.event("alice", 1, "Project Open", "Unit 1", IP).event("alice", 31, "Project Close", "Unit 1", IP)
				.event("alice", 32, "Log Out", "", IP).event("alice", 600, "Log In", "", "198.51.100.3")
				.event("alice", 601, "Project Open", "Unit 1", "198.51.100.3")
				.event("alice", 611, "Project Close", "Unit 1", "198.51.100.3").read(folder);
		StudentSummary alice = only(StudentSummaries.of(log));
		assertEquals(2, alice.sessions());
		assertEquals(AccessCsvText.at(600), alice.lastLogin());
		assertEquals(List.of(new UnitTime("Unit 1", Duration.ofMinutes(40), 2, false)), alice.units());
		assertEquals(List.of("192.0.2.10", "198.51.100.3"), alice.ips());
		assertEquals(7, alice.events());
		assertTrue(alice.isStudent());
	}

	@Test
	void anOpenWithoutCloseEndsAtTheNextLogOut() throws Exception {
		AccessLog log = new AccessCsvText().event("bob", 0, "Log In", "", IP)
				.event("bob", 5, "Project Open", "Unit 2", IP).event("bob", 50, "Log Out", "", IP).read(folder);
		assertEquals(List.of(new UnitTime("Unit 2", Duration.ofMinutes(45), 1, false)),
				only(StudentSummaries.of(log)).units());
	}

	@Test
	void anOpenWithoutCloseOrLogOutIsCappedAndMarkedEstimated() throws Exception {
		AccessLog log = new AccessCsvText().event("bob", 0, "Log In", "", IP)
				.event("bob", 5, "Project Open", "Unit 2", IP).read(folder);
		StudentSummary bob = only(new StudentSummaries(Duration.ofMinutes(90)).summarise(log, RowFilter.ALL));
		assertEquals(List.of(new UnitTime("Unit 2", Duration.ofMinutes(90), 1, true)), bob.units());
		assertTrue(bob.estimated());
	}

	@Test
	void aLogOutLongAfterTheOpenCountsOnlyTheCapAndIsEstimated() throws Exception {
		AccessLog log = new AccessCsvText().event("bob", 5, "Project Open", "Unit 2", IP)
				.event("bob", 5 + 6 * 60, "Log Out", "", IP).read(folder);
		assertEquals(List.of(new UnitTime("Unit 2", StudentSummaries.DEFAULT_MAX_OPEN, 1, true)),
				only(StudentSummaries.of(log)).units());
	}

	@Test
	void aNewLogInEndsAnOpenOfASessionThatNeverLoggedOutAsAnEstimate() throws Exception {
		AccessLog log = new AccessCsvText().event("bob", 0, "Project Open", "Unit 2", IP)
				.event("bob", 20, "Log In", "", IP).read(folder);
		assertEquals(List.of(new UnitTime("Unit 2", Duration.ofMinutes(20), 1, true)),
				only(StudentSummaries.of(log)).units());
	}

	@Test
	void aSecondOpenOfAnOpenProjectIsTheSameVisit() throws Exception {
		AccessLog log = new AccessCsvText().event("carol", 0, "Project Open", "Unit 1", IP)
				.event("carol", 10, "Project Open", "Unit 1", IP).event("carol", 30, "Project Close", "Unit 1", IP)
				.read(folder);
		assertEquals(List.of(new UnitTime("Unit 1", Duration.ofMinutes(30), 1, false)),
				only(StudentSummaries.of(log)).units());
	}

	@Test
	void overlappingOpensOfTwoUnitsEachCountTheirOwnTime() throws Exception {
		AccessLog log = new AccessCsvText().event("carol", 0, "Project Open", "Unit 1", IP)
				.event("carol", 10, "Project Open", "Unit 2", IP).event("carol", 20, "Project Close", "Unit 1", IP)
				.event("carol", 40, "Project Close", "Unit 2", IP).read(folder);
		assertEquals(List.of(new UnitTime("Unit 1", Duration.ofMinutes(20), 1, false),
				new UnitTime("Unit 2", Duration.ofMinutes(30), 1, false)), only(StudentSummaries.of(log)).units());
	}

	@Test
	void aCloseWithoutAnOpenIsIgnored() throws Exception {
		AccessLog log = new AccessCsvText().event("dave", 0, "Log In", "", IP)
				.event("dave", 10, "Project Close", "Unit 1", IP).event("dave", 20, "Log Out", "", IP).read(folder);
		StudentSummary dave = only(StudentSummaries.of(log));
		assertEquals(List.of(), dave.units());
		assertEquals(Duration.ZERO, dave.totalTime());
		assertFalse(dave.estimated());
	}

	@Test
	void pairsInTimeOrderWhateverTheFileOrder() throws Exception {
		AccessLog log = new AccessCsvText().event("erin", 30, "Project Close", "Unit 1", IP)
				.event("erin", 0, "Project Open", "Unit 1", IP).read(folder);
		assertEquals(List.of(new UnitTime("Unit 1", Duration.ofMinutes(30), 1, false)),
				only(StudentSummaries.of(log)).units());
	}

	@Test
	void keepsPeopleApartAndTellsTeachersFromStudents() throws Exception {
		AccessLog log = new AccessCsvText().event("tina", 0, "Project Open", "Unit 1", IP, "Teacher")
				.event("sam", 1, "Project Open", "Unit 1", IP).event("tina", 11, "Project Close", "Unit 1", IP, "Teacher")
				.event("sam", 31, "Project Close", "Unit 1", IP).read(folder);
		List<StudentSummary> people = StudentSummaries.of(log);
		assertEquals(List.of("sam", "tina"), people.stream().map(StudentSummary::username).toList());
		assertEquals(Duration.ofMinutes(30), people.get(0).totalTime());
		assertEquals(Duration.ofMinutes(11), people.get(1).totalTime());
		assertTrue(people.get(1).isTeacher());
		assertFalse(people.get(1).isStudent());
		assertNull(people.get(0).lastLogin(), "no Log In, no last login");
	}

	private static StudentSummary only(List<StudentSummary> summaries) {
		assertEquals(1, summaries.size(), summaries.toString());
		return summaries.get(0);
	}
}
