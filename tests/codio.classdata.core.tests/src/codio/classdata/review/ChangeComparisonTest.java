package codio.classdata.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.review.FileChange.Kind;

/** What a student changed against the starter code, as files and lines. */
class ChangeComparisonTest {

	@TempDir
	Path temp;
	private Path starter;
	private Path project;

	@BeforeEach
	void starterCode() throws IOException {
		starter = temp.resolve("starter");
		put(starter, "code/Loops.java", "class Loops {\n  // your code here\n}\n");
		put(starter, "code/Helper.java", "class Helper {}\n");
		put(starter, "README.md", "Read me\n");
		put(starter, ".settings", "[editor]\ntabSize=4\n");
		put(starter, ".guides/content/index.json", "{}");
		put(starter, ".guides/secure/LoopsTest.java", "class LoopsTest {}\n");
		// the student's workspace as an import made it: starter code, the student's work, Eclipse's metadata
		project = temp.resolve("project");
		put(project, "code/Loops.java", "class Loops {\n  int sum(int n) {\n    return n;\n  }\n}\n");
		put(project, "code/Helper.java", "class Helper {}\n");
		put(project, "code/Extra.java", "class Extra {\n}\n");
		put(project, ".settings.codio", "[editor]\ntabSize=2\n");
		put(project, ".guides/content/index.json", "{}");
		put(project, ".project", "<projectDescription/>");
		put(project, ".classpath", "<classpath/>");
		put(project, ".settings/org.eclipse.jdt.core.prefs", "eclipse.preferences.version=1\n");
		put(project, "bin/Loops.class", "\u0000\u0001binary");
	}

	@Test
	void addedChangedDeletedAndUnchangedFilesWithTheirLines() throws Exception {
		ChangeSummary summary = new ChangeComparison(project, starter).ignoring(path -> path.startsWith("bin/"))
				.compare(new NullProgressMonitor());

		Map<String, FileChange> byPath = summary.files().stream()
				.collect(Collectors.toMap(FileChange::path, change -> change));
		assertEquals(new FileChange("code/Loops.java", Kind.CHANGED, 3, 1, false), byPath.get("code/Loops.java"));
		assertEquals(new FileChange("code/Extra.java", Kind.ADDED, 2, 0, false), byPath.get("code/Extra.java"));
		assertEquals(new FileChange("README.md", Kind.DELETED, 0, 1, false), byPath.get("README.md"));
		assertEquals(Kind.UNCHANGED, byPath.get("code/Helper.java").kind());
		// Codio's settings file, kept by the import as .settings.codio, compares under its own name
		assertEquals(new FileChange(".settings", Kind.CHANGED, 1, 1, false), byPath.get(".settings"));
		assertEquals(1, summary.count(Kind.ADDED));
		assertEquals(2, summary.count(Kind.CHANGED));
		assertEquals(1, summary.count(Kind.DELETED));
		assertEquals(6, summary.linesAdded());
		assertEquals(3, summary.linesRemoved());
	}

	@Test
	void whatTheImportAddedAndTheHiddenTestsAreNotTheStudentsWork() throws Exception {
		ChangeSummary summary = new ChangeComparison(project, starter).ignoring(path -> path.startsWith("bin/"))
				.compare(new NullProgressMonitor());

		List<String> paths = summary.files().stream().map(FileChange::path).toList();
		for (String path : List.of(".project", ".classpath", ".settings/org.eclipse.jdt.core.prefs",
				"bin/Loops.class", ".settings.codio", ".guides/secure/LoopsTest.java")) {
			assertTrue(!paths.contains(path), path + " should not be listed: " + paths);
		}
	}

	@Test
	void eclipseMetadataTheStarterHadIsCompared() throws Exception {
		put(starter, ".classpath", "<classpath/>");
		put(project, ".classpath", "<classpath>\n<entry/>\n</classpath>\n");

		assertEquals(Kind.CHANGED, changeOf(".classpath").kind());
	}

	@Test
	void binaryFilesChangeWithoutLineCounts() throws Exception {
		put(starter, "data/image.png", "\u0000PNG one");
		put(project, "data/image.png", "\u0000PNG two");

		assertEquals(new FileChange("data/image.png", Kind.CHANGED, 0, 0, true), changeOf("data/image.png"));
	}

	@Test
	void lineEndingsAloneChangeTheFileButNoLine() throws Exception {
		put(starter, "notes.txt", "one\ntwo\n");
		put(project, "notes.txt", "one\r\ntwo\r\n");

		// the bytes differ, the lines do not: changed, with no line counted
		assertEquals(new FileChange("notes.txt", Kind.CHANGED, 0, 0, false), changeOf("notes.txt"));
	}

	@Test
	void cancelStopsTheComparison() {
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> new ChangeComparison(project, starter).compare(cancelled));
	}

	/** The comparison's entry for one path, nothing ignored beyond the defaults. */
	private FileChange changeOf(String path) throws IOException {
		return new ChangeComparison(project, starter).compare(new NullProgressMonitor()).files().stream()
				.filter(change -> change.path().equals(path)).findAny().orElseThrow();
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
