package codio.classdata.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.api.CodioApiException;
import codio.classdata.api.ErrorKind;

class DownloadOperationTest {

	private static final int SIZE = 3 * 1024 * 1024 + 17;

	@TempDir
	Path folder;
	private ArchiveHost host;

	@BeforeEach
	void startHost() throws IOException {
		host = new ArchiveHost(SIZE, 42);
	}

	@AfterEach
	void stopHost() {
		host.close();
	}

	private DownloadOperation download(String name) {
		return new DownloadOperation(host.url(name), folder).maxResumes(5, Duration.ofMillis(10));
	}

	@Test
	void savesTheFileUnderTheLinksNameWithoutAuthorizationAndLeavesNoPartFile() throws Exception {
		DownloadResult result = download("1726643932035.zip").run(new NullProgressMonitor());

		assertEquals(folder.resolve("1726643932035.zip"), result.file());
		assertArrayEquals(host.content, Files.readAllBytes(result.file()));
		assertEquals(SIZE, result.bytes());
		assertEquals(List.of(result.file()), filesIn(folder));
		assertNull(host.requests.get(0).getHeaders().get("Authorization"), "archive links are pre-signed");
	}

	@Test
	void neverOverwritesAnExistingFile() throws Exception {
		Path existing = Files.writeString(folder.resolve("export.zip"), "keep me");

		DownloadResult result = download("export.zip").run(new NullProgressMonitor());

		assertEquals(folder.resolve("export (2).zip"), result.file());
		assertEquals("keep me", Files.readString(existing));
		assertArrayEquals(host.content, Files.readAllBytes(result.file()));
	}

	@Test
	void resumesWithRangeAfterADroppedConnection() throws Exception {
		host.drops.set(2);

		DownloadResult result = download("class.zip").run(new NullProgressMonitor());

		assertArrayEquals(host.content, Files.readAllBytes(result.file()), "identical to the source");
		assertEquals(2, result.resumes());
		assertEquals(3, host.requests.size());
		long first = rangeStart(host.requests.get(1).getHeaders().get("Range"));
		long second = rangeStart(host.requests.get(2).getHeaders().get("Range"));
		assertTrue(0 < first && first < second && second < SIZE, first + " then " + second);
	}

	@Test
	void startsOverWhenTheHostIgnoresRange() throws Exception {
		host.rangeSupported = false;
		host.drops.set(1);

		DownloadResult result = download("class.zip").run(new NullProgressMonitor());

		assertArrayEquals(host.content, Files.readAllBytes(result.file()));
		assertEquals(List.of(result.file()), filesIn(folder));
	}

	@Test
	void aConnectionThatKeepsDroppingFailsAndLeavesNothing() throws Exception {
		host.drops.set(100);

		CodioApiException error = assertThrows(CodioApiException.class,
				() -> download("class.zip").run(new NullProgressMonitor()));

		assertEquals(ErrorKind.NETWORK, error.kind());
		assertTrue(error.getMessage().contains("broke off"), error.getMessage());
		assertEquals(List.of(), filesIn(folder), "no file under the final name, no .part");
	}

	@Test
	void expiredLinkSaysSoAndWritesNothing() throws Exception {
		for (int status : new int[] { 403, 404, 410 }) {
			host.status = status;
			CodioApiException error = assertThrows(CodioApiException.class,
					() -> download("old.zip").run(new NullProgressMonitor()));
			assertEquals(ErrorKind.LINK_EXPIRED, error.kind());
			assertTrue(error.getMessage().contains("This link has expired"), error.getMessage());
			assertTrue(error.getMessage().contains("start a new export"), error.getMessage());
		}
		assertEquals(List.of(), filesIn(folder));
	}

	@Test
	void anHtmlPageInsteadOfTheZipIsAnExpiredLinkNotABrokenZip() throws Exception {
		CodioApiException error = downloadServing("text/html; charset=utf-8", "<html><body>Link expired</body></html>");

		assertEquals(ErrorKind.LINK_EXPIRED, error.kind());
		assertEquals(List.of(), filesIn(folder));
	}

	@Test
	void somethingThatIsNotAZipIsRefused() throws Exception {
		CodioApiException error = downloadServing("application/octet-stream", "definitely not a zip file");

		assertEquals(ErrorKind.BAD_RESPONSE, error.kind());
		assertEquals(List.of(), filesIn(folder));
	}

	@Test
	void cancelRemovesThePartialFile() throws Exception {
		host.bytesPerSecond = 1_000_000;
		NullProgressMonitor monitor = new NullProgressMonitor();
		Thread canceller = cancelAfter(monitor, 700);

		assertThrows(InterruptedException.class, () -> download("class.zip").run(monitor));

		canceller.join();
		assertEquals(List.of(), filesIn(folder));
	}

	@Test
	void cancelKeepsThePartialFileWhenAskedAndTheNextRunResumesIt() throws Exception {
		host.bytesPerSecond = 1_000_000;
		NullProgressMonitor monitor = new NullProgressMonitor();
		Thread canceller = cancelAfter(monitor, 700);
		assertThrows(InterruptedException.class, () -> download("class.zip").keepPartialFile(true).run(monitor));
		canceller.join();
		List<Path> left = filesIn(folder);
		assertEquals(1, left.size());
		assertTrue(left.get(0).getFileName().toString().startsWith("class.zip."), left.toString());
		assertTrue(left.get(0).getFileName().toString().endsWith(".part"), left.toString());
		long partial = Files.size(left.get(0));
		assertTrue(partial > 0, "some bytes arrived before the cancel");
		host.bytesPerSecond = -1;

		DownloadResult result = download("class.zip").run(new NullProgressMonitor());

		assertEquals(partial, result.resumedFrom());
		assertArrayEquals(host.content, Files.readAllBytes(result.file()));
		assertEquals(List.of(result.file()), filesIn(folder));
	}

	@Test
	void plainHttpIsRefusedExceptOnLoopback() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new DownloadOperation("http://archives.codio.com/temporary/x.zip", folder));
		assertTrue(error.getMessage().contains("https"), error.getMessage());
	}

	@Test
	void fileNamesAreMadeSafeAndUnique() throws IOException {
		String escaped = FileNames.sanitise("../../etc/passwd");
		assertFalse(escaped.contains("/") || escaped.startsWith("."), escaped);
		assertFalse(FileNames.sanitise("a\\b:c").contains("\\"));
		Files.writeString(folder.resolve("x.tar.zst"), "");

		assertEquals("x (2).tar.zst", FileNames.unique(folder, "x.tar.zst").getFileName().toString());
		assertEquals("y.zip", FileNames.unique(folder, "y.zip").getFileName().toString());
	}

	/** What a download of {@code class.zip} throws when the host serves this body instead of the file. */
	private CodioApiException downloadServing(String contentType, String body) {
		host.contentType = contentType;
		host.bodyOverride = body.getBytes();
		return assertThrows(CodioApiException.class, () -> download("class.zip").run(new NullProgressMonitor()));
	}

	private static Thread cancelAfter(NullProgressMonitor monitor, long millis) {
		Thread canceller = new Thread(() -> {
			sleep(millis);
			monitor.setCanceled(true);
		});
		canceller.start();
		return canceller;
	}

	private static long rangeStart(String range) {
		assertTrue(range != null && range.startsWith("bytes=") && range.endsWith("-"), String.valueOf(range));
		return Long.parseLong(range.substring("bytes=".length(), range.length() - 1));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
