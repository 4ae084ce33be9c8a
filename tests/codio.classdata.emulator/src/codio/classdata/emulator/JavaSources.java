package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Java 17 code under {@code code/}, in packages that match its folders. */
final class JavaSources implements WorkspaceSources {

	private static final Set<String> KEYWORDS = Set.of("interface", "class", "package", "import", "public",
			"static", "void", "new", "for", "while", "if", "else", "switch", "case", "default", "return", "enum",
			"abstract", "final", "try", "catch", "throw", "this", "super", "int", "long", "char", "boolean");
	private static final String[] CLASS_NAMES = { "Counter", "Account", "Shape", "Grade", "Inventory", "Parser",
			"Report", "Stopwatch", "Matrix", "Playlist", "Thermostat", "Ticket" };

	private final String assignmentName;
	private final String packageName;
	private final String folder;

	JavaSources(String assignmentName) {
		this.assignmentName = assignmentName;
		String slug = WorkspaceSources.slug(assignmentName);
		this.packageName = "com.example." + (KEYWORDS.contains(slug) ? slug + "s" : slug);
		this.folder = "code/" + packageName.replace('.', '/');
	}

	@Override
	public String runCommand() {
		return "javac -sourcepath code -d out " + folder + "/Main.java && java -cp out " + packageName + ".Main";
	}

	@Override
	public String debuggerType() {
		return "JAVA";
	}

	@Override
	public String debugCommand() {
		return "javac -g -sourcepath code -d out " + folder + "/Main.java && java -cp out " + packageName + ".Main";
	}

	@Override
	public List<WorkspaceFile> sources(int count, EmulatedUser author, SplittableRandom random) {
		List<WorkspaceFile> files = new ArrayList<>();
		int times = limit(author);
		files.add(WorkspaceFile.text(folder + "/Main.java", """
				package %s;

				// %s
				public class Main {

					public static void main(String[] args) {
						int total = 0;
						for (int i = 1; i <= %d; i++) {
							total += i;
						}
						System.out.println("%s: " + total);
					}
				}
				""".formatted(packageName, WorkspaceSources.authorLine(assignmentName, author), times,
				assignmentName)));
		for (int i = 1; i < count; i++) {
			String name = CLASS_NAMES[(i - 1) % CLASS_NAMES.length]
					+ (i > CLASS_NAMES.length ? String.valueOf((i - 1) / CLASS_NAMES.length + 1) : "");
			String subpackage = i % 2 == 1 ? "model" : "io";
			files.add(WorkspaceFile.text(folder + "/" + subpackage + "/" + name + ".java", """
					package %s.%s;

					/** The {@code %s} type of %s. */
					public class %s {

						private int value = %d;

						public int step(int amount) {
							value += amount * %d;
							return value;
						}

						@Override
						public String toString() {
							return "%s(" + value + ")";
						}
					}
					""".formatted(packageName, subpackage, name, assignmentName,
					name, random.nextInt(100), 1 + random.nextInt(9), name)));
		}
		return files;
	}

	/**
	 * The limit up to which a workspace's program adds: the starter code's, or a student's own. The guide's
	 * Standard Code Test expects the starter's total, so some students pass it and some do not.
	 */
	private int limit(EmulatedUser author) {
		return 2 + SeededRandom.of("java-limit", assignmentName, author == null ? "" : author.login()).nextInt(6);
	}

	@Override
	public boolean solves(EmulatedUser student) {
		return limit(student) == limit(null);
	}

	private String compile(String outputFolder) {
		return "javac -sourcepath code -d " + outputFolder + " " + folder + "/Main.java";
	}

	@Override
	public List<WorkspaceFile> assessments(String taskSuffix) {
		int limit = limit(null);
		String expected = assignmentName + ": " + limit * (limit + 1) / 2;
		List<WorkspaceFile> files = new ArrayList<>(WorkspaceSources.super.assessments(taskSuffix));
		files.add(WorkspaceFile.text(".guides/assessments/code-output-compare-" + taskSuffix + ".json", """
				{
				  "type": "code-output-compare",
				  "taskId": "code-output-compare-%s",
				  "source": {
				    "name": "Check It!",
				    "showName": true,
				    "instructions": "Prints the total of the numbers up to the limit.",
				    "preExecuteCommand": %s,
				    "command": %s,
				    "options": {"ignoreCase": false, "ignoreWhitespaces": true, "ignoreNewline": false,
				                "matchSubstring": false, "timeout": 30},
				    "sequence": [{"arguments": "", "input": "", "output": %s, "showFeedback": true,
				                  "feedback": "Add every number from 1 up to the limit."}],
				    "points": 10,
				    "metadata": {"files": [%s]}
				  }
				}
				""".formatted(taskSuffix, json(compile("out")), json("java -cp out " + packageName + ".Main"),
				json(expected), json(folder + "/Main.java"))));
		files.add(WorkspaceFile.text(".guides/assessments/test-" + taskSuffix + ".json", """
				{
				  "type": "test",
				  "taskId": "test-%s",
				  "source": {
				    "name": "Prints the assignment's name",
				    "showName": true,
				    "command": "sh .guides/secure/check.sh",
				    "timeoutSeconds": 30,
				    "arePartialPointsAllowed": false,
				    "points": 5,
				    "metadata": {"files": [%s]}
				  }
				}
				""".formatted(taskSuffix, json(folder + "/Main.java"))));
		files.add(WorkspaceFile.text(".guides/assessments/test-junit-" + taskSuffix + ".json", """
				{
				  "type": "test",
				  "taskId": "test-junit-%s",
				  "source": {
				    "name": "Unit tests",
				    "showName": true,
				    "command": "",
				    "timeoutSeconds": 60,
				    "arePartialPointsAllowed": true,
				    "points": 5,
				    "codeEnvConfig": %s
				  }
				}
				""".formatted(taskSuffix, json("{\"type\":\"java\",\"subtype\":\"junit\",\"files\":"
				+ "[\".guides/secure/MainTest.java\"],\"sourcePath\":\"code\"}"))));
		return files;
	}

	@Override
	public List<WorkspaceFile> secureFiles() {
		String prefix = assignmentName.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$")
				.replace("`", "\\`") + ": ";
		return List.of(guideTest(), WorkspaceFile.text(".guides/secure/check.sh", """
				#!/bin/sh
				# Compiles the student's program into a folder of its own and checks that it prints the assignment's name first.
				%s || exit 2
				java -cp .guides/check-out %s.Main | grep -qF "%s"
				""".formatted(compile(".guides/check-out"), packageName, prefix)));
	}

	private static String json(String text) {
		return JsonResponses.gson().toJson(text);
	}

	@Override
	public WorkspaceFile guideTest() {
		return WorkspaceFile.text(".guides/secure/MainTest.java", """
				import static org.junit.jupiter.api.Assertions.assertTrue;

				import java.io.ByteArrayOutputStream;
				import java.io.PrintStream;

				import org.junit.jupiter.api.Test;

				class MainTest {

					@Test
					void printsTheTotal() {
						ByteArrayOutputStream out = new ByteArrayOutputStream();
						PrintStream original = System.out;
						System.setOut(new PrintStream(out));
						try {
							%s.Main.main(new String[0]);
						} finally {
							System.setOut(original);
						}
						assertTrue(out.toString().startsWith("%s: "));
					}
				}
				""".formatted(packageName, assignmentName));
	}
}
