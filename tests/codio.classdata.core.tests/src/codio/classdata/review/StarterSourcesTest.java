package codio.classdata.review;

import static codio.classdata.workspace.TestArchives.file;
import static codio.classdata.workspace.TestArchives.tarGz;
import static codio.classdata.workspace.TestArchives.tarZst;
import static codio.classdata.workspace.TestArchives.write;
import static codio.classdata.workspace.TestArchives.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.workspace.ArchiveException;
import codio.classdata.workspace.TestArchives.Spec;

/** The assignments' published sources, in the forms instructors have them, become read-only baselines. */
class StarterSourcesTest {

	@TempDir
	Path temp;

	/** One assignment's published sources: starter code, the guide's assessment and the hidden test. */
	private static Spec[] loops(String top) {
		return new Spec[] { file(top + "code/Loops.java", "class Loops {\n}\n"),
				file(top + ".guides/assessments/test-1.json", "{\"type\":\"code-output-compare\"}"),
				file(top + ".guides/secure/LoopsTest.java", "class LoopsTest {}\n"),
				file(top + ".codio", "{\"commands\":{}}") };
	}

	@Test
	void theExportAsCodioMakesItOneArchivePerAssignment() throws Exception {
		Path input = write(temp.resolve("sources.zip"), zip(
				file("Loops.tar.zst", tarZst(loops(""))),
				file("Arrays and Lists.tar.gz", tarGz(file("Arrays/code/A.java", "class A {}\n")))));

		StarterBaselines baselines = new StarterSources(input).extract(temp.resolve("store"), new NullProgressMonitor());

		assertEquals(Set.of("Loops", "Arrays and Lists"), baselines.folders().keySet());
		Path loops = baselines.forAssignment("Loops").orElseThrow();
		assertEquals("class Loops {\n}\n", Files.readString(loops.resolve("code/Loops.java")));
		assertTrue(Files.isRegularFile(loops.resolve(".guides/secure/LoopsTest.java")), "hidden tests are kept");
		assertTrue(Files.isRegularFile(loops.resolve(".guides/assessments/test-1.json")));
		// an archive whose files sit in one folder: the folder is the assignment's top
		assertTrue(Files.isRegularFile(baselines.forAssignment("Arrays and Lists").orElseThrow()
				.resolve("code/A.java")));
	}

	@Test
	void thatExportUnpackedIsAFolderOfArchives() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("sources"));
		write(folder.resolve("Loops.tar.zst"), tarZst(loops("Loops/")));

		StarterBaselines baselines = new StarterSources(folder).extract(temp.resolve("store"), new NullProgressMonitor());

		assertEquals(Set.of("Loops"), baselines.folders().keySet());
		assertTrue(Files.isRegularFile(baselines.folders().get("Loops").resolve("code/Loops.java")));
	}

	@Test
	void aFolderOfAssignmentFolders() throws Exception {
		Path folder = temp.resolve("starters");
		for (String assignment : new String[] { "Loops", "Recursion" }) {
			Path code = Files.createDirectories(folder.resolve(assignment).resolve("code"));
			Files.writeString(code.resolve(assignment + ".java"), "class " + assignment + " {}\n");
		}

		StarterBaselines baselines = new StarterSources(folder).extract(temp.resolve("store"), new NullProgressMonitor());

		assertEquals(Set.of("Loops", "Recursion"), baselines.folders().keySet());
		assertTrue(Files.isRegularFile(baselines.folders().get("Recursion").resolve("code/Recursion.java")));
	}

	@Test
	void oneAssignmentsArchiveOnItsOwn() throws Exception {
		Path input = write(temp.resolve("Loops.tar.zst"), tarZst(loops("")));

		StarterBaselines baselines = new StarterSources(input).extract(temp.resolve("store"), new NullProgressMonitor());

		assertEquals(Set.of("Loops"), baselines.folders().keySet());
	}

	@Test
	void baselinesAreReadOnly() throws Exception {
		Path input = write(temp.resolve("sources.zip"), zip(file("Loops.tar.zst", tarZst(loops("")))));

		Path loops = new StarterSources(input).extract(temp.resolve("store"), new NullProgressMonitor()).folders()
				.get("Loops");

		try (Stream<Path> files = Files.walk(loops)) {
			// the permission bits, not Files.isWritable: root (as on CI) may write whatever they say
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				assertFalse(permissions.contains(PosixFilePermission.OWNER_WRITE)
						|| permissions.contains(PosixFilePermission.GROUP_WRITE)
						|| permissions.contains(PosixFilePermission.OTHERS_WRITE), file + " " + permissions);
			}
		}
	}

	@Test
	void anInputWithoutAssignmentsSaysWhatWasExpected() throws Exception {
		Path input = write(temp.resolve("notes.zip"), zip(file("README.txt", "nothing here")));

		ArchiveException e = assertThrows(ArchiveException.class,
				() -> new StarterSources(input).extract(temp.resolve("store"), new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("notes.zip holds no assignment"), e.getMessage());
		assertFalse(Files.exists(temp.resolve("store")) && Files.list(temp.resolve("store")).findAny().isPresent());
	}

	@Test
	void aStoreThatHoldsFilesIsRefusedAndKept() throws Exception {
		Path input = write(temp.resolve("sources.zip"), zip(file("Loops.tar.zst", tarZst(loops("")))));
		Path store = Files.createDirectories(temp.resolve("store"));
		Files.writeString(store.resolve("mine.txt"), "keep me");

		IOException e = assertThrows(IOException.class,
				() -> new StarterSources(input).extract(store, new NullProgressMonitor()));

		assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
		assertEquals("keep me", Files.readString(store.resolve("mine.txt"), StandardCharsets.UTF_8));
		assertEquals(1, Files.list(store).count());
	}

	@Test
	void assignmentsMatchByNameIgnoringCaseSpacesAndPunctuation() {
		StarterBaselines baselines = new StarterBaselines(
				Map.of("Loops & Arrays", temp.resolve("a"), "Recursion", temp.resolve("b")));

		assertEquals(temp.resolve("a"), baselines.forAssignment("Loops & Arrays").orElseThrow());
		assertEquals(temp.resolve("a"), baselines.forAssignment("loops-arrays").orElseThrow());
		assertTrue(baselines.forAssignment("Sorting").isEmpty());
	}
}
