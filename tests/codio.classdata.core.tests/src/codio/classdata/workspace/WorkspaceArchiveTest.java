package codio.classdata.workspace;

import static codio.classdata.workspace.TestArchives.dir;
import static codio.classdata.workspace.TestArchives.executable;
import static codio.classdata.workspace.TestArchives.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import codio.classdata.workspace.TestArchives.Spec;

class WorkspaceArchiveTest {

	private static final String CODIO = "{\"stack\":\"java17\"}";
	private static final Spec[] WORKSPACE = { dir("alice"), file("alice/.codio", CODIO), dir("alice/src"),
			file("alice/src/Main.java", "class Main {}"), executable("alice/run.sh", "#!/bin/sh\n"),
			dir("alice/empty"), dir("bob"), file("bob/Main.java", "class Bob {}") };

	@TempDir
	Path temp;

	@ParameterizedTest
	@EnumSource(ArchiveFormat.class)
	void everyFormatListsItsEntriesReadsHintsAndExtractsOneRootWithTimesAndModes(ArchiveFormat format)
			throws Exception {
		Path input = input(format, "class", WORKSPACE);
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			assertEquals(format, archive.format());
			ArchiveListing listing = archive.list(new NullProgressMonitor());
			Map<String, ArchiveEntryInfo> byPath = listing.entries().stream()
					.collect(Collectors.toMap(ArchiveEntryInfo::path, e -> e));
			assertEquals(Set.of("alice", "alice/.codio", "alice/src", "alice/src/Main.java", "alice/run.sh",
					"alice/empty", "bob", "bob/Main.java"), byPath.keySet());
			assertEquals(CODIO, byPath.get("alice/.codio").text());
			assertNull(byPath.get("alice/src/Main.java").text());
			assertEquals(EntryType.DIRECTORY, byPath.get("alice/empty").type());
			assertEquals(4, listing.fileCount());
			assertEquals(CODIO.length() + 13 + 10 + 12, listing.totalBytes());
			assertEquals(List.of(), listing.problems());

			Path target = temp.resolve("out/alice");
			ExtractionReport report = archive.extract(Map.of(new WorkspaceRoot("", "alice/"), target),
					new NullProgressMonitor());
			assertEquals(Map.of(".codio", CODIO, "src/Main.java", "class Main {}", "run.sh", "#!/bin/sh\n"),
					TestArchives.contents(target));
			assertTrue(Files.isDirectory(target.resolve("empty")));
			assertEquals(3, report.filesWritten());
			assertEquals(CODIO.length() + 13 + 10, report.bytesWritten());
			assertEquals(TestArchives.mtime(), Files.getLastModifiedTime(target.resolve("src/Main.java")));
			assertTrue(Files.getPosixFilePermissions(target.resolve("run.sh"))
					.contains(PosixFilePermission.OWNER_EXECUTE));
			assertFalse(Files.getPosixFilePermissions(target.resolve("src/Main.java"))
					.contains(PosixFilePermission.OWNER_EXECUTE));
		}
	}

	@ParameterizedTest
	@EnumSource(ArchiveFormat.class)
	void theHeadersOfJavaSourcesAreReadAsTheyAreWrittenAndHandedOutOnce(ArchiveFormat format) throws Exception {
		String main = "// a comment first\npackage sums.app;\n\nimport org.junit.jupiter.api.Test;\n\nclass MainTest {}\n";
		Path input = input(format, "class", dir("alice"), file("alice/code/sums/app/MainTest.java", main),
				file("alice/code/Notes.txt", "package not.java;"), file("alice/Big.java",
						"package big;\n" + "// filler\n".repeat(2000)));
		JavaHeaders headers = new JavaHeaders();
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			archive.collectJavaHeaders(headers);
			Path target = temp.resolve("out/alice").toAbsolutePath().normalize();
			archive.extract(Map.of(new WorkspaceRoot("", "alice/"), target), new NullProgressMonitor());

			Path source = target.resolve("code/sums/app/MainTest.java");
			assertEquals(JavaFileHeader.parse(Files.readString(source)), headers.take(source));
			assertEquals("sums.app", JavaFileHeader.parse(Files.readString(source)).packageName());
			assertNull(headers.take(source), "handed out once");
			assertNull(headers.take(target.resolve("code/Notes.txt")), "only .java files");
			Path big = target.resolve("Big.java");
			assertEquals("big", headers.take(big).packageName(), "from the first bytes of a file larger than them");
			assertEquals(2000 * 10 + 13, Files.size(big), "and the whole file is written");
		}
	}

	@Test
	void aZipOfTarZstArchivesListsTheirEntriesWithTheNestedArchiveAsContainer() throws Exception {
		byte[] alice = TestArchives.tarZst(file(".codio", CODIO), file("src/Main.java", "class A {}"));
		byte[] bob = TestArchives.tarZst(file("src/Main.java", "class B {}"));
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(
				file("java/alice.tar.zst", alice), file("java/bob.tar.zst", bob), file("java/notes.txt", "n")));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveListing listing = archive.list(new NullProgressMonitor());
			assertEquals(List.of("java/alice.tar.zst!/.codio", "java/alice.tar.zst!/src/Main.java",
					"java/bob.tar.zst!/src/Main.java", "!/java/notes.txt"), names(listing));
			assertEquals(CODIO, listing.entries().get(0).text());

			Path aliceTarget = temp.resolve("ws/alice");
			Path bobTarget = temp.resolve("ws/bob");
			archive.extract(Map.of(new WorkspaceRoot("java/alice.tar.zst", ""), aliceTarget,
					new WorkspaceRoot("java/bob.tar.zst", "src/"), bobTarget), new NullProgressMonitor());
			assertEquals(Map.of(".codio", CODIO, "src/Main.java", "class A {}"), TestArchives.contents(aliceTarget));
			assertEquals(Map.of("Main.java", "class B {}"), TestArchives.contents(bobTarget));
		}
	}

	@Test
	void aZipOfZipsAndATarOfZipsAreOpenedInPlace() throws Exception {
		byte[] inner = TestArchives.zip(file("p/Main.java", "class P {}"), dir("p/lib"));
		for (String name : List.of("class.zip", "class.tar")) {
			byte[] outer = name.endsWith(".zip") ? TestArchives.zip(file("carol.zip", inner))
					: TestArchives.tar(file("carol.zip", inner));
			Path input = TestArchives.write(temp.resolve(name), outer);
			try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
				assertEquals(List.of("carol.zip!/p/Main.java", "carol.zip!/p/lib"),
						names(archive.list(new NullProgressMonitor())));
				Path target = temp.resolve("out-" + name);
				archive.extract(Map.of(new WorkspaceRoot("carol.zip", "p/"), target), new NullProgressMonitor());
				assertEquals(Map.of("Main.java", "class P {}"), TestArchives.contents(target));
				assertTrue(Files.isDirectory(target.resolve("lib")));
			}
		}
	}

	@Test
	void anArchiveNestedOneLevelDeeperIsAnOrdinaryFile() throws Exception {
		byte[] deepest = TestArchives.zip(file("x.txt", "x"));
		byte[] middle = TestArchives.tar(file("w/deep.zip", deepest));
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(file("dan.tar", middle)));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ArchiveListing listing = archive.list(new NullProgressMonitor());
			assertEquals(List.of("dan.tar!/w/deep.zip"), names(listing));
			assertEquals(EntryType.FILE, listing.entries().get(0).type());
			assertEquals(deepest.length, listing.entries().get(0).size());
		}
	}

	@Test
	void aNestedArchiveInsideAWorkspaceRootIsAlsoWrittenAsAFile() throws Exception {
		byte[] data = TestArchives.zip(file("data.csv", "1,2"));
		Path input = TestArchives.write(temp.resolve("class.tar.gz"),
				TestArchives.tarGz(file("eve/Main.java", "class E {}"), file("eve/data.zip", data)));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			Path target = temp.resolve("eve");
			Path inner = temp.resolve("eve-data");
			archive.extract(Map.of(new WorkspaceRoot("", "eve/"), target,
					new WorkspaceRoot("eve/data.zip", ""), inner), new NullProgressMonitor());
			assertEquals(Set.of("Main.java", "data.zip"), TestArchives.contents(target).keySet());
			assertEquals(data.length, Files.size(target.resolve("data.zip")));
			assertEquals(Map.of("data.csv", "1,2"), TestArchives.contents(inner));
		}
	}

	@Test
	void twoRootsOfOneClassZipGoToTwoTargetsAndNothingElseIsWritten() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(
				file("Hello World/alice/Main.java", "a"), file("Hello World/alice/.codio", CODIO),
				file("Hello World/bob/Main.java", "b"), file("Hello World/bob/test/T.java", "t"),
				file("Hello World/carol/Main.java", "c"), file("README.md", "r")));
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			Path alice = temp.resolve("projects/alice");
			Path bob = temp.resolve("projects/bob");
			Files.createDirectories(bob); // an existing empty folder is fine
			ExtractionReport report = archive.extract(Map.of(new WorkspaceRoot("", "Hello World/alice/"), alice,
					new WorkspaceRoot("", "Hello World/bob/"), bob), new NullProgressMonitor());
			assertEquals(Map.of("Main.java", "a", ".codio", CODIO), TestArchives.contents(alice));
			assertEquals(Map.of("Main.java", "b", "test/T.java", "t"), TestArchives.contents(bob));
			assertEquals(4, report.filesWritten());
			assertEquals(Set.of("alice", "bob"), Set.copyOf(Files.list(temp.resolve("projects"))
					.map(p -> p.getFileName().toString()).toList()));
		}
	}

	@Test
	void aTargetFolderThatIsNotEmptyIsRefusedAndKept() throws Exception {
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(file("a/x", "1")));
		Path target = Files.createDirectories(temp.resolve("busy"));
		Files.writeString(target.resolve("mine.txt"), "keep");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
					() -> archive.extract(Map.of(new WorkspaceRoot("", "a/"), target), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
			assertEquals(Map.of("mine.txt", "keep"), TestArchives.contents(target));
		}
	}

	@Test
	void aZipOfManyFilesStoredAndDeflatedIsExtractedByItsThreadsWithEveryByteRight() throws Exception {
		java.util.Random random = new java.util.Random(7);
		List<Spec> specs = new java.util.ArrayList<>();
		Map<String, byte[]> expected = new java.util.HashMap<>();
		for (int i = 0; i < 600; i++) {
			int size = i % 50 == 0 ? 300_000 + random.nextInt(100_000) : random.nextInt(3000);
			byte[] content = new byte[size];
			if (i % 3 == 0) {
				random.nextBytes(content); // does not compress
			} else {
				for (int b = 0; b < size; b++) {
					content[b] = (byte) ('a' + random.nextInt(4));
				}
			}
			String name = "ws/s" + i / 100 + "/p" + i % 7 + "/F" + i + ".txt";
			specs.add(i % 2 == 0 ? file(name, content) : TestArchives.stored(name, content));
			expected.put(name.substring(3), content);
		}
		Path input = TestArchives.write(temp.resolve("class.zip"), TestArchives.zip(specs.toArray(Spec[]::new)));
		Path target = temp.resolve("out");
		try (WorkspaceArchive archive = WorkspaceArchive.open(input, ExtractionLimits.DEFAULTS)) {
			ExtractionReport report = archive.extract(Map.of(new WorkspaceRoot("", "ws/"), target),
					new NullProgressMonitor());
			assertEquals(600, report.filesWritten());
		}
		for (Map.Entry<String, byte[]> file : expected.entrySet()) {
			org.junit.jupiter.api.Assertions.assertArrayEquals(file.getValue(),
					Files.readAllBytes(target.resolve(file.getKey())), file.getKey());
		}
	}

	/** Container and path of each entry, {@code container!/path}. */
	static List<String> names(ArchiveListing listing) {
		return listing.entries().stream().map(e -> e.container() + "!/" + e.path()).toList();
	}

	/** The workspace specs as an input of the format: an archive file, or a folder made from the same specs. */
	private Path input(ArchiveFormat format, String stem, Spec... specs) throws IOException {
		switch (format) {
		case ZIP:
			return TestArchives.write(temp.resolve(stem + ".zip"), TestArchives.zip(specs));
		case TAR:
			return TestArchives.write(temp.resolve(stem + ".tar"), TestArchives.tar(specs));
		case TAR_GZ:
			return TestArchives.write(temp.resolve(stem + ".tar.gz"), TestArchives.tarGz(specs));
		case TAR_ZST:
			return TestArchives.write(temp.resolve(stem + ".tar.zst"), TestArchives.tarZst(specs));
		default:
			Path folder = temp.resolve(stem);
			for (Spec spec : specs) {
				Path path = folder.resolve(spec.name());
				if (spec.kind() == TestArchives.Kind.DIR) {
					Files.createDirectories(path);
					continue;
				}
				TestArchives.write(path, spec.content());
				Files.setLastModifiedTime(path, FileTime.fromMillis(TestArchives.MTIME));
				if (spec.executable()) {
					Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions
							.fromString("rwxr-xr-x"));
				}
			}
			return folder;
		}
	}
}
