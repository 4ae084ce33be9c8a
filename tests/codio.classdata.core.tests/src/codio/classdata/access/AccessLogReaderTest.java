package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogReaderTest {

	@TempDir
	Path folder;

	@Test
	void readsCodiosColumnOrderWithEveryValue() throws Exception {
		AccessLog log = AccessCsvText.read(folder, AccessCsvText.HEADER + "\n"
				+ "alice,alice@school.example,Alice,Archer,2026-02-02 09:00:00,Log In,,Student,,192.0.2.7\n"
				+ "alice,alice@school.example,Alice,Archer,2026-02-02 09:01:00,Project Open,Unit 1,Student,alice/unit-1,192.0.2.7\n");
		assertEquals(2, log.size());
		assertEquals("alice", log.username(1));
		assertEquals("alice@school.example", log.email(1));
		assertEquals("Alice", log.firstName(1));
		assertEquals("Archer", log.lastName(1));
		assertEquals(Instant.parse("2026-02-02T09:01:00Z"), log.instant(1));
		assertEquals(AccessType.PROJECT_OPEN, log.type(1));
		assertEquals("Unit 1", log.unit(1));
		assertEquals("Student", log.role(1));
		assertEquals("alice/unit-1", log.projectPath(1));
		assertEquals("192.0.2.7", log.ip(1));
		assertEquals("", log.unit(0));
		assertEquals(0, log.badRows().count());
	}

	@Test
	void findsColumnsByHeaderInAnyOrderIgnoringCaseAndSpaces() throws Exception {
		AccessLog log = AccessCsvText.read(folder, " ip address ,ACCESS TYPE,date,username , Unit\n"
				+ "198.51.100.4,Log Out,2026-02-02T10:00:00Z,bob,Unit 2\n");
		assertEquals("bob", log.username(0));
		assertEquals(AccessType.LOG_OUT, log.type(0));
		assertEquals("198.51.100.4", log.ip(0));
		assertEquals("Unit 2", log.unit(0));
		assertEquals("", log.email(0), "a column the file lacks reads as empty");
		assertEquals(Set.of(AccessColumn.IP_ADDRESS, AccessColumn.ACCESS_TYPE, AccessColumn.DATE,
				AccessColumn.USERNAME, AccessColumn.UNIT), log.presentColumns());
	}

	@Test
	void keepsUnknownColumnsAsExtrasPerRow() throws Exception {
		AccessLog log = AccessCsvText.read(folder, "Username,Session Id,Date,Access Type,Browser\n"
				+ "alice,s-1,2026-02-02 09:00:00,Log In,Firefox\n" + "bob,s-2,2026-02-02 09:05:00,Log In,Chrome\n");
		assertEquals(List.of("Session Id", "Browser"), log.extraColumns());
		assertEquals("s-2", log.extra(1, 0));
		assertEquals("Firefox", log.extra(0, 1));
	}

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
		String content = "Username,First Name,Date,Access Type\nzoë,Zoë,2026-02-02 09:00:00,Log In\n";
		for (boolean bom : new boolean[] { true, false }) {
			byte[] body = content.getBytes(StandardCharsets.UTF_8);
			byte[] bytes = bom ? concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, body) : body;
			AccessLog log = AccessLogReader.read(new ByteArrayInputStream(bytes), "bom.csv", bytes.length,
					new NullProgressMonitor());
			assertEquals(1, log.size(), "with BOM " + bom);
			assertEquals("zoë", log.username(0), "the first header is found after a BOM too");
			assertEquals("Zoë", log.firstName(0));
		}
	}

	@Test
	void readsCodioDatesAsUtcAndIsoDatesWithTheirOffset() throws Exception {
		AccessLog log = AccessCsvText.read(folder, "Username,Date,Access Type\n" + "a,2026-02-02 09:00:00,Log In\n"
				+ "a,2026-02-02T09:00:00Z,Log In\n" + "a,2026-02-02T10:00:00+01:00,Log In\n"
				+ "a,2026-02-02T04:00:00.250-0500,Log In\n" + "a,2026-02-02T09:00:00,Log In\n"
				+ "a,2026-02-02T10:00:00+01:00[Europe/Paris],Log In\n");
		Instant nine = Instant.parse("2026-02-02T09:00:00Z");
		assertEquals(6, log.size(), log.badRows().toString());
		for (int row = 0; row < log.size(); row++) {
			assertEquals(row == 3 ? nine.plusMillis(250) : nine, log.instant(row), "row " + row);
		}
	}

	@Test
	void countsBadRowsWithLineNumbersAndKeepsLoading() throws Exception {
		AccessLog log = AccessCsvText.read(folder, "Username,Date,Access Type\n" // line 1
				+ "a,2026-02-02 09:00:00,Log In\n" // 2
				+ "b,yesterday,Log In\n" // 3: date
				+ "c,2026-02-02 09:00:00,Teleport\n" // 4: type
				+ "d,2026-02-02 09:00:00\n" // 5: too few values
				+ "e,2026-13-40 09:00:00,Log In\n" // 6: no such day
				+ "\"f\nf\",2026-02-02 09:00:00,Log In,extra\n" // 7-8: too many values, over two lines
				+ "g,2026-02-02 09:05:00,log out\n"); // 9: type spelled loosely, fine
		assertEquals(List.of("a", "g"), List.of(log.username(0), log.username(1)));
		assertEquals(AccessType.LOG_OUT, log.type(1));
		assertEquals(5, log.badRows().count());
		List<BadRow> bad = log.badRows().first();
		assertEquals(List.of(3L, 4L, 5L, 6L, 7L), bad.stream().map(BadRow::line).toList());
		assertTrue(bad.get(0).reason().contains("yesterday"), bad.get(0).reason());
		assertTrue(bad.get(1).reason().contains("Teleport"), bad.get(1).reason());
		assertTrue(bad.get(2).reason().contains("2 values"), bad.get(2).reason());
	}

	@Test
	void keepsTheFirstTwentyBadRowsButCountsAll() throws Exception {
		AccessCsvText text = new AccessCsvText();
		for (int i = 0; i < 30; i++) {
			text.line("x,x@e,X,Y,not a date,Log In,,Student,,");
		}
		text.event("alice", 1, "Log In", "", "192.0.2.1");
		AccessLog log = text.read(folder);
		assertEquals(1, log.size());
		assertEquals(30, log.badRows().count());
		assertEquals(BadRows.KEPT, log.badRows().first().size());
		assertEquals(21L, log.badRows().first().get(19).line());
	}

	@Test
	void refusesACsvWithoutTheAccessColumnsNamingTheFileAndTheMissingOnes() throws Exception {
		Path grades = folder.resolve("grades.csv");
		Files.writeString(grades, "Student,Email,Grade\nalice,a@e,A\n");
		AccessDataException refused = assertThrows(AccessDataException.class,
				() -> new AccessLogReader(grades).read(new NullProgressMonitor()));
		String message = refused.getMessage();
		assertTrue(message.startsWith("grades.csv is not a User Access Data file"), message);
		assertTrue(message.contains("no Username, Date, Access Type columns"), message);
		assertTrue(message.contains("\"Student\", \"Email\", \"Grade\""), message);
	}

	@Test
	void refusesABinaryFile() throws Exception {
		Path zip = folder.resolve("class.zip");
		Files.write(zip, new byte[] { 'P', 'K', 3, 4, 0, 0, 20, 0 });
		AccessDataException refused = assertThrows(AccessDataException.class,
				() -> new AccessLogReader(zip).read(new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("class.zip is not a text file"), refused.getMessage());
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		Path empty = Files.createFile(folder.resolve("empty.csv"));
		AccessDataException refused = assertThrows(AccessDataException.class,
				() -> new AccessLogReader(empty).read(new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("empty.csv is empty"), refused.getMessage());
	}

	@Test
	void reportsProgressAsItReadsAndStopsWithInterruptedExceptionWhenCancelled() throws Exception {
		AccessCsvText text = new AccessCsvText();
		for (int i = 0; i < 100_000; i++) {
			text.event("user" + (i % 50), i / 10.0, "Log In", "", "192.0.2." + (i % 200));
		}
		Path file = Files.writeString(folder.resolve("big.csv"), text.toString());
		long[] worked = new long[1];
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				worked[0] += work;
				setCanceled(true);
			}
		};
		assertThrows(InterruptedException.class, () -> new AccessLogReader(file).read(cancelling));
		assertTrue(worked[0] > 0, "progress in KiB read is reported before the cancel is seen");

		long[] begun = new long[1];
		long[] total = new long[1];
		new AccessLogReader(file).read(new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int work) {
				begun[0] = work;
			}

			@Override
			public void worked(int work) {
				total[0] += work;
			}
		});
		assertTrue(begun[0] > 0 && total[0] >= begun[0] * 99 / 100,
				"progress reaches the end: " + total[0] + " of " + begun[0]);
	}

	@Test
	void aFileReadInPiecesEqualsTheSameFileReadWhole() throws Exception {
		StringBuilder text = new StringBuilder("\uFEFF" + AccessCsvText.HEADER + "\r\n");
		for (int i = 0; i < 3000; i++) {
			String user = "user" + (i * 7 % 41);
			String unit = i % 5 == 0 ? "\"Unit " + (i % 9) + ", part two\"" : "Unit " + (i % 9);
			String date = i % 97 == 0 ? "not a date" : String.format(Locale.ROOT, "2026-02-%02d %02d:%02d:00", 1 + i % 28, i % 24,
					i % 60);
			text.append(String.join(",", user, user + "@school.example", "First", "Last", date, "Project Open", unit,
					"Student", user + "/u", "192.0.2." + (i % 13))).append(i % 3 == 0 ? "\r\n" : "\n");
			if (i % 250 == 0) {
				text.append("\n"); // blank lines count as lines
			}
		}
		Path file = Files.writeString(folder.resolve("pieces.csv"), text);
		try (FileChannel channel = FileChannel.open(file)) {
			assertEquals(7, FileChunks.split(channel, 7, 1000).size(), "the file really is read in pieces");
		}
		AccessLog whole = new AccessLogReader(file, 1, Long.MAX_VALUE).read(new NullProgressMonitor());
		AccessLog pieces = new AccessLogReader(file, 7, 1000).read(new NullProgressMonitor());
		assertSameLog(whole, pieces);
		assertEquals(3000 - 31, pieces.size());
		assertEquals(31, pieces.badRows().count());
		assertEquals(whole.badRows().first(), pieces.badRows().first(), "bad rows keep their lines in the file");
		assertEquals(2L, pieces.badRows().first().get(0).line());
	}

	@Test
	void aQuotedLineBreakWhereTheFileIsSplitFallsBackToOnePiece() throws Exception {
		AccessCsvText text = new AccessCsvText();
		text.event("alice", 1, "Log In", "", "192.0.2.1");
		// a value of many lines across the middle of the file, where the split looks for a line break
		text.line("bob,b@e,Bob,B,2026-02-02 09:02:00,Project Open,\"Unit 1" + "\nnotes".repeat(400)
				+ "\",Student,bob/u1,192.0.2.2");
		text.event("carol", 3, "Log Out", "", "192.0.2.3");
		Path file = Files.writeString(folder.resolve("quoted.csv"), text.toString());
		try (FileChannel channel = FileChannel.open(file)) {
			assertEquals(2, FileChunks.split(channel, 2, 100).size(), "a split is tried");
		}
		AccessLog log = new AccessLogReader(file, 2, 100).read(new NullProgressMonitor());
		assertEquals(3, log.size(), log.badRows().toString());
		assertEquals(List.of("alice", "bob", "carol"), List.of(log.username(0), log.username(1), log.username(2)));
		assertTrue(log.unit(1).startsWith("Unit 1\nnotes\n"), "the value keeps its line breaks");
		assertSameLog(new AccessLogReader(file, 1, Long.MAX_VALUE).read(new NullProgressMonitor()), log);
	}

	private static void assertSameLog(AccessLog expected, AccessLog actual) {
		assertEquals(expected.size(), actual.size());
		assertEquals(expected.badRows().count(), actual.badRows().count());
		for (AccessColumn column : AccessColumn.values()) {
			if (column == AccessColumn.DATE || column == AccessColumn.ACCESS_TYPE) {
				continue;
			}
			StringColumn want = expected.column(column);
			StringColumn got = actual.column(column);
			assertEquals(want.distinctValues(), got.distinctValues(), column.toString());
			for (int row = 0; row < expected.size(); row++) {
				assertEquals(want.code(row), got.code(row), column + " code, row " + row);
				assertEquals(want.value(row), got.value(row), column + ", row " + row);
			}
		}
		for (int row = 0; row < expected.size(); row++) {
			assertEquals(expected.epochMilli(row), actual.epochMilli(row), "time, row " + row);
			assertEquals(expected.type(row), actual.type(row), "type, row " + row);
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = new byte[a.length + b.length];
		System.arraycopy(a, 0, joined, 0, a.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}
}
