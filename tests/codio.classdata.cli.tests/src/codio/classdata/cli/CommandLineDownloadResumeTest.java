package codio.classdata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import codio.classdata.emulator.DemoData;
import codio.classdata.emulator.EmulatedCourse;
import codio.classdata.emulator.StandaloneEmulator;

/**
 * A download whose connection keeps dropping, against the standalone emulator: the run gives up after its resumes
 * and keeps the partial file, the next run continues it, and the result is the same file a clean download gives.
 */
class CommandLineDownloadResumeTest {

	private static final long DROP_AFTER_BYTES = 256 * 1024;
	// Six drops exhaust one run (the first request and its five resumes); the seventh hits the next run once.
	private static final int DROPS = 7;

	private static StandaloneEmulator emulator;
	private static final EmulatedCourse COURSE = DemoData.organisation().courses().get(1);
	private final CommandLineRun commandLine = new CommandLineRun();

	@TempDir
	Path folder;

	@BeforeAll
	static void startEmulator() throws Exception {
		emulator = StandaloneEmulator.start("--task-delay-ms", "100", "--export-size", "4m", "--drop-downloads",
				DROPS + "@" + DROP_AFTER_BYTES);
	}

	@AfterAll
	static void stopEmulator() throws Exception {
		emulator.close();
	}

	private ExitCode run(String... args) {
		return commandLine.against(emulator.apiUrl(), emulator.oauthUrl(), args);
	}

	@Test
	void aDroppedDownloadIsResumedByTheNextRunAndEqualsACleanOne() throws Exception {
		assertEquals(ExitCode.OK, run("export", COURSE.id(), "--wait"), commandLine.stderr());
		String url = commandLine.stdout().strip();
		Path downloads = Files.createDirectories(folder.resolve("downloads"));

		assertEquals(ExitCode.SERVER_OR_NETWORK, run("download", url, "--dir", downloads.toString(), "--keep-partial"),
				commandLine.stderr());
		assertTrue(commandLine.stderr().contains("could not be resumed"), commandLine.stderr());
		List<Path> left = filesIn(downloads);
		assertEquals(1, left.size(), "only the partial file: " + left);
		assertTrue(left.get(0).getFileName().toString().endsWith(".part"), left.toString());
		long partial = Files.size(left.get(0));
		assertEquals(6 * DROP_AFTER_BYTES, partial, "what the six dropped connections brought");

		assertEquals(ExitCode.OK, run("download", url, "--dir", downloads.toString(), "--json"), commandLine.stderr());
		JsonObject result = JsonParser.parseString(commandLine.stdout()).getAsJsonObject();
		assertEquals(partial, result.get("resumedFrom").getAsLong(), "the run starts where the last one stopped");
		assertEquals(1, result.get("resumes").getAsInt(), "and resumes its own dropped connection");
		Path resumed = Path.of(result.get("file").getAsString());
		assertEquals(List.of(resumed), filesIn(downloads), "the partial file became the download");

		Path clean = Files.createDirectories(folder.resolve("clean"));
		assertEquals(ExitCode.OK, run("download", url, "--dir", clean.toString()), commandLine.stderr());
		Path whole = Path.of(commandLine.stdout().strip());
		assertTrue(Files.size(whole) > 6 * DROP_AFTER_BYTES, "the export is bigger than what was dropped");
		assertEquals(-1, Files.mismatch(resumed, whole), "the resumed file is byte for byte the clean one");
		assertEveryEntryReads(resumed);
	}

	private static void assertEveryEntryReads(Path zip) throws IOException {
		int entries = 0;
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : file.stream().toList()) {
				try (var in = file.getInputStream(entry)) {
					in.transferTo(OutputStream.nullOutputStream()); // checks each entry's CRC
				}
				entries++;
			}
		}
		assertTrue(entries > 0);
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
