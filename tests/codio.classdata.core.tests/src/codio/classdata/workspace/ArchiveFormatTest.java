package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFormatTest {

	@TempDir
	Path dir;

	@Test
	void eachFormatIsKnownByItsNameAndConfirmedByItsFirstBytes() throws IOException {
		assertEquals(ArchiveFormat.ZIP, ArchiveFormat.of(TestArchives.write(dir.resolve("a.zip"),
				TestArchives.zip(file("x", "1")))));
		assertEquals(ArchiveFormat.ZIP, ArchiveFormat.of(TestArchives.write(dir.resolve("empty.ZIP"),
				TestArchives.zip())));
		assertEquals(ArchiveFormat.TAR, ArchiveFormat.of(TestArchives.write(dir.resolve("a.tar"),
				TestArchives.tar(file("x", "1")))));
		assertEquals(ArchiveFormat.TAR_GZ, ArchiveFormat.of(TestArchives.write(dir.resolve("a.tar.gz"),
				TestArchives.tarGz(file("x", "1")))));
		assertEquals(ArchiveFormat.TAR_GZ, ArchiveFormat.of(TestArchives.write(dir.resolve("a.tgz"),
				TestArchives.tarGz(file("x", "1")))));
		assertEquals(ArchiveFormat.TAR_ZST, ArchiveFormat.of(TestArchives.write(dir.resolve("a.tar.zst"),
				TestArchives.tarZst(file("x", "1")))));
		assertEquals(ArchiveFormat.TAR_ZST, ArchiveFormat.of(TestArchives.write(dir.resolve("a.tzst"),
				TestArchives.tarZst(file("x", "1")))));
		assertEquals(ArchiveFormat.FOLDER, ArchiveFormat.of(dir));
	}

	@Test
	void aFileWhoseContentDoesNotMatchItsNameIsRefusedNamingTheFile() throws IOException {
		Path renamed = TestArchives.write(dir.resolve("class.zip"), TestArchives.tarGz(file("x", "1")));
		ArchiveException e = assertThrows(ArchiveException.class, () -> ArchiveFormat.of(renamed));
		assertTrue(e.getMessage().startsWith("class.zip is not a zip, tar, tar.gz or tar.zst archive"),
				e.getMessage());
		assertEquals("class.zip", e.archive());
	}

	@Test
	void aFileOfAnUnknownNameIsRefused() throws IOException {
		Path html = Files.writeString(dir.resolve("export.html"), "<html>expired</html>");
		ArchiveException e = assertThrows(ArchiveException.class, () -> WorkspaceArchive.open(html,
				ExtractionLimits.DEFAULTS));
		assertTrue(e.getMessage().contains("export.html is not a zip, tar, tar.gz or tar.zst archive"),
				e.getMessage());
	}

	@Test
	void nestedArchiveNamesAreRecognised() {
		assertTrue(ArchiveFormat.isArchiveName("java/alice.tar.zst"));
		assertTrue(ArchiveFormat.isArchiveName("bob.ZIP"));
		assertTrue(ArchiveFormat.isArchiveName("c.tgz"));
		assertTrue(ArchiveFormat.isArchiveName("c.tar"));
		assertFalse(ArchiveFormat.isArchiveName("Main.java"));
		assertFalse(ArchiveFormat.isArchiveName("notes.gz"));
	}
}
