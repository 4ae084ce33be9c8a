package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymiserTest {

	private static final byte[] SALT = "a colleague's secret".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	private AccessLog sample() throws Exception {
		return AccessCsvText.read(folder, AccessCsvText.HEADER + ",Note\n"
				+ "alice,alice@school.example,Alice,Archer,2026-02-02 09:00:00,Log In,,Student,,192.0.2.7,\n"
				+ "alice,alice@school.example,Alice,Archer,2026-02-02 09:01:00,Project Open,Unit 1,Student,alice/unit-1,192.0.2.7,seen by tina\n"
				+ "tina,tina@school.example,Tina,Turner,2026-02-02 09:02:00,Project Open,Unit 1,Teacher,alice/unit-1,198.51.100.20,from 198.51.100.20\n"
				+ "bob,bob@school.example,Bob,Baker,2026-02-02 09:03:00,Log In,,Student,,192.0.2.7,mail bob@school.example\n");
	}

	@Test
	void leavesNoUsernameNameEmailOrIpOfTheOriginalInTheFile() throws Exception {
		AccessLog log = sample();
		Path out = folder.resolve("shared.csv");
		new Anonymiser(SALT).export(log, all(log), out, false, new NullProgressMonitor());
		String written = Files.readString(out);
		for (String original : List.of("alice", "Alice", "Archer", "tina", "Tina", "Turner", "bob", "Bob", "Baker",
				"school.example", "192.0.2.7", "198.51.100.20")) {
			assertFalse(written.contains(original), original + " remains in:\n" + written);
		}
		AccessLog reread = AccessCsvText.read(folder, written);
		assertEquals(4, reread.size());
		assertEquals(reread.username(0), reread.username(1), "one person keeps one pseudonym");
		assertTrue(reread.username(0).matches("student-[0-9a-f]{8}"), reread.username(0));
		assertTrue(reread.username(2).matches("teacher-[0-9a-f]{8}"), reread.username(2));
		assertEquals(reread.username(0) + "@example.invalid", reread.email(0));
		assertEquals(reread.username(0) + "/unit-1", reread.projectPath(2),
				"the project path of a student opened by the teacher names the student's pseudonym");
		assertEquals(reread.ip(0), reread.ip(3), "one IP keeps one pseudonym");
		assertTrue(reread.ip(0).startsWith("10."), reread.ip(0));
		assertEquals("seen by " + reread.username(2), reread.extra(1, 0));
		assertEquals("Unit 1", reread.unit(1), "units are not personal");
		assertEquals(log.instant(3), reread.instant(3));
	}

	@Test
	void theSameSaltGivesTheSamePseudonymsAcrossRunsAndAnotherSaltOthers() {
		assertEquals(new Anonymiser(SALT).user("alice", false), new Anonymiser(SALT).user("alice", false));
		assertEquals(new Anonymiser(SALT).ip("192.0.2.7"), new Anonymiser(SALT).ip("192.0.2.7"));
		assertNotEquals(new Anonymiser(SALT).user("alice", false), Anonymiser.withRandomSalt().user("alice", false));
		assertNotEquals(new Anonymiser(SALT).user("alice", false), new Anonymiser(SALT).user("bob", false));
	}

	@Test
	void theSameSaltWritesTheSameFileTwice() throws Exception {
		AccessLog log = sample();
		new Anonymiser(SALT).export(log, all(log), folder.resolve("one.csv"), false, new NullProgressMonitor());
		new Anonymiser(SALT).export(log, all(log), folder.resolve("two.csv"), false, new NullProgressMonitor());
		assertEquals(Files.readString(folder.resolve("one.csv")), Files.readString(folder.resolve("two.csv")));
	}

	@Test
	void distinctIpsGetDistinctPseudonymsEvenWhenTheirDigestsCollide() {
		Anonymiser anonymiser = new Anonymiser(SALT);
		// 5000 addresses in a 24-bit space: collisions of the first digest are likely (~50%), and must be resolved.
		long distinct = IntStream.range(0, 5000).mapToObj(i -> anonymiser.ip("203.0." + i / 250 + "." + i % 250))
				.distinct().count();
		assertEquals(5000, distinct);
	}

	private static int[] all(AccessLog log) {
		return IntStream.range(0, log.size()).toArray();
	}
}
