package codio.classdata.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCsvWriterTest {

	@TempDir
	Path folder;

	@Test
	void writesTheChosenRowsWithAllColumnsSoThatTheyReadBackTheSame() throws Exception {
		AccessLog log = AccessCsvText.read(folder, AccessCsvText.HEADER + ",Browser\n"
				+ "alice,a@e,Alice,Archer,2026-02-02 09:00:00,Log In,,Student,,192.0.2.7,Firefox\n"
				+ "bob,b@e,Bob,\"Baker, Jr.\",2026-02-02T09:01:00.500Z,Project Open,Unit 1,Student,bob/unit-1,192.0.2.8,Chrome\n"
				+ "carol,c@e,Carol,Cole,2026-02-02 09:02:00,Log In,,Student,,192.0.2.9,Safari\n");
		Path out = folder.resolve("filtered.csv");
		new AccessCsvWriter(log).write(new int[] { 1, 2 }, out, new NullProgressMonitor());
		AccessLog back = new AccessLogReader(out).read(new NullProgressMonitor());
		assertEquals(2, back.size());
		assertEquals(List.of("Browser"), back.extraColumns());
		assertEquals("Baker, Jr.", back.lastName(0));
		assertEquals(log.instant(1), back.instant(0), "milliseconds survive");
		assertEquals("Chrome", back.extra(0, 0));
		assertEquals("carol", back.username(1));
		assertEquals(List.of(out), listing(), "no temporary file is left beside it");
	}

	@Test
	void neverReplacesAnExistingFileUnlessAsked() throws Exception {
		AccessLog log = new AccessCsvText().event("alice", 0, "Log In", "", "192.0.2.1").read(folder);
		Path out = Files.writeString(folder.resolve("mine.csv"), "precious");
		FileAlreadyExistsException refused = assertThrows(FileAlreadyExistsException.class,
				() -> new AccessCsvWriter(log).write(new int[] { 0 }, out, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("mine.csv already exists"), refused.getMessage());
		assertEquals("precious", Files.readString(out));

		new AccessCsvWriter(log).replaceExisting(true).write(new int[] { 0 }, out, new NullProgressMonitor());
		assertTrue(Files.readString(out).startsWith("Username,Email"), "replaced when asked");
	}

	private List<Path> listing() throws Exception {
		try (var files = Files.list(folder)) {
			return files.filter(file -> !file.getFileName().toString().startsWith("access")).toList();
		}
	}
}
