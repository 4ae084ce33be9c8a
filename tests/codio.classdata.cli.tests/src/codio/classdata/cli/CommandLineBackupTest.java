package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;
import codio.classdata.export.FileNames;

/** {@code backup-all} end to end against the standalone emulator: table, JSON, second run, exit codes. */
class CommandLineBackupTest {

	private static StandaloneEmulator emulator;
	private static final List<EmulatedCourse> ACTIVE = DemoData.organisation().courses().stream()
			.filter(course -> !course.archived()).toList();
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

	private ExitCode runAgainst(String apiUrl, String oauthUrl, String... args) {
		return commandLine.against(apiUrl, oauthUrl, args);
	}

	private ExitCode run(String... args) {
		return runAgainst(emulator.apiUrl(), emulator.oauthUrl(), args);
	}

	private String stdout() {
		return commandLine.stdout();
	}

	private String stderr() {
		return commandLine.stderr();
	}

	@Test
	void backsUpEveryActiveClassAndTheNextRunSkipsThemAll() throws Exception {
		assertEquals(ExitCode.OK, run("backup-all", "--dir", folder.toString()), stderr());

		List<String> table = stdout().lines().toList();
		assertTrue(table.get(0).matches("CLASS\\s+STATUS\\s+FILE/ERROR"), table.get(0));
		assertEquals(ACTIVE.size() + 1, table.size(), stdout());
		for (EmulatedCourse course : ACTIVE) {
			String file = FileNames.sanitise(course.name() + " - Class Data.zip");
			assertTrue(table.stream().anyMatch(row -> row.matches(Pattern.quote(course.name())
					+ "\\s+saved\\s+" + Pattern.quote(file))), course.name() + " in\n" + stdout());
			assertZip(folder.resolve(file));
		}
		assertTrue(stderr().contains(ACTIVE.size() + " saved"), stderr());

		assertEquals(ExitCode.OK, run("backup-all", "--dir", folder.toString()), stderr());

		List<String> again = stdout().lines().skip(1).toList();
		assertEquals(ACTIVE.size(), again.size(), stdout());
		assertTrue(again.stream().allMatch(row -> row.matches(".*\\s+skipped\\s+.*\\.zip")), stdout());
		assertEquals(ACTIVE.size() + 1, fileNames().size(), "the zips and the manifest, nothing twice: " + fileNames());
	}

	@Test
	void jsonListsEveryClassWithArchivedOnesAndTheKindAsked() throws Exception {
		assertEquals(ExitCode.OK,
				run("backup-all", "--dir", folder.toString(), "--archived", "--kind", "sources", "--json"), stderr());

		JsonObject result = JsonParser.parseString(stdout()).getAsJsonObject();
		assertEquals("sources", result.get("kind").getAsString());
		assertTrue(result.get("allSucceeded").getAsBoolean());
		assertEquals(DemoData.organisation().courses().size(), result.getAsJsonArray("classes").size());
		for (JsonElement row : result.getAsJsonArray("classes")) {
			JsonObject entry = row.getAsJsonObject();
			assertEquals("saved", entry.get("status").getAsString(), entry.toString());
			Path file = Path.of(entry.get("file").getAsString());
			assertTrue(file.getFileName().toString().endsWith(" - Course Sources.zip"), file.toString());
			assertEquals(Files.size(file), entry.get("bytes").getAsLong());
		}
	}

	@Test
	void aClassThatFailsMakesTheExitCodeOneAndTheTableSaysWhy() throws Exception {
		try (StandaloneEmulator faulty = StandaloneEmulator.start("--task-delay-ms", "100", "--fail-exports",
				"1:Build internal problem")) {
			ExitCode exit = runAgainst(faulty.apiUrl(), faulty.oauthUrl(), "backup-all", "--dir", folder.toString());

			assertEquals(ExitCode.PARTLY_FAILED, exit, stderr());
			List<String> rows = stdout().lines().skip(1).toList();
			List<String> failed = rows.stream().filter(row -> row.matches(".*\\s+failed\\s+.*")).toList();
			assertEquals(1, failed.size(), stdout());
			assertTrue(failed.get(0).contains("Build internal problem"), failed.get(0));
			assertEquals(ACTIVE.size() - 1, rows.stream().filter(row -> row.matches(".*\\s+saved\\s+.*")).count());
			assertTrue(stderr().contains("1 failed"), stderr());
		}
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals(ExitCode.USAGE, run("backup-all"));
		assertTrue(stderr().contains("--dir"), stderr());
		assertEquals(ExitCode.USAGE, run("backup-all", "--dir", folder.toString(), "--kind", "everything"));
		assertEquals(ExitCode.USAGE, run("backup-all", "--dir", folder.toString(), "extra"));
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	private static void assertZip(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertTrue(zip.size() > 0, file.toString());
		}
	}
}
