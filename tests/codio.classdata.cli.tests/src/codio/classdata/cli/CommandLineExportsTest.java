package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;
import codio.classdata.export.FileNames;

/** {@code export}, {@code exports} and {@code download} end to end against the standalone emulator. */
class CommandLineExportsTest {

	private static StandaloneEmulator emulator;
	private static final EmulatedCourse COURSE = DemoData.organisation().courses().get(1);
	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = StandaloneEmulator.start("--task-delay-ms", "100");
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	private ExitCode run(String... args) {
		return commandLine.against(emulator.apiUrl(), emulator.oauthUrl(), args);
	}

	private String stdout() {
		return commandLine.stdout();
	}

	@Test
	void exportWaitsDownloadsAndThenListsTheLinkWithItsExpiry() throws Exception {
		ExitCode exit = run("export", COURSE.name(), "--download", folder.toString(), "--json");

		assertEquals(ExitCode.OK, exit, commandLine.stderr());
		JsonObject result = JsonParser.parseString(stdout()).getAsJsonObject();
		Path file = Path.of(result.get("file").getAsString());
		assertTrue(Files.isRegularFile(file));
		assertEquals(FileNames.sanitise(COURSE.name() + " - Class Data.zip"), file.getFileName().toString());
		byte[] head = new byte[2];
		try (var in = Files.newInputStream(file)) {
			assertEquals(2, in.read(head));
		}
		assertEquals("PK", new String(head, StandardCharsets.US_ASCII));

		assertEquals(ExitCode.OK, run("exports", COURSE.id(), "--kind", "workdata"));
		String table = stdout();
		String line = table.lines().filter(row -> row.contains(result.get("url").getAsString())).findFirst()
				.orElseThrow(() -> new AssertionError(table));
		assertTrue(line.startsWith("workdata") && line.contains("ready"), line);
		assertTrue(line.contains("saved: " + file), line);
		assertTrue(line.matches("workdata\\s+ready\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+\\d{4}-.*"), line);
	}

	@Test
	void downloadNeverOverwritesAndPrintsTheSavedPath() throws Exception {
		assertEquals(ExitCode.OK, run("export", COURSE.id(), "--kind", "sources", "--wait"));
		String url = stdout().strip();

		assertEquals(ExitCode.OK, run("download", url, "--dir", folder.toString()));
		Path first = Path.of(stdout().strip());
		assertEquals(ExitCode.OK, run("download", url, "--dir", folder.toString()));
		Path second = Path.of(stdout().strip());

		assertTrue(Files.isRegularFile(first) && Files.isRegularFile(second));
		assertTrue(second.getFileName().toString().contains("(2)"), second.toString());
		assertEquals(Files.size(first), Files.size(second));
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(ExitCode.USAGE, run("export", COURSE.id(), "--kind", "everything"));
		assertTrue(commandLine.stderr().contains("not an export kind"));
		assertEquals(ExitCode.USAGE, run("download", "https://archives.example.org/x.zip"));
		assertEquals(ExitCode.USAGE, run("download", "http://archives.example.org/x.zip", "--dir", "x"));
		assertEquals(ExitCode.USAGE, run("exports", "No Such Class"));
	}
}
