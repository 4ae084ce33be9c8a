package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;
import codio.classdata.workspace.WorkingSetRequests;

/** {@code import} end to end: a class export from the standalone emulator into projects that compile. */
class CommandLineImportTest {

	private static final Set<String> NOT_JAVA = Set.of("jupyter", "python", "c++", "cpp", "c", "nodejs",
			"javascript", "web");
	private static StandaloneEmulator emulator;
	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = StandaloneEmulator.start("--task-delay-ms", "50", "--students", "2");
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : root().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private static EmulatedCourse javaCourse() {
		return DemoData.organisation().courses().stream().filter(course -> !course.archived())
				.filter(course -> course.tags() == null || course.tags().stream().noneMatch(NOT_JAVA::contains))
				.findFirst().orElseThrow();
	}

	private ExitCode run(String... args) {
		return commandLine.against(emulator.apiUrl(), emulator.oauthUrl(), args);
	}

	private String stderr() {
		return commandLine.stderr();
	}

	private Path downloadClassExport() {
		assertEquals(ExitCode.OK, run("export", javaCourse().id(), "--download", folder.toString(), "--json"),
				stderr());
		return Path.of(JsonParser.parseString(commandLine.stdout()).getAsJsonObject().get("file")
				.getAsString());
	}

	@Test
	void classExportImportsBuildsWithoutErrorsAndPrintsEachProjectWithItsStack() throws Exception {
		Path export = downloadClassExport();

		ExitCode exit = run("import", export.toString(), "--build", "--json");

		assertEquals(ExitCode.OK, exit, stderr());
		JsonArray projects = JsonParser.parseString(commandLine.stdout()).getAsJsonObject()
				.getAsJsonArray("projects");
		assertTrue(projects.size() >= 2, projects.toString());
		for (JsonElement element : projects) {
			JsonObject project = element.getAsJsonObject();
			assertEquals("java17", project.get("stack").getAsString(), project.toString());
			assertEquals(0, project.get("errors").getAsInt(), project.toString());
			assertTrue(root().getProject(project.get("project").getAsString()).isOpen());
		}
	}

	@Test
	void selectTemplateAndStackShapeThePlainOutput() throws Exception {
		Path export = downloadClassExport();
		String student = firstStudentFolder(export);

		ExitCode exit = run("import", export.toString(), "--select", "*/" + student, "--name-template",
				"{student} {assignment}", "--stack", "java11", "--working-set", "Review " + student);

		assertEquals(ExitCode.OK, exit, stderr());
		List<String> lines = commandLine.stdout().lines().toList();
		assertFalse(lines.isEmpty());
		for (String line : lines) {
			assertTrue(line.startsWith(student + " "), line);
			assertTrue(line.contains("\tJava 11"), line);
		}
		List<String> projects = lines.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList();
		assertEquals(Map.of("Review " + student, projects), WorkingSetRequests.pending(),
				"the IDE adds them to the working set when it opens the workspace");
		assertTrue(stderr().contains("join the working set 'Review " + student + "' when Eclipse next opens"),
				stderr());
		WorkingSetRequests.remove(Set.of("Review " + student));
	}

	@Test
	void hostileArchiveIsRefusedWithExitFiveAndNothingIsWritten() throws Exception {
		Path hostile = folder.resolve("hostile.zip");
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(hostile)) {
			for (String name : List.of("alice/.codio", "alice/../../escaped.txt")) {
				zip.putArchiveEntry(new ZipArchiveEntry(name));
				zip.write("{}".getBytes(StandardCharsets.UTF_8));
				zip.closeArchiveEntry();
			}
		}
		Set<String> before = workspaceFolders();

		ExitCode exit = run("import", hostile.toString());

		assertEquals(ExitCode.BAD_INPUT, exit);
		assertTrue(stderr().contains("hostile.zip") && stderr().contains("escaped.txt"), stderr());
		assertEquals(before, workspaceFolders());
		assertFalse(Files.exists(folder.getParent().resolve("escaped.txt")));
		assertEquals(0, root().getProjects().length);
	}

	@Test
	void badOptionsAreUsageErrors() throws Exception {
		Path export = downloadClassExport();

		assertEquals(ExitCode.USAGE, run("import", export.toString(), "--working-set", " "));
		assertTrue(stderr().contains("--working-set needs a name"), stderr());
		assertEquals(ExitCode.USAGE, run("import", export.toString(), "--name-template", "{login}"));
		assertEquals(ExitCode.USAGE, run("import", export.toString(), "--select", "nobody/*"));
		assertEquals(ExitCode.BAD_INPUT, run("import", folder.resolve("missing.zip").toString()));
		assertEquals(0, root().getProjects().length);
	}

	@Test
	void changesListsWhatWasWrittenAgainstTheAssignmentsSources() throws Exception {
		Path export = downloadClassExport();
		assertEquals(ExitCode.OK, run("import", export.toString(), "--json"), stderr());
		JsonObject imported = JsonParser.parseString(commandLine.stdout()).getAsJsonObject()
				.getAsJsonArray("projects").get(0).getAsJsonObject();
		IProject project = root().getProject(imported.get("project").getAsString());
		Path location = project.getLocation().toPath();
		// the review's own edits: one new file, one more line in a file of the starter code
		Files.writeString(location.resolve("Notes.java"), "class Notes {\n}\n");
		Path codio = location.resolve(".codio");
		Files.writeString(codio, Files.readString(codio) + "// reviewed\n");
		assertEquals(ExitCode.OK, run("export", javaCourse().id(), "--kind", "sources", "--download",
				folder.resolve("sources").toString(), "--json"), stderr());
		String sources = JsonParser.parseString(commandLine.stdout()).getAsJsonObject().get("file").getAsString();

		ExitCode exit = run("changes", project.getName(), "--sources", sources, "--json");

		assertEquals(ExitCode.OK, exit, stderr());
		JsonObject changes = JsonParser.parseString(commandLine.stdout()).getAsJsonObject();
		assertEquals(imported.get("assignment").getAsString(), changes.get("assignment").getAsString());
		assertEquals(imported.get("student").getAsString(), changes.get("student").getAsString());
		Map<String, JsonObject> files = new java.util.HashMap<>();
		for (JsonElement file : changes.getAsJsonArray("files")) {
			files.put(file.getAsJsonObject().get("path").getAsString(), file.getAsJsonObject());
		}
		assertEquals("added", files.get("Notes.java").get("change").getAsString(), files.toString());
		assertEquals(2, files.get("Notes.java").get("linesAdded").getAsInt());
		assertEquals("changed", files.get(".codio").get("change").getAsString(), files.toString());
		assertTrue(files.get(".codio").get("linesAdded").getAsInt() >= 1, files.toString());
		for (String metadata : List.of(".project", ".classpath", ".settings.codio")) {
			assertFalse(files.containsKey(metadata), metadata + " is the import's, not the student's: " + files);
		}
		assertTrue(files.keySet().stream().noneMatch(path -> path.startsWith(".settings/")), files.toString());
	}

	@Test
	void theAssignmentsTestsRunOverAnImportedClassWithTheHiddenTestsOfItsSources() throws Exception {
		Path export = downloadClassExport();
		assertEquals(ExitCode.OK, run("import", export.toString(), "--select", "*/" + firstStudentFolder(export)),
				stderr());
		assertEquals(ExitCode.OK, run("export", javaCourse().id(), "--kind", "sources", "--download",
				folder.resolve("sources").toString(), "--json"), stderr());
		String sources = JsonParser.parseString(commandLine.stdout()).getAsJsonObject().get("file").getAsString();

		ExitCode exit = run("test", "--sources", sources, "--json");

		assertEquals(ExitCode.OK, exit, stderr());
		JsonArray rows = JsonParser.parseString(commandLine.stdout()).getAsJsonArray();
		assertTrue(rows.size() >= 4, rows.toString());
		for (JsonElement element : rows) {
			JsonObject row = element.getAsJsonObject();
			String outcome = row.get("outcome").getAsString();
			switch (row.get("test").getAsString()) {
			case "Check It!" -> assertTrue(outcome.equals("passed") || outcome.equals("failed"), row.toString());
			// the hidden check comes with the sources, not with the student's workspace
			case "Prints the assignment's name" -> assertEquals("passed", outcome, row.toString());
			// the hidden JUnit 5 test on Codio's JUnit runner: the JUnit Platform in a JVM of its own
			case "Unit tests" -> assertEquals("passed", outcome, row.toString());
			case "Check your understanding" -> assertEquals("not-run", outcome, row.toString());
			default -> throw new AssertionError("unexpected test " + row);
			}
		}
	}

	@Test
	void codioZipWritesTheStudentsFilesAndNeverReplacesAFile() throws Exception {
		Path export = downloadClassExport();
		assertEquals(ExitCode.OK, run("import", export.toString(), "--json"), stderr());
		String project = JsonParser.parseString(commandLine.stdout()).getAsJsonObject().getAsJsonArray("projects")
				.get(0).getAsJsonObject().get("project").getAsString();
		Path zip = folder.resolve("back/" + project + ".zip");

		assertEquals(ExitCode.OK, run("codio-zip", project, "--out", zip.toString()), stderr());

		Set<String> names = new TreeSet<>();
		try (org.apache.commons.compress.archivers.zip.ZipFile file = org.apache.commons.compress.archivers.zip.ZipFile
				.builder().setPath(zip).get()) {
			file.getEntries().asIterator().forEachRemaining(entry -> names.add(entry.getName()));
		}
		assertTrue(names.contains(".codio") && names.contains(".settings"), names.toString());
		assertFalse(names.contains(".project") || names.contains(".classpath") || names.contains(".settings.codio"),
				names.toString());
		assertEquals(ExitCode.BAD_INPUT, run("codio-zip", project, "--out", zip.toString()));
		assertTrue(stderr().contains("never replaces"), stderr());
		assertEquals(ExitCode.USAGE, run("codio-zip", project));
	}

	@Test
	void changesNeedsSourcesAndAProjectThatRecordsItsAssignment() throws Exception {
		IProject mine = root().getProject("mine");
		mine.create(new NullProgressMonitor());
		mine.open(new NullProgressMonitor());
		Path sources = Files.createDirectories(folder.resolve("starters/Loops"));

		assertEquals(ExitCode.BAD_INPUT, run("changes", "mine", "--sources", sources.getParent().toString()));
		assertTrue(stderr().contains("records no assignment"), stderr());
		new codio.classdata.workspace.ProjectOrigin("Loops", "me").writeTo(mine);
		assertEquals(ExitCode.USAGE, run("changes", "mine"));
		assertTrue(stderr().contains("has no starter code attached; give --sources ZIP|DIR"), stderr());
	}

	/** The student folder name of the export's first workspace ({@code assignment/student/…}). */
	private static String firstStudentFolder(Path export) throws Exception {
		try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile
				.builder().setPath(export).get()) {
			String name = zip.getEntries().nextElement().getName();
			return name.split("/")[1];
		}
	}

	private static IWorkspaceRoot root() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	private static Set<String> workspaceFolders() throws Exception {
		try (Stream<Path> children = Files.list(root().getLocation().toPath())) {
			return children.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors
					.toCollection(TreeSet::new));
		}
	}
}
