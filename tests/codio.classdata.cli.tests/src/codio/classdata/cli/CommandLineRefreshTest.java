package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code refresh}: a newer export comes into imported projects; conflicts leave a project as it was (exit 1). */
class CommandLineRefreshTest {

	private static final String MAIN = "def main():\n    print('hello')\n\n\nmain()\n";

	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private ExitCode run(String... args) {
		return commandLine.against("https://localhost:1/api/v1", "https://localhost:1/oauth", args);
	}

	/** A class export of assignment Hello: students to their main.py. */
	private Path export(String name, Map<String, String> mainByStudent) throws IOException {
		Path zip = folder.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, String> student : mainByStudent.entrySet()) {
				put(out, "Hello/" + student.getKey() + "/.codio", "{ \"commands\": { \"Run\": \"python3 main.py\" } }");
				put(out, "Hello/" + student.getKey() + "/main.py", student.getValue());
			}
		}
		return zip;
	}

	private static void put(ZipOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

	private static Path main(String project) {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(project).getLocation().toPath().resolve("main.py");
	}

	@Test
	void updatesConflictsAndNewStudentsAsJson() throws Exception {
		Map<String, String> v1 = new LinkedHashMap<>();
		v1.put("ada", MAIN);
		v1.put("bob", MAIN);
		assertEquals(ExitCode.OK, run("import", export("v1.zip", v1).toString()), commandLine.stderr());
		// the instructor comments both; bob's comment is on the line bob changes next
		Files.writeString(main("Hello-ada"), "# looks good\n" + MAIN);
		Files.writeString(main("Hello-bob"), MAIN.replace("print('hello')", "print('hello')  # say more"));
		Map<String, String> v2 = new LinkedHashMap<>();
		v2.put("ada", MAIN.replace("'hello'", "'hello, world'"));
		v2.put("bob", MAIN.replace("'hello'", "'hi'"));
		v2.put("cy", MAIN);
		Path newer = export("v2.zip", v2);

		ExitCode exit = run("refresh", newer.toString(), "--json");

		assertEquals(ExitCode.PARTLY_FAILED, exit, "a conflict remains: " + commandLine.stderr());
		JsonArray rows = JsonParser.parseString(commandLine.stdout()).getAsJsonArray();
		Map<String, JsonObject> byProject = new LinkedHashMap<>();
		rows.forEach(row -> byProject.put(row.getAsJsonObject().get("project").isJsonNull() ? "new"
				: row.getAsJsonObject().get("project").getAsString(), row.getAsJsonObject()));
		assertEquals("updated", byProject.get("Hello-ada").get("status").getAsString());
		assertEquals(1, byProject.get("Hello-ada").get("linesAdded").getAsInt());
		assertEquals("conflicts", byProject.get("Hello-bob").get("status").getAsString());
		assertEquals("[\"main.py\"]", byProject.get("Hello-bob").get("conflicts").toString());
		assertEquals("Hello/cy", byProject.get("new").get("student").getAsString());
		assertEquals("# looks good\n" + MAIN.replace("'hello'", "'hello, world'"), Files.readString(main("Hello-ada")));
		assertEquals(MAIN.replace("print('hello')", "print('hello')  # say more"), Files.readString(main("Hello-bob")),
				"a project with conflicts is left as it was");
		assertTrue(commandLine.stderr().contains("Refresh from Export"), commandLine.stderr());

		// plain lines, and again: ada is now unchanged
		assertEquals(ExitCode.PARTLY_FAILED, run("refresh", newer.toString()));
		String out = commandLine.stdout();
		assertTrue(out.contains("Hello-ada\tunchanged\t"), out);
		assertTrue(out.contains("Hello-bob\tconflicts 1 (main.py)\t"), out);
		assertTrue(out.contains("Hello/cy\tnew"), out);

		// decided the student's way, and the new student imported: nothing is left over
		assertEquals(ExitCode.OK, run("refresh", newer.toString(), "--take-students", "--import-new"),
				commandLine.stderr());
		out = commandLine.stdout();
		assertTrue(out.contains("Hello-bob\tupdated\t"), out);
		assertTrue(out.contains("Hello/cy\timported as Hello-cy"), out);
		assertEquals(MAIN.replace("'hello'", "'hi'"), Files.readString(main("Hello-bob")), "the student's version");
		assertEquals(MAIN, Files.readString(main("Hello-cy")));
		assertEquals("# looks good\n" + MAIN.replace("'hello'", "'hello, world'"), Files.readString(main("Hello-ada")),
				"ada's merged file stays as it is");
		assertEquals(ExitCode.OK, run("refresh", newer.toString()), commandLine.stderr());
		assertTrue(commandLine.stdout().contains("Hello-cy\tunchanged"), commandLine.stdout());
	}

	@Test
	void keepMineKeepsTheInstructorsVersionOfAConflictAndBadOptionsAreRefused() throws Exception {
		assertEquals(ExitCode.OK, run("import", export("v1.zip", Map.of("ada", MAIN)).toString()),
				commandLine.stderr());
		String mine = MAIN.replace("print('hello')", "print('hello')  # fine");
		Files.writeString(main("Hello-ada"), mine);
		Path newer = export("v2.zip", Map.of("ada", MAIN.replace("'hello'", "'hi'")));

		assertEquals(ExitCode.OK, run("refresh", newer.toString(), "--keep-mine", "--json"), commandLine.stderr());

		assertEquals(mine, Files.readString(main("Hello-ada")));
		assertEquals(ExitCode.USAGE, run("refresh", newer.toString(), "--keep-mine", "--take-students"));
		assertTrue(commandLine.stderr().contains("give one"), commandLine.stderr());
	}

	@Test
	void badInput() throws Exception {
		assertEquals(ExitCode.BAD_INPUT, run("refresh", folder.resolve("missing.zip").toString()));
		assertTrue(commandLine.stderr().contains("does not exist"), commandLine.stderr());
		Path export = export("v1.zip", Map.of("ada", MAIN));
		assertEquals(ExitCode.BAD_INPUT, run("refresh", export.toString()));
		assertTrue(commandLine.stderr().contains("no project"), commandLine.stderr());
		assertEquals(ExitCode.USAGE, run("refresh"));
		assertFalse(commandLine.stderr().isEmpty());
	}
}
