package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodioProjectFileTest {

	/** As the emulator writes it for a Java class, line comments and all. */
	static final String JAVA_CODIO = """
			{
			  // Configure your Run and Preview buttons here.

			  // Run button configuration
			  "commands": {
			    "Run": "javac -sourcepath code -d out code/com/example/hello/Main.java && java -cp out com.example.hello.Main"
			  },

			  // Preview button configuration
			  "preview": {
			    "Project Index (static)": "https://{{domain}}/{{index}}",
			    "Current File (static)": "https://{{domain}}/{{filepath}}"
			  },

			  // Debugger target button configuration
			  "debugger": [
			    {
			      "type": "JAVA",
			      "command": "javac -g -sourcepath code -d out code/com/example/hello/Main.java && java -cp out com.example.hello.Main",
			      "name": "Debug Hello",
			      "uuid": "6c1c4a8e-55d2-3c2b-9a41-7d5e0f1a2b3c"
			    }
			  ]
			}
			""";

	@Test
	void readsCommandsAndDebuggerTypesPastLineComments() {
		CodioProjectFile file = CodioProjectFile.parse(JAVA_CODIO);

		assertEquals(Map.of("Run", "javac -sourcepath code -d out code/com/example/hello/Main.java"
				+ " && java -cp out com.example.hello.Main"), file.commands());
		assertEquals(List.of("JAVA"), file.debuggerTypes());
		assertEquals(Optional.of("code"), file.javaSourceFolder());
	}

	@Test
	void readsBlockCommentsTrailingCommasAndASingleDebuggerObject() {
		CodioProjectFile file = CodioProjectFile.parse("""
				/* written by hand, */
				{
				  "commands": {
				    "Build": "make", # shell style comment
				    "Run": "./main, then quit", /* a comma in a string stays */
				  },
				  "debugger": { "type": "GDB", "command": "gdb ./main", },
				}
				""");

		assertEquals(List.of("Build", "Run"), List.copyOf(file.commands().keySet()));
		assertEquals("./main, then quit", file.commands().get("Run"));
		assertEquals(List.of("GDB"), file.debuggerTypes());
	}

	@Test
	void trailingCommaRemovalKeepsStringsAndComments() {
		assertEquals("{\"a\": \"x,}\" // y,}\n}",
				CodioProjectFile.withoutTrailingCommas("{\"a\": \"x,}\", // y,}\n}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "{", "not json at all", "[1, 2]", "\"commands\"",
			"{\"commands\": \"javac Main.java\", \"debugger\": 42}", "{\"commands\": {\"Run\": 1},"
					+ " \"debugger\": [1, \"JAVA\", {\"type\": 3}, {\"name\": \"no type\"}]}",
			"{\"commands\": {\"Run\": \"python3 main.py\" \"Debug\" }" })
	void malformedOrUnexpectedFilesGiveAnEmptyResult(String text) {
		CodioProjectFile file = CodioProjectFile.parse(text);

		assertTrue(file.isEmpty(), file.toString());
		assertEquals(Optional.empty(), file.javaSourceFolder());
	}

	@Test
	void noTextGivesAnEmptyResult() {
		assertTrue(CodioProjectFile.parse(null).isEmpty());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"javac -sourcepath code -d out code/a/Main.java && java -cp out a.Main | code",
			"cd src && javac Main.java && java Main | src",
			"cd ~/workspace/exercise1/ && java Main.java | exercise1",
			"cd /home/codio/workspace/src; javac *.java | src",
			"javac -cp lib/junit.jar:src -d bin src/Main.java && java -cp bin:lib/junit.jar Main | src",
			"javac --source-path \"my code\" -d out Main.java | my code",
			"sudo /usr/bin/javac -sourcepath ./app/src/ Main.java | app/src" })
	void javaCommandsNameTheSourceFolder(String command, String folder) {
		CodioProjectFile file = new CodioProjectFile(Map.of("Run", command), List.of("JAVA"));

		assertEquals(Optional.of(folder), file.javaSourceFolder());
	}

	@ParameterizedTest
	@ValueSource(strings = { "javac -d out Main.java && java -cp out Main", "javac -sourcepath . Main.java",
			"cd code && python3 main.py", "cd {{filepath}} && javac Main.java", "javac -cp /usr/share/java Main.java",
			"cd $HOME && java -cp lib/*.jar Main", "cd ../other && javac Main.java", "java -jar app.jar" })
	void commandsWithoutAWorkspaceSourceFolderGiveNone(String command) {
		CodioProjectFile file = new CodioProjectFile(Map.of("Run", command), List.of());

		assertEquals(Optional.empty(), file.javaSourceFolder());
	}

	@Test
	void theFirstCommandNamingAFolderWins() {
		CodioProjectFile file = CodioProjectFile.parse("""
				{"commands": {"Clean": "rm -rf out", "Run": "cd part1 && javac Main.java",
				 "Other": "cd part2 && javac Main.java"}}
				""");

		assertEquals(Optional.of("part1"), file.javaSourceFolder());
	}
}
