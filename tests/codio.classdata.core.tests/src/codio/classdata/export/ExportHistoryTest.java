package codio.classdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.ExportKind;

class ExportHistoryTest {

	@Test
	void linksDownloadedButNotStartedHereDoNotBreakLaterExports(@TempDir Path folder) throws Exception {
		ExportHistory history = new ExportHistory(folder.resolve("history.json"));
		history.recordDownloaded("https://archives.example.org/temporary/unit.csv", folder.resolve("unit.csv"), 42);

		history.recordStarted("class-1", ExportKind.WORKDATA, "task-1", Instant.parse("2026-11-28T10:00:00Z"));
		history.recordFinished("class-1", ExportKind.WORKDATA, "task-1", "https://archives.example.org/x.zip");

		ExportHistory reread = new ExportHistory(folder.resolve("history.json"));
		assertEquals(2, reread.entries().size());
		assertTrue(reread.find("class-1", ExportKind.WORKDATA, "task-1").isPresent());
		assertEquals(42L, reread.findByUrl("https://archives.example.org/temporary/unit.csv").get().size());
	}
}
