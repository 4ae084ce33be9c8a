package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.emulator.StandaloneEmulator;

/** The standalone emulator serves the organisation of a {@code --data} file instead of the demo one. */
class StandaloneEmulatorDataTest {

	@Test
	void servesTheOrganisationOfADataFile(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("organisation.json");
		Files.writeString(data, """
				{"name": "Test School", "clientId": "id-1", "clientSecret": "secret-1", "pageSize": 1,
				 "courses": [
				   {"id": "c1", "name": "Only Class", "archived": false, "modules": []},
				   {"id": "c2", "name": "Old Class", "archived": true, "modules": []}
				 ]}
				""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		try (StandaloneEmulator emulator = StandaloneEmulator.start("--data", data.toString())) {
			ExitCode exit = new CodioCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
					Map.of(CodioCommandLine.ENV_CLIENT_ID, "id-1", CodioCommandLine.ENV_CLIENT_SECRET, "secret-1"))
					.run("--api-url", emulator.apiUrl(), "--oauth-url", emulator.oauthUrl(), "classes", "--archived",
							"--quiet");
			assertEquals(ExitCode.OK, exit);
		}

		String table = out.toString(StandardCharsets.UTF_8);
		assertEquals(3, table.lines().count(), table);
		org.junit.jupiter.api.Assertions.assertTrue(table.contains("Only Class") && table.contains("Old Class"), table);
	}
}
