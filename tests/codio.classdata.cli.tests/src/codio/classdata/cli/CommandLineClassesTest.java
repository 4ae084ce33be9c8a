package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;

/** {@code codio-classdata classes} against the emulator running as a separate process. */
class CommandLineClassesTest {

	private static StandaloneEmulator emulator;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = StandaloneEmulator.start();
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	private ExitCode run(Map<String, String> environment, String... args) {
		CodioCommandLine commandLine = new CodioCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment);
		return commandLine.run(args);
	}

	private static Map<String, String> demoCredentials() {
		return Map.of(CodioCommandLine.ENV_CLIENT_ID, DemoData.CLIENT_ID, CodioCommandLine.ENV_CLIENT_SECRET,
				DemoData.CLIENT_SECRET);
	}

	private static List<EmulatedCourse> demoCourses(boolean includeArchived) {
		return DemoData.organisation().courses().stream().filter(course -> includeArchived || !course.archived())
				.toList();
	}

	@Test
	void listsActiveClassesAsATable() {
		ExitCode exit = run(demoCredentials(), "--api-url", emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(),
				"classes");

		assertEquals(ExitCode.OK, exit, err.toString());
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		List<EmulatedCourse> expected = demoCourses(false);
		assertEquals(expected.size() + 1, lines.size(), "a header and a line per class");
		assertTrue(lines.get(0).startsWith("ID "));
		for (EmulatedCourse course : expected) {
			assertTrue(lines.stream().anyMatch(line -> line.startsWith(course.id()) && line.contains(course.name())),
					course.name());
		}
	}

	@Test
	void listsArchivedClassesTooAsJson() {
		ExitCode exit = run(demoCredentials(), "--api-url", emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(),
				"classes", "--archived", "--json");

		assertEquals(ExitCode.OK, exit, err.toString());
		JsonArray rows = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonArray();
		List<EmulatedCourse> expected = demoCourses(true);
		assertEquals(expected.size(), rows.size());
		List<String> ids = rows.asList().stream().map(JsonElement::getAsJsonObject)
				.map(row -> row.get("id").getAsString()).toList();
		assertEquals(expected.stream().map(EmulatedCourse::id).toList(), ids);
		assertTrue(rows.asList().stream().anyMatch(row -> row.getAsJsonObject().get("archived").getAsBoolean()));
	}

	@Test
	void wrongSecretExitsWithTheAuthenticationCodeAndDoesNotPrintTheSecret() {
		Map<String, String> environment = Map.of(CodioCommandLine.ENV_CLIENT_ID, DemoData.CLIENT_ID,
				CodioCommandLine.ENV_CLIENT_SECRET, "definitely-wrong-777");

		ExitCode exit = run(environment, "--api-url", emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(),
				"classes");

		assertEquals(ExitCode.AUTHENTICATION, exit);
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("refused the client id"));
		assertFalse(err.toString(StandardCharsets.UTF_8).contains("definitely-wrong-777"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("CODIO_CLIENT_ID and CODIO_CLIENT_SECRET"),
				"the command line says where its key comes from");
		assertFalse(err.toString(StandardCharsets.UTF_8).contains("Preferences"), "no IDE menu on a server");
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertEquals(ExitCode.USAGE, run(demoCredentials(), "clases"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command 'clases'"));
		assertEquals(ExitCode.USAGE, run(demoCredentials(), "--api-url", emulator.apiUrl(), "classes"));
	}

	@Test
	void helpListsTheCommands() {
		assertEquals(ExitCode.OK, run(Map.of(), "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("classes [--archived]"));
	}
}
