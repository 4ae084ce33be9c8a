package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessFlagsTest {

	@TempDir
	Path folder;

	private final AccessFlags flags = new AccessFlags().zone(ZoneOffset.UTC);

	@Test
	void flagsAnIpUsedByTwoStudentsWithinHalfAnHourWithTheRowsBehindIt() throws Exception {
		AccessLog log = new AccessCsvText().event("alice", 0, "Log In", "", "192.0.2.5")
				.event("bob", 20, "Log In", "", "192.0.2.5").event("carol", 21, "Log In", "", "198.51.100.9")
				.read(folder);
		Flag flag = only(flags.find(log));
		assertEquals(FlagKind.SHARED_IP, flag.kind());
		assertEquals(List.of("alice", "bob"), flag.who());
		assertEquals(AccessCsvText.at(0), flag.when());
		assertArrayEquals(new int[] { 0, 1 }, flag.rows());
		assertTrue(flag.message().contains("192.0.2.5") && flag.message().contains("may"), flag.message());
		assertTrue(flag.message().contains("worth a look"), flag.message());
	}

	@Test
	void noFlagWhenTheSameIpIsUsedByStudentsHoursApartOrByATeacher() throws Exception {
		AccessLog log = new AccessCsvText().event("alice", 0, "Log In", "", "192.0.2.5")
				.event("bob", 31, "Log In", "", "192.0.2.5").event("tina", 32, "Log In", "", "192.0.2.5", "Teacher")
				.event("alice", 300, "Log In", "", "192.0.2.5").read(folder);
		assertEquals(List.of(), flags.find(log));
	}

	@Test
	void mergesOverlappingWindowsOfOneIpIntoOneFlag() throws Exception {
		AccessCsvText text = new AccessCsvText();
		for (int minute = 0; minute < 120; minute += 10) {
			text.event(minute % 20 == 0 ? "alice" : "bob", minute, "Log In", "", "192.0.2.5");
		}
		Flag flag = only(flags.find(text.read(folder)));
		assertEquals(12, flag.rowCount());
	}

	@Test
	void flagsAStudentActiveFromThreeIpsWithinAnHour() throws Exception {
		AccessLog log = new AccessCsvText().event("dave", 0, "Log In", "", "192.0.2.1")
				.event("dave", 20, "Log In", "", "198.51.100.2").event("dave", 50, "Log In", "", "203.0.113.3")
				.event("dave", 55, "Log In", "", "").read(folder);
		Flag flag = only(flags.find(log));
		assertEquals(FlagKind.MANY_IPS, flag.kind());
		assertEquals(List.of("dave"), flag.who());
		assertArrayEquals(new int[] { 0, 1, 2 }, flag.rows(), "a row without an IP is not behind the flag");
		assertTrue(flag.message().contains("3 IP addresses"), flag.message());
	}

	@Test
	void noFlagForThreeIpsSpreadOverAnAfternoon() throws Exception {
		AccessLog log = new AccessCsvText().event("dave", 0, "Log In", "", "192.0.2.1")
				.event("dave", 50, "Log In", "", "198.51.100.2").event("dave", 110, "Log In", "", "203.0.113.3")
				.read(folder);
		assertEquals(List.of(), flags.find(log));
	}

	@Test
	void flagsActivityOutsideTheClassDatesOncePerStudent() throws Exception {
		AccessLog log = new AccessCsvText().event("erin", -60 * 24, "Log In", "", "192.0.2.1")
				.event("erin", 0, "Log In", "", "192.0.2.1").event("erin", 60 * 24 * 3, "Log In", "", "192.0.2.1")
				.event("erin", 60 * 24 * 3 + 5, "Log Out", "", "192.0.2.1").read(folder);
		// START is Monday 2026-02-02; the class runs 2026-02-02 to 2026-02-04, both days included.
		List<Flag> found = flags.classDates(new ClassDates(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4))).find(log);
		Flag flag = only(found);
		assertEquals(FlagKind.OUTSIDE_CLASS_DATES, flag.kind());
		assertArrayEquals(new int[] { 0, 2, 3 }, flag.rows());
		assertTrue(flag.message().contains("3 times outside the class dates"), flag.message());
	}

	@Test
	void noDateFlagsWithoutClassDatesOrForActivityOnTheLastDay() throws Exception {
		AccessLog log = new AccessCsvText().event("erin", 60 * 14, "Log In", "", "192.0.2.1").read(folder);
		assertEquals(List.of(), flags.find(log));
		assertEquals(List.of(), flags.classDates(ClassDates.parse("..2026-02-02")).find(log),
				"23:00 on the last day is inside");
	}

	private static Flag only(List<Flag> flags) {
		assertEquals(1, flags.size(), flags.toString());
		return flags.get(0);
	}
}
