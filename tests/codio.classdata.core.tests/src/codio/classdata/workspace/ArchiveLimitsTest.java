package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.TestArchives.Spec;

/** Bombs are stopped early by the limits; a cancelled extraction stops and removes what it wrote. */
class ArchiveLimitsTest {

	private static final WorkspaceRoot WS = new WorkspaceRoot("", "ws/");

	@TempDir
	Path temp;

	@Test
	void tooManyEntriesAreRefusedWhileListing() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(file("ws/1", "1"),
				file("ws/2", "2"), file("ws/3", "3"), file("ws/4", "4")));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, new ExtractionLimits(1 << 20, 3, 200))) {
			ArchiveLimitException e = assertThrows(ArchiveLimitException.class,
					() -> archive.list(new NullProgressMonitor()));
			assertEquals("maxEntries", e.limit());
			assertEquals("class.zip", e.archive());
			assertEquals("ws/4", e.entry());
		}
	}

	@Test
	void declaredSizesOverTheTotalAreRefusedBeforeAnythingIsWritten() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.tar"),
				TestArchives.tar(file("ws/a.txt", "a".repeat(600)), file("ws/b.txt", "b".repeat(600))));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, new ExtractionLimits(1000, 100, 200))) {
			ArchiveLimitException e = assertThrows(ArchiveLimitException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
			assertEquals("maxTotalBytes", e.limit());
			assertEquals("ws/b.txt", e.entry());
			assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void aZipEntryThatExpandsTooMuchIsRefusedWhileListing() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.zip"),
				TestArchives.zip(file("ws/zeros.bin", new byte[4 << 20])));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveLimitException e = assertThrows(ArchiveLimitException.class,
					() -> archive.list(new NullProgressMonitor()));
			assertEquals("maxCompressionRatio", e.limit());
			assertEquals("ws/zeros.bin", e.entry());
		}
	}

	@Test
	void aTarGzThatExpandsTooMuchIsRefusedWhileListing() throws Exception {
		Path input = TestArchives.write(temp.resolve("alice.tar.gz"),
				TestArchives.tarGz(file("ws/zeros.bin", new byte[8 << 20])));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveLimitException e = assertThrows(ArchiveLimitException.class,
					() -> archive.list(new NullProgressMonitor()));
			assertEquals("maxCompressionRatio", e.limit());
		}
	}

	@Test
	void anEntryHoldingMoreThanItDeclaresStopsExtractionAndIsRemoved() throws Exception {
		byte[] zip = TestArchives.zip(file("ws/a.txt", "a"), file("ws/liar.bin", random(1 << 20)));
		declareSize(zip, "ws/liar.bin", 100);
		Path input = TestArchives.write(temp.resolve("class.zip"), zip);
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			assertEquals(101, archive.list(new NullProgressMonitor()).totalBytes());
			ArchiveLimitException e = assertThrows(ArchiveLimitException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
			assertEquals("ws/liar.bin", e.entry());
			assertTrue(e.getMessage().contains("more than the 100 bytes it declares"), e.getMessage());
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void cancellingWhileListingStopsWithInterruptedException() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.tar"), TestArchives.tar(file("ws/a.txt", "a")));
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			assertThrows(InterruptedException.class, () -> archive.list(monitor));
		}
	}

	@Test
	void cancellingMidwayStopsExtractionWithInterruptedExceptionAndRemovesWhatWasWritten() throws Exception {
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			specs.add(file("ws/f" + i + ".bin", random(512 * 1024)));
		}
		for (String name : List.of("class.zip", "class.tar.gz")) {
			Spec[] all = specs.toArray(Spec[]::new);
			Path input = TestArchives.write(temp.resolve(name),
					name.endsWith(".zip") ? TestArchives.zip(all) : TestArchives.tarGz(all));
			Path target = temp.resolve("out-" + name);
			CancelOnProgress monitor = new CancelOnProgress();
			try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
				archive.list(new NullProgressMonitor());
				assertThrows(InterruptedException.class, () -> archive.extract(Map.of(WS, target), monitor));
			}
			assertTrue(monitor.worked.get() > 0, "cancelled only once some bytes were written");
			assertFalse(Files.exists(target), name);
		}
	}

	/** Cancels as soon as the first bytes are reported written. */
	private static final class CancelOnProgress extends NullProgressMonitor {
		final AtomicInteger worked = new AtomicInteger();

		@Override
		public void worked(int work) {
			worked.addAndGet(work);
			setCanceled(true);
		}
	}

	/** Rewrites an entry's uncompressed size in the central directory, as a bomb would. */
	private static void declareSize(byte[] zip, String name, int size) {
		byte[] encoded = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < zip.length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
					&& java.util.Arrays.equals(zip, i + 46, i + 46 + encoded.length, encoded, 0, encoded.length)) {
				zip[i + 24] = (byte) size;
				zip[i + 25] = (byte) (size >> 8);
				zip[i + 26] = (byte) (size >> 16);
				zip[i + 27] = (byte) (size >> 24);
				return;
			}
		}
		throw new AssertionError("no central header for " + name);
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}
}
