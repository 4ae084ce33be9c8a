package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogFilterTest {

	@TempDir
	Path folder;

	private AccessLog log;

	@BeforeEach
	void load() throws Exception {
		log = new AccessCsvText().event("alice", 0, "Log In", "", "192.0.2.1") // 0
				.event("alice", 1, "Project Open", "Unit 1", "192.0.2.1") // 1
				.event("bob", 2, "Log In", "", "198.51.100.2") // 2
				.event("bob", 3, "Project Open", "Unit 2", "198.51.100.2") // 3
				.event("tina", 4, "Project Open", "Unit 1", "203.0.113.3", "Teacher") // 4
				.event("alice", 60, "Project Close", "Unit 1", "192.0.2.1") // 5
				.read(folder);
	}

	@Test
	void withNothingSetMatchesEveryRow() {
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5 }, new AccessLogFilter().apply(log));
	}

	@Test
	void textMatchesAnyColumnIgnoringCase() {
		assertArrayEquals(new int[] { 2, 3 }, new AccessLogFilter().text("BOB").apply(log));
		assertArrayEquals(new int[] { 3 }, new AccessLogFilter().text("unit-2").apply(log), "project path");
		assertArrayEquals(new int[] { 4 }, new AccessLogFilter().text("203.0.113").apply(log), "IP");
		assertArrayEquals(new int[] { 4 }, new AccessLogFilter().text("teach").apply(log), "role");
		assertArrayEquals(new int[] { 5 }, new AccessLogFilter().text("close").apply(log), "access type");
		assertArrayEquals(new int[] {}, new AccessLogFilter().text("nobody").apply(log));
	}

	@Test
	void combinesStudentUnitTypeRoleAndRange() {
		assertArrayEquals(new int[] { 1, 5 }, new AccessLogFilter().student("alice").unit("Unit 1").apply(log));
		assertArrayEquals(new int[] { 1, 3, 4 },
				new AccessLogFilter().types(EnumSet.of(AccessType.PROJECT_OPEN)).apply(log));
		assertArrayEquals(new int[] { 1, 3 }, new AccessLogFilter().types(EnumSet.of(AccessType.PROJECT_OPEN))
				.role("student").apply(log));
		assertArrayEquals(new int[] { 1, 2, 3 },
				new AccessLogFilter().between(AccessCsvText.at(1), AccessCsvText.at(4)).apply(log),
				"from inclusive, until exclusive");
		assertArrayEquals(new int[] { 4 }, new AccessLogFilter().unit("Unit 1").role("Teacher").text("tina")
				.between(AccessCsvText.at(0), null).apply(log));
	}

	@Test
	void anUnknownStudentOrUnitMatchesNothing() {
		assertArrayEquals(new int[] {}, new AccessLogFilter().student("zed").apply(log));
		assertArrayEquals(new int[] {}, new AccessLogFilter().unit("Unit 9").apply(log));
	}
}
