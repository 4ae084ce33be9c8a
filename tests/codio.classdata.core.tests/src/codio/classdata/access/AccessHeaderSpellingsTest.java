package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Codio does not publish its header line, so every natural spelling of each column is read, and a missing column
 * is named with what it disables instead of being dropped without a word.
 */
class AccessHeaderSpellingsTest {

	private static final String ROW = "alice,alice@school.example,Alice,Archer,2026-02-02 09:00:00,Log In,Unit 1,"
			+ "Student,alice/unit-1,192.0.2.7\n";

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { //
			"Username,Email,First Name,Last Name,Date,Access Type,Unit,Role,Project Path,IP Address",
			"User Name,E-mail Address,First name,Last name,Date/Time,Access type,Unit name,Role In Class,Project path,ip_address",
			"Username,Users registered email address,First name,Last name,Date/time when user logged in,Access type,"
					+ "Unit name,Role in class,Project path,IP address",
			"user_name,email,first_name,last_name,timestamp,access_type,unit,role,project_path,ip",
			"\"LOGIN\",\"Mail\",\"Given Name\",\"Surname\",\"Date & Time\",\"Type\",\"Assignment\",\"Class Role\",\"Path\",\"Client IP\"" })
	void everySpellingOfTheTenColumnsIsRead(String header) throws Exception {
		AccessLog log = AccessCsvText.read(folder, header + "\n" + ROW);

		assertEquals(List.of(), log.missingColumns(), header);
		assertEquals(List.of(), log.extraColumns(), "nothing left over: " + header);
		assertEquals("alice", log.username(0));
		assertEquals("alice@school.example", log.email(0));
		assertEquals("Archer", log.lastName(0));
		assertEquals(AccessType.LOG_IN, log.type(0));
		assertEquals("Unit 1", log.unit(0));
		assertEquals("Student", log.role(0));
		assertEquals("192.0.2.7", log.ip(0), "the IP column is read, so the IP flags can fire");
		assertEquals(List.of(), log.notes());
	}

	@Test
	void aMissingColumnIsNamedWithWhatItDisables() throws Exception {
		AccessLog log = AccessCsvText.read(folder,
				"Username,Date,Access Type,Unit,Role\n" + "alice,2026-02-02 09:00:00,Log In,Unit 1,Student\n");

		assertEquals(List.of(AccessColumn.EMAIL, AccessColumn.FIRST_NAME, AccessColumn.LAST_NAME,
				AccessColumn.PROJECT_PATH, AccessColumn.IP_ADDRESS), log.missingColumns());
		List<String> notes = log.notes();
		assertEquals(4, notes.size(), "first and last name share one note: " + notes);
		assertTrue(notes.get(1).contains("First Name / Last Name"), notes.toString());
		assertTrue(notes.get(3).startsWith("The file has no IP Address column:"), notes.get(3));
		assertTrue(notes.get(3).contains("shared-IP and many-IP flags cannot fire"), notes.get(3));
	}

	@Test
	void aSecondColumnOfTheSameMeaningIsKeptAsAnExtraColumn() throws Exception {
		AccessLog log = AccessCsvText.read(folder,
				"Username,Date,Access Type,IP Address,ip\n" + "alice,2026-02-02 09:00:00,Log In,192.0.2.7,10.0.0.1\n");

		assertEquals("192.0.2.7", log.ip(0));
		assertEquals(List.of("ip"), log.extraColumns());
		assertEquals("10.0.0.1", log.extra(0, 0));
	}

	@Test
	void theContentTypeRecognisesTheSpellingsToo() {
		assertTrue(AccessCsvContentDescriber.isAccessHeader("User Name,Date/Time,Access type,Role In Class"));
		assertTrue(AccessCsvContentDescriber.isAccessHeader("login,timestamp,access_type"));
		assertEquals(false, AccessCsvContentDescriber.isAccessHeader("Name,Date,Amount"));
	}
}
