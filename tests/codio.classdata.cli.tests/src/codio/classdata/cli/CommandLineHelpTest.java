package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code codio-classdata COMMAND --help} prints that command's usage and exits 0, as git and gh do. */
class CommandLineHelpTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private ExitCode run(String... args) {
		out.reset();
		err.reset();
		return new CodioCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(args);
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@ValueSource(strings = { "classes", "exports", "export", "download", "backup-all", "import", "access", "sign-in" })
	void everyCommandHasItsOwnHelp(String command) {
		assertEquals(ExitCode.OK, run(command, "--help"));
		assertTrue(stdout().startsWith("Usage: codio-classdata [global options] " + command), stdout());
		assertTrue(stdout().contains("Global options:"), stdout());
		assertEquals("", err.toString(StandardCharsets.UTF_8));

		String own = stdout();
		assertEquals(ExitCode.OK, run("help", command));
		assertEquals(own, stdout(), "help COMMAND says the same");
		assertEquals(ExitCode.OK, run(command, "-h"));
		assertEquals(own, stdout());
	}

	@Test
	void aCommandsHelpNamesOnlyThatCommand() {
		assertEquals(ExitCode.OK, run("import", "--help"));

		assertTrue(stdout().contains("--name-template T"), stdout());
		assertTrue(stdout().contains("[--build]"), stdout());
		assertFalse(stdout().contains("backup-all"), stdout());
		assertFalse(stdout().contains("CLASS is"), "import takes no CLASS");
	}

	@Test
	void helpAfterOtherArgumentsStillHelpsAndRunsNothing() {
		assertEquals(ExitCode.OK, run("backup-all", "--dir", "/nonexistent/never-written", "--help"));
		assertTrue(stdout().startsWith("Usage: codio-classdata [global options] backup-all"), stdout());
	}

	@Test
	void theGeneralHelpListsEveryCommand() {
		assertEquals(ExitCode.OK, run("--help"));
		for (Usage.Entry entry : Usage.COMMANDS) {
			assertTrue(stdout().contains("  " + entry.synopsis().lines().findFirst().orElseThrow()), entry.name());
		}
		assertEquals(ExitCode.OK, run("help"));
		assertTrue(stdout().contains("Commands:"));
	}

	@Test
	void helpForAnUnknownCommandIsAUsageError() {
		assertEquals(ExitCode.USAGE, run("frobnicate", "--help"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown command 'frobnicate'"));
	}
}
