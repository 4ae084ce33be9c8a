package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.workspace.ProjectOrigin;

/** {@code similarity}: pairs of imported projects that share code, as JSON and as lines; bad input exits 5. */
class CommandLineSimilarityTest {

	private static final String ADA = """
			public class Stats {
				// the mean of the numbers
				static double mean(int[] numbers) {
					double sum = 0;
					for (int i = 0; i < numbers.length; i++) {
						sum += numbers[i];
					}
					return numbers.length == 0 ? 0 : sum / numbers.length;
				}

				static int largest(int[] numbers) {
					int best = Integer.MIN_VALUE;
					for (int number : numbers) {
						if (number > best) {
							best = number;
						}
					}
					return best;
				}
			}
			""";

	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@BeforeEach
	void importedProjects() throws Exception {
		project("Stats-ada", "ada", ADA);
		// bob's copy: other names, comments and layout
		project("Stats-bob", "bob", ADA.replace("numbers", "values").replace("sum", "total").replace("best", "top")
				.replace("// the mean of the numbers", "/* my own average */").replace("\t", "  "));
		project("Stats-cy", "cy", """
				public class Stats {
					static double mean(java.util.List<Integer> xs) {
						return xs.stream().mapToInt(Integer::intValue).average().orElse(0);
					}
				}
				""");
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private static void project(String name, String student, String stats) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path location = project.getLocation().toPath();
		Files.createDirectories(location.resolve("src"));
		Files.writeString(location.resolve("src/Stats.java"), stats);
		new ProjectOrigin("Stats", student).writeTo(project);
	}

	private ExitCode run(String... args) {
		return commandLine.against("https://localhost:1/api/v1", "https://localhost:1/oauth", args);
	}

	@Test
	void theCopiedPairComesFirstWithItsFragments() throws Exception {
		ExitCode exit = run("similarity", "--json");

		assertEquals(ExitCode.OK, exit, commandLine.stderr());
		JsonArray pairs = JsonParser.parseString(commandLine.stdout()).getAsJsonArray();
		JsonObject top = pairs.get(0).getAsJsonObject();
		assertEquals(Set.of("a", "b", "score", "fragments"), top.keySet());
		assertEquals(Set.of("Stats-ada", "Stats-bob"), Set.of(top.get("a").getAsString(), top.get("b").getAsString()));
		assertTrue(top.get("score").getAsDouble() > 0.8, top.toString());
		JsonObject fragment = top.getAsJsonArray("fragments").get(0).getAsJsonObject();
		assertEquals(Set.of("fileA", "linesA", "fileB", "linesB"), fragment.keySet());
		assertEquals("src/Stats.java", fragment.get("fileA").getAsString());
		assertTrue(fragment.get("linesA").getAsString().matches("\\d+-\\d+"), fragment.toString());
		assertTrue(pairs.size() == 1 || pairs.get(1).getAsJsonObject().get("score").getAsDouble() < 0.5,
				pairs.toString());
	}

	@Test
	void plainOutputAndBadInput() throws Exception {
		assertEquals(ExitCode.OK, run("similarity", "--top", "1"), commandLine.stderr());
		String[] lines = commandLine.stdout().split("\n");
		assertTrue(lines[0].startsWith("Stats-ada\tStats-bob\t") || lines[0].startsWith("Stats-bob\tStats-ada\t"),
				lines[0]);
		assertTrue(lines[1].startsWith("\tsrc/Stats.java:"), lines[1]);

		assertEquals(ExitCode.BAD_INPUT, run("similarity", "--select", "Nothing*"));
		assertTrue(commandLine.stderr().contains("fewer than 2"), commandLine.stderr());
		assertEquals(ExitCode.BAD_INPUT, run("similarity", "--sources", folder.resolve("missing.zip").toString()));
		assertEquals(ExitCode.USAGE, run("similarity", "--top", "0"));
	}
}
