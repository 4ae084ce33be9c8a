package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.workspace.ProjectOrigin;

/** {@code test}: the assignment's tests over imported projects, with the sources' hidden tests. Needs a POSIX shell. */
class CommandLineTestCommandTest {

	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@BeforeEach
	void importedProjects() throws Exception {
		project("Greet-ada", "ada", "read n; echo \"Hello, $n!\"\n");
		project("Greet-bob", "bob", "read n; echo \"Hi, $n\"\n");
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	/** A project as the import leaves it: the student's files with the guide, its origin recorded. */
	private static void project(String name, String student, String program) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path location = project.getLocation().toPath();
		put(location, "greet.sh", program);
		put(location, ".guides/assessments/code-output-compare-1.json", """
				{"type": "code-output-compare", "taskId": "code-output-compare-1",
				 "source": {"name": "Greets", "points": 2, "command": "sh greet.sh",
				  "sequence": [{"input": "Ada", "output": "Hello, Ada!"}]}}""");
		put(location, ".guides/assessments/test-2.json", """
				{"type": "test", "taskId": "test-2", "source": {"name": "Hidden", "points": 3,
				 "command": "sh .guides/secure/check.sh", "timeoutSeconds": 5}}""");
		new ProjectOrigin("Greet", student).writeTo(project);
	}

	private ExitCode run(String... args) {
		return commandLine.against("https://localhost:1/api/v1", "https://localhost:1/oauth", args);
	}

	@Test
	void everyProjectAndTestWithTheHiddenTestsOfTheSources() throws Exception {
		Path sources = folder.resolve("sources");
		put(sources.resolve("Greet"), ".guides/secure/check.sh", "grep -q Hello greet.sh\n");
		put(sources.resolve("Greet"), "greet.sh", "# your code here\n");

		ExitCode exit = run("test", "--sources", sources.toString(), "--json");

		assertEquals(ExitCode.OK, exit, commandLine.stderr());
		assertTrue(commandLine.stderr().contains("runs student code on this machine"), commandLine.stderr());
		JsonArray rows = JsonParser.parseString(commandLine.stdout()).getAsJsonArray();
		assertEquals(4, rows.size(), rows.toString());
		Map<String, String> outcomes = StreamSupport.stream(rows.spliterator(), false).map(JsonElement::getAsJsonObject)
				.collect(Collectors.toMap(row -> row.get("student").getAsString() + "/" + row.get("test").getAsString(),
						row -> row.get("outcome").getAsString()));
		assertEquals(Map.of("ada/Greets", "passed", "ada/Hidden", "passed", "bob/Greets", "failed", "bob/Hidden",
				"failed"), outcomes);
		JsonObject first = rows.get(0).getAsJsonObject();
		for (String field : new String[] { "project", "assignment", "student", "test", "kind", "outcome", "points",
				"maxPoints", "seconds" }) {
			assertTrue(first.has(field), field + " in " + first);
		}
		assertEquals("Greet", first.get("assignment").getAsString());
	}

	@Test
	void withoutSourcesTheHiddenTestIsNotRunAndSelectNarrowsTheProjects() throws Exception {
		ExitCode exit = run("test", "--select", "Greet/ada");

		assertEquals(ExitCode.OK, exit, commandLine.stderr());
		String[] lines = commandLine.stdout().strip().split("\n");
		assertEquals(2, lines.length, commandLine.stdout());
		assertTrue(lines[0].startsWith("Greet-ada\tGreets\tpassed\t2/2"), lines[0]);
		assertTrue(lines[1].startsWith("Greet-ada\tHidden\tnot-run\t0/3"), lines[1]);
		assertTrue(lines[1].contains("hidden files (.guides/secure)"), lines[1]);
	}

	@Test
	void badInputAndBadOptions() {
		assertEquals(ExitCode.USAGE, run("test", "--jobs", "0"));
		assertEquals(ExitCode.BAD_INPUT, run("test", "--select", "nobody/*"));
		assertEquals(ExitCode.BAD_INPUT, run("test", "--sources", folder.resolve("missing.zip").toString()));
	}

	private static void put(Path root, String path, String content) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
