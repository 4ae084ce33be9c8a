package codio.classdata.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import codio.classdata.export.DownloadOperation;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * The download sockets read in large chunks with no per-read timeout: the bytes must still arrive exactly, and a
 * host that stops sending must still end the download, through the download's stall watch.
 */
class DownloadSocketsTest {

	private MockWebServer server;
	private OkHttpClient client;

	@BeforeEach
	void start() throws IOException {
		server = new MockWebServer();
		server.start();
		client = new OkHttpClient.Builder().readTimeout(Duration.ZERO)
				.socketFactory(new DownloadSockets()).build();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aLargeBodyArrivesByteForByte() throws IOException {
		byte[] body = new byte[3 * DownloadSockets.READ_BUFFER_BYTES + 12345];
		new Random(7).nextBytes(body);
		server.enqueue(new MockResponse.Builder().body(new Buffer().write(body)).build());

		try (Response response = client.newCall(new Request.Builder().url(server.url("/f.zip")).build()).execute()) {
			assertArrayEquals(body, response.body().bytes());
		}
	}

	@Test
	void aHostThatStopsSendingIsCaughtByTheDownloadsStallWatch(@TempDir Path folder) {
		server.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[100_000]))
				.throttleBody(1000, 30, TimeUnit.SECONDS).build());

		long started = System.nanoTime();
		CodioApiException e = assertThrows(CodioApiException.class,
				() -> new DownloadOperation(server.url("/f.bin").toString(), folder).http(client)
						.stallTimeout(Duration.ofMillis(500)).maxResumes(0, Duration.ZERO).run(new NullProgressMonitor()));

		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertTrue(millis < 10_000, "gave up after " + millis + " ms, not the 30 s the host would wait");
		assertEquals(ErrorKind.NETWORK, e.kind());
		assertTrue(e.getMessage().contains("sent nothing for"), e.getMessage());
	}
}
