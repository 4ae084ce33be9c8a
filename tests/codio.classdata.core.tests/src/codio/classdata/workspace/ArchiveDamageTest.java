package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken inputs fail with a message that names the archive and says what is wrong, never half silently. */
class ArchiveDamageTest {

	private static final WorkspaceRoot WS = new WorkspaceRoot("", "ws/");

	@TempDir
	Path temp;

	@Test
	void aZipCutInHalfIsReportedAsTruncated() throws Exception {
		byte[] zip = TestArchives.zip(file("ws/a.txt", "a".repeat(5000)), file("ws/b.txt", random(5000)));
		Path input = TestArchives.write(temp.resolve("class.zip"), Arrays.copyOf(zip, zip.length / 2));
		ArchiveException e = assertThrows(ArchiveException.class,
				() -> WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS));
		assertTrue(e.getMessage().startsWith("class.zip is truncated or damaged"), e.getMessage());
		assertEquals("class.zip", e.archive());
	}

	@Test
	void aTarZstCutShortIsReportedAsTruncatedNamingTheEntry() throws Exception {
		byte[] tarZst = TestArchives.tarZst(file("ws/a.txt", "a"), file("ws/code/Main.java", random(1_000_000)),
				file("ws/z.txt", "z"));
		Path input = TestArchives.write(temp.resolve("alice.tar.zst"), Arrays.copyOf(tarZst, tarZst.length * 3 / 5));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveException e = assertThrows(ArchiveException.class, () -> archive.list(new NullProgressMonitor()));
			assertTrue(e.getMessage().startsWith("alice.tar.zst is truncated or damaged"), e.getMessage());
			assertTrue(e.getMessage().contains("at entry ws/code/Main.java"), e.getMessage());
			assertEquals("ws/code/Main.java", e.entry());
		}
	}

	@Test
	void aCorruptEntryFailsExtractionWithACrcErrorAndLeavesNothingBehind() throws Exception {
		byte[] payload = "the original content of the file".getBytes(StandardCharsets.UTF_8);
		byte[] zip = TestArchives.zip(file("ws/a.txt", "a"), TestArchives.stored("ws/code/Main.java", payload));
		int at = indexOf(zip, payload);
		zip[at + 4] ^= 0x20; // one flipped bit in the stored data; the CRC no longer matches
		Path input = TestArchives.write(temp.resolve("class.zip"), zip);
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveException e = assertThrows(ArchiveException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
			assertEquals("ws/code/Main.java", e.entry());
			assertTrue(e.getMessage().contains("CRC"), e.getMessage());
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void anEntryNameLongerThanTheFileSystemAllowsIsOnePlainSentenceAndLeavesNothingBehind() throws Exception {
		// every part fits in 255 bytes (longer parts are skipped when listing), the whole is past Linux's 4096
		String longName = "ws/code/" + ("d".repeat(200) + "/").repeat(22) + "N.java";
		Path input = TestArchives.write(temp.resolve("class.zip"),
				TestArchives.zip(file("ws/a.txt", "a"), file(longName, "class N {}")));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveException e = assertThrows(ArchiveException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
			assertEquals(longName, e.entry());
			assertEquals("class.zip", e.archive());
			assertTrue(e.getMessage().startsWith("class.zip: the entry ws/code/ddd"), e.getMessage());
			assertTrue(e.getMessage().contains("/N.java could not be written to "), e.getMessage());
			assertTrue(e.getMessage().contains("longer than this file system allows"), e.getMessage());
			assertFalse(e.getMessage().contains("FileSystemException"), e.getMessage());
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void everyRefusalOfTheSystemGetsItsReasonInWords() {
		assertTrue(WriteRefusal.reason(new java.nio.file.FileSystemException("/x", null, "No space left on device"))
				.startsWith("the disk is full"));
		assertTrue(WriteRefusal.reason(new java.nio.file.AccessDeniedException("/x")).startsWith("permission denied"));
		assertTrue(WriteRefusal.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system"))
				.startsWith("the file system is read-only"));
		assertEquals(null, WriteRefusal.reason(new java.io.IOException("stream closed")), "not a refusal");
	}

	@Test
	void anEncryptedEntryIsRefusedNamingIt() throws Exception {
		byte[] zip = TestArchives.zip(file("ws/a.txt", "a"), file("ws/secret.txt", "s"));
		setEncryptionFlag(zip, "ws/secret.txt");
		Path input = TestArchives.write(temp.resolve("class.zip"), zip);
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveException e = assertThrows(ArchiveException.class, () -> archive.list(new NullProgressMonitor()));
			assertEquals("ws/secret.txt", e.entry());
			assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
		}
	}

	/** Sets bit 0 (encrypted) of the general purpose flags of an entry in its local and central headers. */
	static void setEncryptionFlag(byte[] zip, String name) {
		byte[] encodedName = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < zip.length; i++) {
			boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
			boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
			int nameAt = local ? i + 30 : i + 46;
			if ((local || central) && Arrays.equals(zip, nameAt, nameAt + encodedName.length, encodedName, 0,
					encodedName.length)) {
				zip[i + (local ? 6 : 8)] |= 1;
			}
		}
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		for (int i = 0; i + needle.length <= haystack.length; i++) {
			if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		throw new AssertionError("not found");
	}

	private static String random(int length) {
		Random random = new Random(length);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}
}
