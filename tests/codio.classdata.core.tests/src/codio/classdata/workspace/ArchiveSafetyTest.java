package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.file;
import static codio.classdata.workspace.TestArchives.hardlink;
import static codio.classdata.workspace.TestArchives.special;
import static codio.classdata.workspace.TestArchives.symlink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import codio.classdata.workspace.ArchiveProblem.Kind;
import codio.classdata.workspace.TestArchives.Spec;

/** Archives made to write outside their folder are refused whole; odd entries are skipped and reported. */
class ArchiveSafetyTest {

	private static final WorkspaceRoot WS = new WorkspaceRoot("", "ws/");

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "../evil.txt", "ws/../../evil.txt", "/tmp/codio-archive-test-evil.txt", "C:\\evil.txt",
			"C:/evil.txt", "..\\..\\evil.txt", "ws\\..\\..\\evil.txt", "ws/a\u0000b", "ws//evil.txt" })
	void aZipWithAnEntryNameThatCouldLeaveTheTargetIsRefusedAndNothingIsWritten(String name) throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.zip"),
				TestArchives.zip(file("ws/ok.txt", "ok"), file(name, "evil")));
		assertRefusedWithNothingWritten(input, name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.txt", "ws/../../evil.txt", "/tmp/codio-archive-test-evil.txt",
			"..\\..\\evil.txt", "C:\\evil.txt" })
	void aTarWithAnEntryNameThatCouldLeaveTheTargetIsRefusedAndNothingIsWritten(String name) throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.tar.gz"),
				TestArchives.tarGz(file("ws/ok.txt", "ok"), file(name, "evil")));
		assertRefusedWithNothingWritten(input, name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/etc/passwd", "../../outside", "..\\..\\outside", "sub/../../../x", "C:\\Windows" })
	void aSymlinkOutOfTheArchiveIsRefused(String target) throws Exception {
		for (String name : List.of("class.zip", "class.tar")) {
			Spec[] specs = { file("ws/sub/ok.txt", "ok"), symlink("ws/link", target) };
			Path input = TestArchives.write(temp.resolve("in/" + name),
					name.endsWith(".zip") ? TestArchives.zip(specs) : TestArchives.tar(specs));
			assertRefusedWithNothingWritten(input, "ws/link");
		}
	}

	@Test
	void aSymlinkInsideItsWorkspaceIsCreatedAsALink() throws Exception {
		for (String name : List.of("class.zip", "class.tar")) {
			Spec[] specs = { file("ws/sub/file.txt", "f"), symlink("ws/link", "sub/file.txt"),
					symlink("ws/sub/up", "../sub") };
			Path input = TestArchives.write(temp.resolve("in/" + name),
					name.endsWith(".zip") ? TestArchives.zip(specs) : TestArchives.tar(specs));
			Path target = temp.resolve("out-" + name);
			try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
				archive.extract(Map.of(WS, target), new NullProgressMonitor());
			}
			assertEquals(Map.of("sub/file.txt", "f", "link", "-> sub/file.txt", "sub/up", "-> ../sub"),
					TestArchives.contents(target));
		}
	}

	@Test
	void aSymlinkInsideTheArchiveButOutOfItsWorkspaceIsRefusedOnExtractionBeforeAnythingIsWritten()
			throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.zip"), TestArchives.zip(file("ws/a.txt", "a"),
				file("other/secret.txt", "s"), symlink("ws/peek", "../other/secret.txt")));
		Path target = temp.resolve("out/ws");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			assertEquals(3, archive.list(new NullProgressMonitor()).entries().size());
			UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
			assertEquals("ws/peek", e.entry());
			assertTrue(e.getMessage().contains("outside the workspace"), e.getMessage());
		}
		assertFalse(Files.exists(target));
	}

	@Test
	void anEntryWrittenThroughAnEarlierSymlinkIsRefused() throws Exception {
		for (String name : List.of("class.zip", "class.tar")) {
			Spec[] specs = { file("ws/sub/keep.txt", "k"), symlink("ws/link", "sub"),
					file("ws/link/evil.txt", "evil") };
			Path input = TestArchives.write(temp.resolve("in/" + name),
					name.endsWith(".zip") ? TestArchives.zip(specs) : TestArchives.tar(specs));
			assertRefusedWithNothingWritten(input, "ws/link/evil.txt");
		}
	}

	@Test
	void theWriterNeverWritesThroughALinkItFindsInTheTarget() throws Exception {
		// defence in depth: even with a listing that passed, a link in the way stops the write
		Path target = Files.createDirectories(temp.resolve("out"));
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Files.createSymbolicLink(target.resolve("sub"), outside);
		ArchiveListing listing = new ArchiveListing(
				List.of(new ArchiveEntryInfo("", "ws/sub/evil.txt", EntryType.FILE, 4, null, null)), List.of(), 1, 4);
		ExtractionWriter writer = new ExtractionWriter("class.zip", ExtractionLimits.DEFAULTS, Map.of(WS, target),
				listing, Set.of(), () -> {
				});
		RawEntry raw = new RawEntry("ws/sub/evil.txt", EntryType.FILE, 4, -1, null, 0, false);
		assertThrows(UnsafeArchiveException.class, () -> writer.entry(new RawEntry.Source("", "class.zip", 0), raw,
				() -> new ByteArrayInputStream("evil".getBytes())));
		assertEquals(List.of(), listFiles(outside));
	}

	@Test
	void aHardLinkInsideItsWorkspaceBecomesACopyOfTheEarlierFile() throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.tar"),
				TestArchives.tar(file("ws/orig.txt", "data"), hardlink("ws/sub/copy.txt", "ws/orig.txt")));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ExtractionReport report = archive.extract(Map.of(WS, target), new NullProgressMonitor());
			assertEquals(2, report.filesWritten());
		}
		assertEquals(Map.of("orig.txt", "data", "sub/copy.txt", "data"), TestArchives.contents(target));
	}

	@Test
	void aHardLinkOutOfItsWorkspaceOrOutOfTheArchiveIsRefused() throws Exception {
		Path outOfRoot = TestArchives.write(temp.resolve("in/root.tar"),
				TestArchives.tar(file("other/secret.txt", "s"), hardlink("ws/peek", "other/secret.txt")));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(outOfRoot, ExtractionLimits.DEFAULTS)) {
			assertThrows(UnsafeArchiveException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
		}
		assertFalse(Files.exists(target));
		Path outOfArchive = TestArchives.write(temp.resolve("in/archive.tar"),
				TestArchives.tar(hardlink("ws/passwd", "../../etc/passwd")));
		assertRefusedWithNothingWritten(outOfArchive, "ws/passwd");
	}

	@Test
	void devicesAndFifosAreSkippedAndReported() throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.tar"), TestArchives.tar(file("ws/a.txt", "a"),
				special("ws/pipe", TestArchives.Kind.FIFO), special("ws/tty", TestArchives.Kind.CHAR_DEVICE)));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveListing listing = archive.list(new NullProgressMonitor());
			assertEquals(List.of("!/ws/a.txt"), WorkspaceArchiveTest.names(listing));
			assertEquals(List.of(Kind.SPECIAL_FILE, Kind.SPECIAL_FILE),
					listing.problems().stream().map(ArchiveProblem::kind).toList());
			ExtractionReport report = archive.extract(Map.of(WS, target), new NullProgressMonitor());
			assertEquals(2, report.problems().size());
		}
		assertEquals(Map.of("a.txt", "a"), TestArchives.contents(target));
		assertEquals(List.of(target.resolve("a.txt")), listFiles(target));
	}

	@Test
	void aFifoInAZipIsSkippedAndReported() throws Exception {
		Path input = TestArchives.write(temp.resolve("in/class.zip"),
				TestArchives.zip(file("ws/a.txt", "a"), special("ws/pipe", TestArchives.Kind.FIFO)));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveListing listing = archive.list(new NullProgressMonitor());
			assertEquals(List.of("!/ws/a.txt"), WorkspaceArchiveTest.names(listing));
			assertEquals(Kind.SPECIAL_FILE, listing.problems().get(0).kind());
		}
	}

	@Test
	void aDuplicateEntryIsListedOnceAndTheFirstOneWins() throws Exception {
		for (String name : List.of("class.zip", "class.tar.zst")) {
			Spec[] specs = { file("ws/a.txt", "first"), file("ws/b.txt", "b"), file("ws/a.txt", "second") };
			Path input = TestArchives.write(temp.resolve("in/" + name),
					name.endsWith(".zip") ? TestArchives.zip(specs) : TestArchives.tarZst(specs));
			Path target = temp.resolve("out-" + name);
			try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
				ArchiveListing listing = archive.list(new NullProgressMonitor());
				assertEquals(List.of("!/ws/a.txt", "!/ws/b.txt"), WorkspaceArchiveTest.names(listing));
				assertEquals(1, listing.problems().size());
				ArchiveProblem problem = listing.problems().get(0);
				assertEquals(Kind.DUPLICATE_ENTRY, problem.kind());
				assertEquals("ws/a.txt", problem.entry());
				assertTrue(problem.message().contains("the first one is kept"), problem.message());
				ExtractionReport report = archive.extract(Map.of(WS, target), new NullProgressMonitor());
				assertEquals(List.of(problem), report.problems());
			}
			assertEquals(Map.of("a.txt", "first", "b.txt", "b"), TestArchives.contents(target));
		}
	}

	@Test
	void aNameTooLongForTheFileSystemIsSkippedAndReported() throws Exception {
		String tooLong = "ws/" + "x".repeat(256) + ".java";
		Path input = TestArchives.write(temp.resolve("in/class.zip"),
				TestArchives.zip(file("ws/a.txt", "a"), file(tooLong, "long")));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ExtractionReport report = archive.extract(Map.of(WS, target), new NullProgressMonitor());
			assertEquals(List.of(Kind.INVALID_NAME), report.problems().stream().map(ArchiveProblem::kind).toList());
			assertEquals(tooLong, report.problems().get(0).entry());
		}
		assertEquals(Map.of("a.txt", "a"), TestArchives.contents(target));
	}

	@Test
	void aFolderInputIsWalkedWithoutFollowingLinksAndALinkOutOfItIsRefused() throws Exception {
		Path outside = Files.createDirectories(temp.resolve("outside"));
		Files.writeString(outside.resolve("secret.txt"), "s");
		Path folder = Files.createDirectories(temp.resolve("in/export/ws"));
		Files.writeString(folder.resolve("a.txt"), "a");
		Files.createSymbolicLink(folder.resolve("inner"), Path.of("a.txt"));
		Path input = folder.getParent();
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			archive.extract(Map.of(WS, target), new NullProgressMonitor());
		}
		assertEquals(Map.of("a.txt", "a", "inner", "-> a.txt"), TestArchives.contents(target));

		Files.createSymbolicLink(folder.resolve("escape"), outside);
		Path target2 = temp.resolve("out2");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class,
					() -> archive.extract(Map.of(WS, target2), new NullProgressMonitor()));
			assertEquals("ws/escape", e.entry());
		}
		assertFalse(Files.exists(target2));
	}

	/** Listing refuses the archive naming it and the entry; extracting writes nothing, inside or out. */
	private void assertRefusedWithNothingWritten(Path input, String entry) throws Exception {
		Path target = temp.resolve("a/b/out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			UnsafeArchiveException e = assertThrows(UnsafeArchiveException.class,
					() -> archive.list(new NullProgressMonitor()));
			assertEquals(input.getFileName().toString(), e.archive());
			assertEquals(entry, e.entry());
			assertTrue(e.getMessage().startsWith(input.getFileName() + " was refused"), e.getMessage());
		}
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			assertThrows(UnsafeArchiveException.class,
					() -> archive.extract(Map.of(WS, target), new NullProgressMonitor()));
		}
		assertEquals(List.of(), listFiles(temp).stream().filter(p -> !p.startsWith(temp.resolve("in"))).toList());
		assertFalse(Files.exists(Path.of("/tmp/codio-archive-test-evil.txt")));
	}

	private static List<Path> listFiles(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
		}
	}
}
